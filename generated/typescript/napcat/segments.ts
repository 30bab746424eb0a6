/**
 * Generated from the OneBot 11 spec (spec/, narrowed to napcat) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)
 * Do not edit by hand: change the spec and generate again.
 */

import type { ImageSubType, Message, MessageDetail } from './types.js';

/**
 * \@某人 / Mention
 *
 * 在群聊中 @ 一名成员或全体成员。
 *
 * Mentions one member of a group, or everyone.
 *
 * @example [CQ:at,qq=10001000]
 *
 * Support:
 * - NapCat: yes — NapCat 的类型声明了可选的 `name`，但发送与接收的转换都不使用它；@ 只在群聊中有效，私聊中被忽略。 NapCat's types declare an optional `name`, but neither direction uses it; mentions only work in groups and are dropped in private chats.
 */
export interface AtSegment {
  type: 'at';
  data: {
    /**
     * 被 @ 者的 QQ 号；`all` 表示全体成员
     *
     * The QQ number of the member mentioned; `all` mentions everyone
     */
    qq: string;
  };
}

/**
 * 推荐好友或群 / Contact card (send)
 *
 * 推荐一位 QQ 用户（`type` 为 `qq`）或一个群（`type` 为 `group`）的名片。
 *
 * Recommends a QQ user (`type` `qq`) or a group (`type` `group`).
 *
 * @example [CQ:contact,type=qq,id=10001000]
 *
 * Support:
 * - NapCat: yes — 只能发送：NapCat 取推荐卡片的 JSON 并以 `json` 消息发出，`type` 省略时为 `qq`。收到的推荐卡片作为 `json` 上报。 Send only: NapCat fetches the recommendation card's JSON and sends it as a `json` message; `type` defaults to `qq`. Received recommendation cards are reported as `json`.
 */
export interface ContactSendSegment {
  type: 'contact';
  data: {
    /**
     * 推荐的对象
     *
     * What is recommended
     * @defaultValue "qq"
     */
    type?: 'qq' | 'group';
    /**
     * 被推荐者的 QQ 号，或被推荐群的群号
     *
     * The QQ number of the user or the number of the group
     */
    id: string;
  };
}

/**
 * 推荐好友或群 / Contact card (receive)
 *
 * 推荐一位 QQ 用户（`type` 为 `qq`）或一个群（`type` 为 `group`）的名片。
 *
 * Recommends a QQ user (`type` `qq`) or a group (`type` `group`).
 *
 * Support:
 * - NapCat: yes — 只能发送：NapCat 取推荐卡片的 JSON 并以 `json` 消息发出，`type` 省略时为 `qq`。收到的推荐卡片作为 `json` 上报。 Send only: NapCat fetches the recommendation card's JSON and sends it as a `json` message; `type` defaults to `qq`. Received recommendation cards are reported as `json`.
 */
export interface ContactReceiveSegment {
  type: 'contact';
  data: {
    /**
     * 被推荐者的 QQ 号，或被推荐群的群号
     *
     * The QQ number of the user or the number of the group
     */
    id: string;
  };
}

/**
 * 掷骰子魔法表情 / Dice (send)
 *
 * 掷骰子魔法表情，点数由 QQ 随机决定。没有参数。
 *
 * The dice magic face; QQ picks the number. It has no parameters.
 *
 * @example [CQ:dice]
 *
 * Support:
 * - NapCat: yes — 收到的骰子带点数 `result`（QQ NT 的 resultId，字符串；NapCat 的类型声明为 number，实际是字符串）。 Received dice carry the number as `result` (QQ NT's resultId; NapCat's types say number, it is in fact a string).
 */
export interface DiceSendSegment {
  type: 'dice';
  data: {};
}

/**
 * 掷骰子魔法表情 / Dice (receive)
 *
 * 掷骰子魔法表情，点数由 QQ 随机决定。没有参数。
 *
 * The dice magic face; QQ picks the number. It has no parameters.
 *
 * @example [CQ:dice]
 *
 * Support:
 * - NapCat: yes — 收到的骰子带点数 `result`（QQ NT 的 resultId，字符串；NapCat 的类型声明为 number，实际是字符串）。 Received dice carry the number as `result` (QQ NT's resultId; NapCat's types say number, it is in fact a string).
 */
export interface DiceReceiveSegment {
  type: 'dice';
  data: {
    /**
     * 骰子点数
     *
     * The number rolled
     */
    result: string | number;
  };
}

/**
 * QQ 表情 / QQ face (send)
 *
 * QQ 内置的小表情。
 *
 * One of QQ's built-in face emoticons.
 *
 * @example [CQ:face,id=178]
 *
 * Support:
 * - NapCat: yes — 收到的表情还带有 QQ NT 的原始表情元素 `raw`，以及 `resultId`、`chainCount`（接龙表情的结果与连击数）；发送时也读取 `resultId` 与 `chainCount`。骰子（358）与猜拳（359）表情分别作为 `dice` 与 `rps` 上报，戳一戳类表情作为 `poke` 上报。 Received faces also carry QQ NT's raw face element as `raw`, plus `resultId` and `chainCount` (the result and streak of chained faces); sending reads `resultId` and `chainCount` too. The dice (358) and rock-paper-scissors (359) faces are reported as `dice` and `rps`, poke-like faces as `poke`.
 */
export interface FaceSendSegment {
  type: 'face';
  data: {
    /**
     * 表情 ID，见 [QQ 表情 ID 表](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
     *
     * The face ID; see the [QQ face ID table](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
     */
    id: string;
    /**
     * 表情结果 ID
     *
     * The face's result ID
     */
    resultId?: string;
    /**
     * 接龙连击数
     *
     * The chain count
     * @format int32
     */
    chainCount?: number;
  };
}

/**
 * QQ 表情 / QQ face (receive)
 *
 * QQ 内置的小表情。
 *
 * One of QQ's built-in face emoticons.
 *
 * @example [CQ:face,id=178]
 *
 * Support:
 * - NapCat: yes — 收到的表情还带有 QQ NT 的原始表情元素 `raw`，以及 `resultId`、`chainCount`（接龙表情的结果与连击数）；发送时也读取 `resultId` 与 `chainCount`。骰子（358）与猜拳（359）表情分别作为 `dice` 与 `rps` 上报，戳一戳类表情作为 `poke` 上报。 Received faces also carry QQ NT's raw face element as `raw`, plus `resultId` and `chainCount` (the result and streak of chained faces); sending reads `resultId` and `chainCount` too. The dice (358) and rock-paper-scissors (359) faces are reported as `dice` and `rps`, poke-like faces as `poke`.
 */
export interface FaceReceiveSegment {
  type: 'face';
  data: {
    /**
     * 表情 ID，见 [QQ 表情 ID 表](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
     *
     * The face ID; see the [QQ face ID table](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
     */
    id: string;
    /**
     * QQ NT 原始表情元素
     *
     * QQ NT's raw face element
     */
    raw: unknown;
    /**
     * 表情结果 ID
     *
     * The face's result ID
     */
    resultId?: string;
    /**
     * 接龙连击数
     *
     * The chain count
     * @format int32
     */
    chainCount?: number;
  };
}

/**
 * 文件 / File (send)
 *
 * 一个文件。发送时 `file` 的形式与图片相同（也可用 `url` 或 `path` 代替），`name` 设置显示的文件名；收到的文件带文件 ID 与大小，开启数据包功能时还带下载链接。
 *
 * A file. When sending, `file` takes the same forms as for an image (`url` or `path` may replace it) and `name` sets the file name shown; received files carry the file ID and size, and a download URL when packet support is on.
 *
 * @example [CQ:file,file=file:///home/bot/report.pdf,name=月报.pdf]
 *
 * Support:
 * - NapCat: yes
 */
export interface FileSendSegment {
  type: 'file';
  data: {
    /**
     * 发送时为文件路径、URL 或 Base64；收到时为文件名
     *
     * When sending, a path, URL or Base64 data; when received, the file name
     */
    file: string;
    /**
     * 显示的文件名
     *
     * The file name shown
     */
    name?: string;
    /**
     * 本地路径，可代替 file
     *
     * A local path; may replace file
     */
    path?: string;
    /**
     * 下载链接；发送时可代替 file
     *
     * Download URL; may replace file when sending
     */
    url?: string;
  };
}

/**
 * 文件 / File (receive)
 *
 * 一个文件。发送时 `file` 的形式与图片相同（也可用 `url` 或 `path` 代替），`name` 设置显示的文件名；收到的文件带文件 ID 与大小，开启数据包功能时还带下载链接。
 *
 * A file. When sending, `file` takes the same forms as for an image (`url` or `path` may replace it) and `name` sets the file name shown; received files carry the file ID and size, and a download URL when packet support is on.
 *
 * @example [CQ:file,file=月报.pdf,file_id=6e5b8f0c-3d0a-4c7e-9b7a-2f1e0d9c8b7a,file_size=52480]
 *
 * Support:
 * - NapCat: yes
 */
export interface FileReceiveSegment {
  type: 'file';
  data: {
    /**
     * 发送时为文件路径、URL 或 Base64；收到时为文件名
     *
     * When sending, a path, URL or Base64 data; when received, the file name
     */
    file: string;
    /**
     * 下载链接；发送时可代替 file
     *
     * Download URL; may replace file when sending
     */
    url?: string;
    /**
     * 文件 ID
     *
     * File ID
     */
    file_id: string;
    /**
     * 文件大小（字节）
     *
     * Size in bytes
     */
    file_size: string | number;
  };
}

/**
 * QQ 闪传 / QQ flash transfer
 *
 * 收到的 QQ 闪传文件集。用 `get_fileset_info`、`get_flash_file_list` 等动作按 `fileSetId` 查看与下载。只能收到，不能发送（发送用 `send_flash_msg`）。
 *
 * A QQ flash-transfer file set received. Look at and download it by `fileSetId` with `get_fileset_info`, `get_flash_file_list` and the like. Receive only; to send one, use `send_flash_msg`.
 *
 * Support:
 * - NapCat: yes — NapCat 的 api/msg.ts 把带闪传信息的 Markdown 元素转换为此消息段；发送此消息段时被忽略。 NapCat's api/msg.ts turns a Markdown element that carries flash-transfer information into this segment; sending this segment is ignored.
 */
export interface FlashtransferSegment {
  type: 'flashtransfer';
  data: {
    /**
     * 文件集 ID
     *
     * The file set id
     */
    fileSetId: string;
  };
}

/**
 * 合并转发 / Forwarded messages
 *
 * 收到的合并转发消息。只出现在收到的消息中；具体内容需用 `get_forward_msg` 按 `id` 获取。
 *
 * A received bundle of forwarded messages. It only appears in received messages; fetch its content with `get_forward_msg` and the `id`.
 *
 * @example [CQ:forward,id=4ZPlbL0tXPtkZiMX6Z6kMw8hjcSmPgj3]
 *
 * Support:
 * - NapCat: yes — 收到的合并转发在开启解析时带 `content`：子消息的数组（结构同 `get_msg` 的结果，不能写成 CQ 码）。NapCat 也能发送 `forward`：按 `id`（resid）重新生成合并转发卡片。 Received forwards carry `content` when parsing is on: an array of the inner messages (shaped like `get_msg`'s result; it has no CQ-code form). NapCat can also send `forward`, rebuilding the card from `id` (the resid).
 */
export interface ForwardSegment {
  type: 'forward';
  data: {
    /**
     * 合并转发 ID
     *
     * The forward ID
     */
    id: string;
    /**
     * 合并转发内的消息
     *
     * The forwarded messages
     */
    content?: MessageDetail[];
  };
}

/**
 * 图片 / Image (send)
 *
 * 一张图片。发送时 `file` 可以是收到的图片文件名、`file:///` 开头的绝对路径 URI、网络 URL，或 `base64://` 开头的 Base64 数据；`cache`、`proxy`、`timeout` 只对网络 URL 起作用。
 *
 * A picture. When sending, `file` may be the file name of a received image, an absolute path as a `file:///` URI, a network URL or `base64://` data; `cache`, `proxy` and `timeout` only matter for network URLs.
 *
 * Support:
 * - NapCat: yes — 发送时 `file` 之外也可以用 `url` 或 `path` 给出图片（依次取第一个非空者），`name` 设置文件名，`summary` 设置外显文字（默认 `[图片]`），`sub_type` 设置图片子类型。收到的图片带 `summary`、`sub_type` 与 `file_size`；收到的商城表情也作为 `image` 上报，另带 `key`、`emoji_id`、`emoji_package_id`。不读 `cache`、`proxy`、`timeout` 与 `type`（不能发闪照）。 When sending, the image may also be given as `url` or `path` (the first non-empty of url, file, path wins); `name` sets the file name, `summary` the preview text (`[图片]` by default) and `sub_type` the image sub-type. Received images carry `summary`, `sub_type` and `file_size`; received market faces are reported as `image` too, with `key`, `emoji_id` and `emoji_package_id`. `cache`, `proxy`, `timeout` and `type` are not read (flash images cannot be sent).
 */
export interface ImageSendSegment {
  type: 'image';
  data: {
    /**
     * 图片文件名；发送时也可以是文件 URI、网络 URL 或 Base64
     *
     * The image file name; when sending, also a file URI, a URL or Base64 data
     */
    file: string;
    /**
     * 图片 URL；发送时可代替 file
     *
     * The image URL; may replace file when sending
     */
    url?: string;
    /**
     * 外显文字
     *
     * Preview text
     */
    summary?: string;
    /**
     * 图片子类型
     *
     * Image sub-type
     */
    sub_type?: ImageSubType;
    /**
     * 本地路径，可代替 file
     *
     * A local path; may replace file
     */
    path?: string;
    /**
     * 文件名
     *
     * File name
     */
    name?: string;
  };
}

/**
 * 图片 / Image (receive)
 *
 * 一张图片。发送时 `file` 可以是收到的图片文件名、`file:///` 开头的绝对路径 URI、网络 URL，或 `base64://` 开头的 Base64 数据；`cache`、`proxy`、`timeout` 只对网络 URL 起作用。
 *
 * A picture. When sending, `file` may be the file name of a received image, an absolute path as a `file:///` URI, a network URL or `base64://` data; `cache`, `proxy` and `timeout` only matter for network URLs.
 *
 * Support:
 * - NapCat: yes — 发送时 `file` 之外也可以用 `url` 或 `path` 给出图片（依次取第一个非空者），`name` 设置文件名，`summary` 设置外显文字（默认 `[图片]`），`sub_type` 设置图片子类型。收到的图片带 `summary`、`sub_type` 与 `file_size`；收到的商城表情也作为 `image` 上报，另带 `key`、`emoji_id`、`emoji_package_id`。不读 `cache`、`proxy`、`timeout` 与 `type`（不能发闪照）。 When sending, the image may also be given as `url` or `path` (the first non-empty of url, file, path wins); `name` sets the file name, `summary` the preview text (`[图片]` by default) and `sub_type` the image sub-type. Received images carry `summary`, `sub_type` and `file_size`; received market faces are reported as `image` too, with `key`, `emoji_id` and `emoji_package_id`. `cache`, `proxy`, `timeout` and `type` are not read (flash images cannot be sent).
 */
export interface ImageReceiveSegment {
  type: 'image';
  data: {
    /**
     * 图片文件名；发送时也可以是文件 URI、网络 URL 或 Base64
     *
     * The image file name; when sending, also a file URI, a URL or Base64 data
     */
    file: string;
    /**
     * 图片 URL；发送时可代替 file
     *
     * The image URL; may replace file when sending
     */
    url?: string;
    /**
     * 外显文字
     *
     * Preview text
     */
    summary?: string;
    /**
     * 图片子类型
     *
     * Image sub-type
     */
    sub_type?: ImageSubType;
    /**
     * 文件大小（字节）
     *
     * Size in bytes
     */
    file_size?: string | number;
    /**
     * 商城表情的 key
     *
     * The market face's key
     */
    key?: string;
    /**
     * 商城表情 ID
     *
     * Market face ID
     */
    emoji_id?: string;
    /**
     * 商城表情包 ID
     *
     * Market face package ID
     * @format int32
     */
    emoji_package_id?: number;
  };
}

/**
 * JSON 消息 / JSON message
 *
 * 一条 JSON 卡片（小程序）消息。写成 CQ 码时，JSON 中的逗号与方括号都要转义。
 *
 * A JSON card (mini-app) message. In a CQ code the JSON's commas and brackets must be escaped.
 *
 * @example [CQ:json,data={"app":"com.tencent.miniapp"&#44;"prompt":"&#91;应用&#93;"}]
 *
 * Support:
 * - NapCat: yes — 发送时 `data` 也可以是 JSON 对象（NapCat 会序列化）。音乐卡片、推荐卡片、合并转发卡片等都以 `json` 发出。 When sending, `data` may also be a JSON object (NapCat serialises it). Music, contact and forward cards are all sent as `json`.
 */
export interface JsonSegment {
  type: 'json';
  data: {
    /**
     * JSON 内容
     *
     * The JSON
     */
    data: string | Record<string, unknown>;
  };
}

/**
 * Markdown 消息 / Markdown message
 *
 * 一段 Markdown 消息。发送需要 QQ 端允许（通常只有官方机器人可用）；收到的 Markdown 消息原样给出内容。
 *
 * A Markdown message. Sending needs QQ to allow it (usually only official bots may); received Markdown messages give their content as is.
 *
 * @example [CQ:markdown,content=**今日值班**：小明]
 *
 * Support:
 * - NapCat: yes
 */
export interface MarkdownSegment {
  type: 'markdown';
  data: {
    /**
     * Markdown 内容
     *
     * The Markdown
     */
    content: string;
  };
}

/**
 * 商城表情 / Market face
 *
 * QQ 表情商城里的表情（大表情）。NapCat 只能发送它：收到的商城表情作为 `image` 消息段上报，带 `emoji_id`、`emoji_package_id` 与 `key`。`summary` 为外显文字，省略时为 `[商城表情]`。
 *
 * A face from QQ's sticker store. NapCat can only send it: received market faces are reported as an `image` segment carrying `emoji_id`, `emoji_package_id` and `key`. `summary` is the preview text, `[商城表情]` when omitted.
 *
 * @example [CQ:mface,emoji_package_id=235125,emoji_id=d8ab4ea9fd5bd28d5e53d9f1ef3b2364,key=3f6b8c5a1e2d4f70,summary=&#91;打招呼&#93;]
 *
 * Support:
 * - NapCat: yes
 */
export interface MfaceSegment {
  type: 'mface';
  data: {
    /**
     * 表情包 ID
     *
     * Sticker package ID
     * @format int32
     */
    emoji_package_id: number;
    /**
     * 表情 ID
     *
     * Sticker ID
     */
    emoji_id: string;
    /**
     * 表情的 key
     *
     * The sticker's key
     */
    key: string;
    /**
     * 外显文字（NapCat 的类型标为必填，但省略时使用 `[商城表情]`）
     *
     * Preview text (NapCat's types mark it required, but `[商城表情]` is used when it is omitted)
     */
    summary?: string;
  };
}

/**
 * 音乐分享 / Music share
 *
 * 音乐分享卡片，只能发送，有两种形式：`type` 为 `qq`、`163` 或 `xm` 时按平台歌曲 ID 分享，需给出 `id`；`type` 为 `custom` 时是自定义分享，需给出 `url`、`audio` 和 `title`，`content` 与 `image` 可选。
 *
 * A music card, send only, in two forms. With `type` `qq`, `163` or `xm` it shares a song on that platform by `id`. With `type` `custom` it is a custom share: `url`, `audio` and `title` are required, `content` and `image` optional.
 *
 * @example [CQ:music,type=163,id=28949129]
 *
 * Support:
 * - NapCat: yes — 平台分享的 `type` 可为 `qq`、`163`、`kugou`、`kuwo`、`migu`（不支持 `xm`）；自定义分享还需要 `image`，`content` 作为歌手名。卡片由音乐签名服务（配置项 `musicSignUrl`）生成后以 `json` 发出。 Platform shares take `type` `qq`, `163`, `kugou`, `kuwo` or `migu` (not `xm`); a custom share also needs `image`, and `content` is used as the singer. The card is made by a music signing service (the `musicSignUrl` setting) and sent as `json`.
 */
export interface MusicSegment {
  type: 'music';
  data: {
    /**
     * 音乐平台或 custom
     *
     * The platform, or custom
     */
    type: 'qq' | '163' | 'kugou' | 'kuwo' | 'migu' | 'custom';
    /**
     * 歌曲 ID（仅平台分享，且为必填）；数字也可以
     *
     * The song ID (platform form only, where it is required); a number works too
     */
    id?: string | number;
    /**
     * 点击卡片后打开的 URL（仅自定义分享，且为必填）
     *
     * The URL opened on click (custom form only, where it is required)
     */
    url?: string;
    /**
     * 音频 URL（仅自定义分享，且为必填）
     *
     * The audio URL (custom form only, where it is required)
     */
    audio?: string;
    /**
     * 标题（仅自定义分享，且为必填）
     *
     * Title (custom form only, where it is required)
     */
    title?: string;
    /**
     * 内容描述（仅自定义分享，可省略）
     *
     * Description (custom form only, optional)
     */
    content?: string;
    /**
     * 封面图片 URL（仅自定义分享，可省略）
     *
     * Cover image URL (custom form only, optional)
     */
    image?: string;
  };
}

/**
 * 合并转发节点 / Forward node (send)
 *
 * 合并转发中的一个节点，有两种形式：只给 `id` 时转发一条已有消息（只能发送）；给出 `user_id`、`nickname` 与 `content` 时是自定义节点，其 `content` 可以是字符串或消息段数组，是唯一不必是字符串的 `data` 值。收到的自定义节点不会直接出现在消息事件中，只在 `get_forward_msg` 的结果里。
 *
 * One node of a forward, in two forms. With only `id` it forwards an existing message (send only). With `user_id`, `nickname` and `content` it is a custom node whose `content` may be a string or an array of segments, the one `data` value that need not be a string. Received custom nodes never appear in message events, only in the result of `get_forward_msg`.
 *
 * @example [CQ:node,id=123456]
 *
 * Support:
 * - NapCat: yes — 任何发送动作中都可以使用，但整条消息必须全是 `node`（NapCat 的 SendMsg.ts）。自定义节点的 `content` 可以是字符串、消息段数组或单个消息段， 其中可以再嵌套 `node`（多级合并转发）；`news`、`prompt`、`summary`、`source` 自定义合并转发卡片的外显。`uin` 与 `name` 是 `user_id` 与 `nickname` 的别名，`time` 设置节点的时间（需要 packet 后端）。 Usable in any send action, as long as the whole message is `node`s (NapCat's SendMsg.ts). A custom node's `content` may be a string, an array of segments or one segment, and may nest `node`s (multi-level forwards); `news`, `prompt`, `summary` and `source` customise how the forward card looks. `uin` and `name` are aliases of `user_id` and `nickname`, and `time` sets the node's time (this needs the packet backend).
 */
export interface NodeSendSegment {
  type: 'node';
  data: {
    /**
     * 要转发的消息 ID（引用节点，且为必填）
     *
     * The ID of the message to forward (reference form, where it is required)
     */
    id?: string;
    /**
     * 发送者 QQ 号（自定义节点）；数字或数字字符串
     *
     * The sender's QQ number (custom form); a number or a numeric string
     */
    user_id?: number | string;
    /**
     * 发送者昵称（自定义节点，且为必填）
     *
     * The sender's nickname (custom form, where it is required)
     */
    nickname?: string;
    /**
     * 消息内容，格式与发送消息时的 `message` 相同（自定义节点，且为必填）
     *
     * The content, in any form a `message` parameter takes (custom form, where it is required)
     */
    content?: Message;
    /**
     * 卡片外显的几行文字
     *
     * The lines shown on the card
     */
    news?: {
      /**
       * 一行文字
       *
       * One line
       */
      text: string;
    }[];
    /**
     * 外显提示
     *
     * The preview text
     */
    prompt?: string;
    /**
     * 卡片底部文字
     *
     * The text at the bottom of the card
     */
    summary?: string;
    /**
     * 卡片标题
     *
     * The card's title
     */
    source?: string;
    /**
     * 同 `user_id`
     *
     * The same as `user_id`
     */
    uin?: number | string;
    /**
     * 同 `nickname`
     *
     * The same as `nickname`
     */
    name?: string;
    /**
     * 节点的时间；省略时为当前时间
     *
     * The node's time; the current time when omitted
     */
    time?: number | string;
  };
}

/**
 * 合并转发节点 / Forward node (receive)
 *
 * 合并转发中的一个节点，有两种形式：只给 `id` 时转发一条已有消息（只能发送）；给出 `user_id`、`nickname` 与 `content` 时是自定义节点，其 `content` 可以是字符串或消息段数组，是唯一不必是字符串的 `data` 值。收到的自定义节点不会直接出现在消息事件中，只在 `get_forward_msg` 的结果里。
 *
 * One node of a forward, in two forms. With only `id` it forwards an existing message (send only). With `user_id`, `nickname` and `content` it is a custom node whose `content` may be a string or an array of segments, the one `data` value that need not be a string. Received custom nodes never appear in message events, only in the result of `get_forward_msg`.
 *
 * @example [CQ:node,user_id=10001000,nickname=小明,content=&#91;CQ:face&#44;id=178&#93;早上好]
 *
 * Support:
 * - NapCat: yes — 任何发送动作中都可以使用，但整条消息必须全是 `node`（NapCat 的 SendMsg.ts）。自定义节点的 `content` 可以是字符串、消息段数组或单个消息段， 其中可以再嵌套 `node`（多级合并转发）；`news`、`prompt`、`summary`、`source` 自定义合并转发卡片的外显。`uin` 与 `name` 是 `user_id` 与 `nickname` 的别名，`time` 设置节点的时间（需要 packet 后端）。 Usable in any send action, as long as the whole message is `node`s (NapCat's SendMsg.ts). A custom node's `content` may be a string, an array of segments or one segment, and may nest `node`s (multi-level forwards); `news`, `prompt`, `summary` and `source` customise how the forward card looks. `uin` and `name` are aliases of `user_id` and `nickname`, and `time` sets the node's time (this needs the packet backend).
 */
export interface NodeReceiveSegment {
  type: 'node';
  data: {
    /**
     * 发送者 QQ 号（自定义节点）；数字或数字字符串
     *
     * The sender's QQ number (custom form); a number or a numeric string
     */
    user_id?: number | string;
    /**
     * 发送者昵称（自定义节点，且为必填）
     *
     * The sender's nickname (custom form, where it is required)
     */
    nickname?: string;
    /**
     * 消息内容，格式与发送消息时的 `message` 相同（自定义节点，且为必填）
     *
     * The content, in any form a `message` parameter takes (custom form, where it is required)
     */
    content?: Message;
  };
}

/**
 * 在线文件 / Online file
 *
 * 收到的在线文件（或文件夹）。用 `receive_online_file` / `refuse_online_file` 接收或拒收，需要这里的 `msgId` 与 `elementId`。只能收到，不能发送。
 *
 * An online file (or folder) received. Accept or refuse it with `receive_online_file` / `refuse_online_file`, which need its `msgId` and `elementId`. Receive only; it cannot be sent.
 *
 * Support:
 * - NapCat: yes — NapCat 的 api/msg.ts 把在线文件元素转换为此消息段；发送此消息段时被忽略。 NapCat's api/msg.ts turns an online-file element into this segment; sending this segment is ignored.
 */
export interface OnlinefileSegment {
  type: 'onlinefile';
  data: {
    /**
     * 所在消息的 QQ 消息 ID
     *
     * The QQ message id of the message it is in
     */
    msgId: string;
    /**
     * 消息元素 ID
     *
     * The message element id
     */
    elementId: string;
    /**
     * 文件名（或文件夹名）
     *
     * File (or folder) name
     */
    fileName: string;
    /**
     * 大小（字节，字符串）
     *
     * Size in bytes (a string)
     */
    fileSize: string;
    /**
     * 是否为文件夹
     *
     * Whether it is a folder
     */
    isDir: boolean;
  };
}

/**
 * 戳一戳 / Poke
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example [CQ:poke,type=126,id=2003]
 *
 * Support:
 * - NapCat: yes — 只在收到时出现（戳一戳类表情），带 `type` 与 `id`，没有 `name`；发送时被忽略，请用 `group_poke` / `friend_poke` 动作。 Only appears in received messages (poke-like faces), with `type` and `id` but no `name`; it is ignored when sending; use the `group_poke` / `friend_poke` actions.
 */
export interface PokeSegment {
  type: 'poke';
  data: {
    /**
     * 戳一戳的类型
     *
     * The kind of poke
     */
    type: string;
    /**
     * 戳一戳的 ID
     *
     * The poke's ID
     */
    id: string;
  };
}

/**
 * 语音 / Voice (send)
 *
 * 一段语音。发送时 `file` 支持的形式与图片相同。
 *
 * A voice message. When sending, `file` takes the same forms as for an image.
 *
 * Support:
 * - NapCat: yes — 发送时也可以用 `url` 或 `path` 给出语音；收到的语音带 `path`（本地路径）与 `file_size`。不读 `magic`、`cache`、`proxy`、`timeout`。 When sending, the voice may also be given as `url` or `path`; received voices carry `path` (the local path) and `file_size`. `magic`, `cache`, `proxy` and `timeout` are not read.
 */
export interface RecordSendSegment {
  type: 'record';
  data: {
    /**
     * 语音文件名；发送时也可以是文件 URI、网络 URL 或 Base64
     *
     * The voice file name; when sending, also a file URI, a URL or Base64 data
     */
    file: string;
    /**
     * 语音 URL；发送时可代替 file
     *
     * The voice URL; may replace file when sending
     */
    url?: string;
    /**
     * 本地路径
     *
     * Local path
     */
    path?: string;
    /**
     * 文件名
     *
     * File name
     */
    name?: string;
  };
}

/**
 * 语音 / Voice (receive)
 *
 * 一段语音。发送时 `file` 支持的形式与图片相同。
 *
 * A voice message. When sending, `file` takes the same forms as for an image.
 *
 * Support:
 * - NapCat: yes — 发送时也可以用 `url` 或 `path` 给出语音；收到的语音带 `path`（本地路径）与 `file_size`。不读 `magic`、`cache`、`proxy`、`timeout`。 When sending, the voice may also be given as `url` or `path`; received voices carry `path` (the local path) and `file_size`. `magic`, `cache`, `proxy` and `timeout` are not read.
 */
export interface RecordReceiveSegment {
  type: 'record';
  data: {
    /**
     * 语音文件名；发送时也可以是文件 URI、网络 URL 或 Base64
     *
     * The voice file name; when sending, also a file URI, a URL or Base64 data
     */
    file: string;
    /**
     * 语音 URL；发送时可代替 file
     *
     * The voice URL; may replace file when sending
     */
    url?: string;
    /**
     * 本地路径
     *
     * Local path
     */
    path?: string;
    /**
     * 文件大小（字节）
     *
     * Size in bytes
     */
    file_size: string | number;
  };
}

/**
 * 回复 / Reply (send)
 *
 * 引用一条消息作为回复，通常放在消息开头。
 *
 * Quotes a message as the one being replied to; it usually opens the message.
 *
 * @example [CQ:reply,id=123456]
 *
 * Support:
 * - NapCat: yes — NapCat 的 api/msg.ts 发送时也可以用 `seq`（当前会话中被回复消息的序号）指明消息，给出时优先于 `id`；收到的回复只带 `id`。 When sending, NapCat's api/msg.ts can also name the message by `seq` (its sequence number in the current chat), which wins over `id`; received replies carry only `id`.
 */
export interface ReplySendSegment {
  type: 'reply';
  data: {
    /**
     * 被回复消息的消息 ID（收到时总有）；发送时与 `seq` 给出其一
     *
     * The message ID of the message replied to (always there when received); when sending, give this or `seq`
     */
    id?: string;
    /**
     * 被回复消息在当前会话中的序号，优先于 `id`
     *
     * The replied message's sequence number in the current chat; wins over `id`
     */
    seq?: number | string;
  };
}

/**
 * 回复 / Reply (receive)
 *
 * 引用一条消息作为回复，通常放在消息开头。
 *
 * Quotes a message as the one being replied to; it usually opens the message.
 *
 * @example [CQ:reply,id=123456]
 *
 * Support:
 * - NapCat: yes — NapCat 的 api/msg.ts 发送时也可以用 `seq`（当前会话中被回复消息的序号）指明消息，给出时优先于 `id`；收到的回复只带 `id`。 When sending, NapCat's api/msg.ts can also name the message by `seq` (its sequence number in the current chat), which wins over `id`; received replies carry only `id`.
 */
export interface ReplyReceiveSegment {
  type: 'reply';
  data: {
    /**
     * 被回复消息的消息 ID（收到时总有）；发送时与 `seq` 给出其一
     *
     * The message ID of the message replied to (always there when received); when sending, give this or `seq`
     */
    id?: string;
  };
}

/**
 * 猜拳魔法表情 / Rock-paper-scissors (send)
 *
 * 猜拳魔法表情，结果由 QQ 随机决定。没有参数。
 *
 * The rock-paper-scissors magic face; QQ picks the outcome. It has no parameters.
 *
 * @example [CQ:rps]
 *
 * Support:
 * - NapCat: yes — 收到的猜拳表情带结果 `result`（QQ NT 的 resultId，字符串）。 Received rock-paper-scissors faces carry the outcome as `result` (QQ NT's resultId, a string).
 */
export interface RpsSendSegment {
  type: 'rps';
  data: {};
}

/**
 * 猜拳魔法表情 / Rock-paper-scissors (receive)
 *
 * 猜拳魔法表情，结果由 QQ 随机决定。没有参数。
 *
 * The rock-paper-scissors magic face; QQ picks the outcome. It has no parameters.
 *
 * @example [CQ:rps]
 *
 * Support:
 * - NapCat: yes — 收到的猜拳表情带结果 `result`（QQ NT 的 resultId，字符串）。 Received rock-paper-scissors faces carry the outcome as `result` (QQ NT's resultId, a string).
 */
export interface RpsReceiveSegment {
  type: 'rps';
  data: {
    /**
     * 猜拳结果
     *
     * The outcome
     */
    result: string | number;
  };
}

/**
 * 纯文本 / Plain text
 *
 * 一段纯文本。在字符串格式中它就是文本本身（经过 CQ 码转义），不写作 `[CQ:text]`。
 *
 * A run of plain text. In the string format it is the text itself (CQ-escaped), never written as `[CQ:text]`.
 *
 * @example 你好，世界
 *
 * Support:
 * - NapCat: yes
 */
export interface TextSegment {
  type: 'text';
  data: {
    /**
     * 文本内容
     *
     * The text
     */
    text: string;
  };
}

/**
 * 短视频 / Video (send)
 *
 * 一段短视频。发送时 `file` 支持的形式与图片相同。
 *
 * A short video. When sending, `file` takes the same forms as for an image.
 *
 * @example [CQ:video,file=https://example.com/clip.mp4]
 *
 * Support:
 * - NapCat: yes — 发送时 `thumb` 指定封面，也可以用 `url` 或 `path` 给出视频；收到的视频带 `file_size`。不读 `cache`、`proxy`、`timeout`。 When sending, `thumb` sets the cover and the video may also be given as `url` or `path`; received videos carry `file_size`. `cache`, `proxy` and `timeout` are not read.
 */
export interface VideoSendSegment {
  type: 'video';
  data: {
    /**
     * 视频文件名；发送时也可以是文件 URI、网络 URL 或 Base64
     *
     * The video file name; when sending, also a file URI, a URL or Base64 data
     */
    file: string;
    /**
     * 视频 URL；发送时可代替 file
     *
     * The video URL; may replace file when sending
     */
    url?: string;
    /**
     * 视频封面
     *
     * Cover image
     */
    thumb?: string;
    /**
     * 本地路径，可代替 file
     *
     * A local path; may replace file
     */
    path?: string;
    /**
     * 文件名
     *
     * File name
     */
    name?: string;
  };
}

/**
 * 短视频 / Video (receive)
 *
 * 一段短视频。发送时 `file` 支持的形式与图片相同。
 *
 * A short video. When sending, `file` takes the same forms as for an image.
 *
 * @example [CQ:video,file=https://example.com/clip.mp4]
 *
 * Support:
 * - NapCat: yes — 发送时 `thumb` 指定封面，也可以用 `url` 或 `path` 给出视频；收到的视频带 `file_size`。不读 `cache`、`proxy`、`timeout`。 When sending, `thumb` sets the cover and the video may also be given as `url` or `path`; received videos carry `file_size`. `cache`, `proxy` and `timeout` are not read.
 */
export interface VideoReceiveSegment {
  type: 'video';
  data: {
    /**
     * 视频文件名；发送时也可以是文件 URI、网络 URL 或 Base64
     *
     * The video file name; when sending, also a file URI, a URL or Base64 data
     */
    file: string;
    /**
     * 视频 URL；发送时可代替 file
     *
     * The video URL; may replace file when sending
     */
    url?: string;
    /**
     * 文件大小（字节）
     *
     * Size in bytes
     */
    file_size: string | number;
  };
}

/** A segment that can be sent, discriminated by `type`. */
export type SendSegment =
  | AtSegment
  | ContactSendSegment
  | DiceSendSegment
  | FaceSendSegment
  | FileSendSegment
  | ImageSendSegment
  | JsonSegment
  | MarkdownSegment
  | MfaceSegment
  | MusicSegment
  | NodeSendSegment
  | PokeSegment
  | RecordSendSegment
  | ReplySendSegment
  | RpsSendSegment
  | TextSegment
  | VideoSendSegment;

/** A segment that can be received, discriminated by `type`. */
export type ReceiveSegment =
  | AtSegment
  | ContactReceiveSegment
  | DiceReceiveSegment
  | FaceReceiveSegment
  | FileReceiveSegment
  | FlashtransferSegment
  | ForwardSegment
  | ImageReceiveSegment
  | JsonSegment
  | MarkdownSegment
  | NodeReceiveSegment
  | OnlinefileSegment
  | PokeSegment
  | RecordReceiveSegment
  | ReplyReceiveSegment
  | RpsReceiveSegment
  | TextSegment
  | VideoReceiveSegment;

/** Every segment type the spec knows. */
export type SegmentType =
  | 'at'
  | 'contact'
  | 'dice'
  | 'face'
  | 'file'
  | 'flashtransfer'
  | 'forward'
  | 'image'
  | 'json'
  | 'markdown'
  | 'mface'
  | 'music'
  | 'node'
  | 'onlinefile'
  | 'poke'
  | 'record'
  | 'reply'
  | 'rps'
  | 'text'
  | 'video';

/** A received segment of a type this spec does not know (a newer implementation may send one), wrapped by the client so `type` still narrows the known ones. Carry it; do not drop it. */
export interface UnknownSegment {
  type: 'unknown';
  /** The `type` and `data` it arrived with. */
  data: { type: string; data: Record<string, unknown> };
}

/** A received message as the client delivers it in an event: always an array of segments, whatever the implementation's `message_format`, a segment of a type this spec does not know wrapped as {@link UnknownSegment}. */
export type DeliveredMessage = (ReceiveSegment | UnknownSegment)[];
