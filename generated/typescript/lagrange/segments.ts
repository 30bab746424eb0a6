/**
 * Generated from the OneBot 11 spec (spec/, narrowed to lagrange) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

import type { Message } from './types.js';

/**
 * \@某人 / Mention (send)
 *
 * 在群聊中 @ 一名成员或全体成员。
 *
 * Mentions one member of a group, or everyone.
 *
 * @example [CQ:at,qq=10001000]
 *
 * Support:
 * - Lagrange.OneBot: yes — 收到的 @ 带被 @ 者的显示名 `name`。 Received mentions carry the display name as `name`.
 */
export interface AtSendSegment {
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
 * \@某人 / Mention (receive)
 *
 * 在群聊中 @ 一名成员或全体成员。
 *
 * Mentions one member of a group, or everyone.
 *
 * @example [CQ:at,qq=10001000]
 *
 * Support:
 * - Lagrange.OneBot: yes — 收到的 @ 带被 @ 者的显示名 `name`。 Received mentions carry the display name as `name`.
 */
export interface AtReceiveSegment {
  type: 'at';
  data: {
    /**
     * 被 @ 者的 QQ 号；`all` 表示全体成员
     *
     * The QQ number of the member mentioned; `all` mentions everyone
     */
    qq: string;
    /**
     * 被 @ 者的显示名
     *
     * The display name of the member mentioned
     */
    name?: string;
  };
}

/**
 * 掷骰子魔法表情 / Dice
 *
 * 掷骰子魔法表情，点数由 QQ 随机决定。没有参数。
 *
 * The dice magic face; QQ picks the number. It has no parameters.
 *
 * @example [CQ:dice]
 *
 * Support:
 * - Lagrange.OneBot: yes
 */
export interface DiceSegment {
  type: 'dice';
  data: {};
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
 * - Lagrange.OneBot: yes — 发送时可用 `large` 发送大表情（超级表情），取布尔值或文本 `true` / `false`（消息段数据按 Lagrange.OneBot 的 SerializerOptions.cs 读取，BooleanConverter.cs 不认 `0` / `1`）。收到的骰子与猜拳表情不作为 `face` 上报。 When sending, `large` sends the big (super) version of the face, as a boolean or the text `true` / `false` (segment data is read with Lagrange.OneBot's SerializerOptions.cs, whose BooleanConverter.cs does not take `0` / `1`). Received dice and rock-paper-scissors faces are not reported as `face`.
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
     * 是否发送大表情
     *
     * Whether to send the big version
     */
    large?: boolean | 'true' | 'false';
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
 * - Lagrange.OneBot: yes — 发送时可用 `large` 发送大表情（超级表情），取布尔值或文本 `true` / `false`（消息段数据按 Lagrange.OneBot 的 SerializerOptions.cs 读取，BooleanConverter.cs 不认 `0` / `1`）。收到的骰子与猜拳表情不作为 `face` 上报。 When sending, `large` sends the big (super) version of the face, as a boolean or the text `true` / `false` (segment data is read with Lagrange.OneBot's SerializerOptions.cs, whose BooleanConverter.cs does not take `0` / `1`). Received dice and rock-paper-scissors faces are not reported as `face`.
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
  };
}

/**
 * 文件 / File
 *
 * 一个文件。发送时 `file` 的形式与图片相同（也可用 `url` 或 `path` 代替），`name` 设置显示的文件名；收到的文件带文件 ID 与大小，开启数据包功能时还带下载链接。
 *
 * A file. When sending, `file` takes the same forms as for an image (`url` or `path` may replace it) and `name` sets the file name shown; received files carry the file ID and size, and a download URL when packet support is on.
 *
 * @example [CQ:file,file_id=/6e5b8f0c-3d0a-4c7e-9b7a-2f1e0d9c8b7a,file_name=月报.pdf,file_hash=9e107d9d372bb6826bd81d3542a419d6,url=]
 *
 * Support:
 * - Lagrange.OneBot: yes — Lagrange 的文件消息段字段不同：`file_name`、`file_hash`、`file_id` 与 `url`，收发相同；发送时需要已有文件的 `file_id`（为空时不发送），不能上传新文件（上传请用 `upload_group_file` / `upload_private_file`）（Lagrange.OneBot 的 FileSegment.cs）。 Lagrange's file segment has other fields: `file_name`, `file_hash`, `file_id` and `url`, the same both ways; sending needs the `file_id` of an existing file (nothing is sent when it is empty) and cannot upload one (use `upload_group_file` / `upload_private_file`) (Lagrange.OneBot's FileSegment.cs).
 */
export interface FileSegment {
  type: 'file';
  data: {
    /**
     * 下载链接
     *
     * Download URL
     */
    url: string;
    /**
     * 文件 ID
     *
     * File ID
     */
    file_id: string;
    /**
     * 文件名
     *
     * File name
     */
    file_name: string;
    /**
     * 文件哈希
     *
     * File hash
     */
    file_hash: string;
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
 * - Lagrange.OneBot: yes — 也能发送：按 `id`（resid）发出合并转发。 It can be sent too, by `id` (the resid).
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
 * - Lagrange.OneBot: yes — 读 `file`（支持的形式同标准），另可用 `filename` 设置文件名、`summary` 设置外显文字（默认 `[图片]`）、`subType` 设置图片子类型； 收到的图片带 `filename`、`summary` 与 `subType`。不能发送或识别闪照（Lagrange.OneBot 的 ImageSegment.cs）。 `file` is read (in the standard's forms), plus `filename` for the file name, `summary` for the preview text (`[图片]` by default) and `subType` for the image sub-type; received images carry `filename`, `summary` and `subType`. Flash images can be neither sent nor recognised (Lagrange.OneBot's ImageSegment.cs).
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
     * 文件名
     *
     * File name
     */
    filename?: string;
    /**
     * 外显文字
     *
     * Preview text
     * @defaultValue "[图片]"
     */
    summary?: string;
    /**
     * 图片子类型（如 1 为表情包）
     *
     * The image sub-type (such as 1 for a sticker)
     * @format int32
     * @defaultValue 0
     */
    subType?: number;
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
 * - Lagrange.OneBot: yes — 读 `file`（支持的形式同标准），另可用 `filename` 设置文件名、`summary` 设置外显文字（默认 `[图片]`）、`subType` 设置图片子类型； 收到的图片带 `filename`、`summary` 与 `subType`。不能发送或识别闪照（Lagrange.OneBot 的 ImageSegment.cs）。 `file` is read (in the standard's forms), plus `filename` for the file name, `summary` for the preview text (`[图片]` by default) and `subType` for the image sub-type; received images carry `filename`, `summary` and `subType`. Flash images can be neither sent nor recognised (Lagrange.OneBot's ImageSegment.cs).
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
     * 图片的下载 URL
     *
     * Where the image can be downloaded
     */
    url: string;
    /**
     * 文件名
     *
     * File name
     */
    filename?: string;
    /**
     * 外显文字
     *
     * Preview text
     * @defaultValue "[图片]"
     */
    summary?: string;
    /**
     * 图片子类型（如 1 为表情包）
     *
     * The image sub-type (such as 1 for a sticker)
     * @format int32
     * @defaultValue 0
     */
    subType?: number;
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
 * - Lagrange.OneBot: yes
 */
export interface JsonSegment {
  type: 'json';
  data: {
    /**
     * JSON 内容（字符串）
     *
     * The JSON, as a string
     */
    data: string;
  };
}

/**
 * 按钮键盘 / Button keyboard
 *
 * 附在消息下方的按钮键盘（QQ 机器人的 keyboard），内容为键盘的 JSON 对象，所以没有 CQ 码形式。只能发送，通常只有官方机器人可用。
 *
 * A keyboard of buttons under the message (the QQ bot keyboard). Its content is the keyboard's JSON object, so it has no CQ-code form. Send only; usually only official bots may send it.
 *
 * Support:
 * - Lagrange.OneBot: yes
 */
export interface KeyboardSegment {
  type: 'keyboard';
  data: {
    /**
     * 键盘定义（rows → buttons）
     *
     * The keyboard (rows of buttons)
     */
    content: Record<string, unknown>;
  };
}

/**
 * 位置 / Location
 *
 * 一个地理位置。
 *
 * A place on the map.
 *
 * @example [CQ:location,lat=39.9087,lon=116.3975,title=天安门]
 *
 * Support:
 * - Lagrange.OneBot: yes — 以 `com.tencent.map` 小程序卡片收发；收到时经纬度保留 5 位小数。 Sent and received as a `com.tencent.map` mini-app card; received coordinates have 5 decimals.
 */
export interface LocationSegment {
  type: 'location';
  data: {
    /**
     * 纬度
     *
     * Latitude
     */
    lat: string;
    /**
     * 经度
     *
     * Longitude
     */
    lon: string;
    /**
     * 标题（发送时可省略）
     *
     * Title (optional when sending)
     */
    title?: string;
    /**
     * 内容描述（发送时可省略）
     *
     * Description (optional when sending)
     */
    content?: string;
  };
}

/**
 * 长消息 / Long message
 *
 * 按 resid 发送一条已上传的长消息。收到的长消息作为 `forward` 消息段上报。
 *
 * Sends an uploaded long message by its resid. Received long messages are reported as a `forward` segment.
 *
 * @example [CQ:longmsg,id=Xbq0v6MP1SiMm6HB7x5ylA3XsBxLbWbN]
 *
 * Support:
 * - Lagrange.OneBot: yes
 */
export interface LongmsgSegment {
  type: 'longmsg';
  data: {
    /**
     * 长消息的 resid
     *
     * The long message's resid
     */
    id: string;
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
 * - Lagrange.OneBot: yes — 只能发送；收到的 Markdown 消息不生成消息段。 Send only; received Markdown messages produce no segment.
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
 * - Lagrange.OneBot: yes — Lagrange 收发都用 `mface`：收到时另带表情图片的 `url`；发送时省略 `summary` 则从表情商城查询表情名。较早的版本把同一种表情叫作 `marketface`，字段为 `face_id`、`tab_id`、`key`、`summary`。 Lagrange uses `mface` both ways: received ones also carry the sticker image's `url`; when sending without `summary`, the name is looked up in the sticker store. Older versions called the same thing `marketface`, with `face_id`, `tab_id`, `key` and `summary`.
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
    /**
     * 表情图片 URL（收到时）
     *
     * The sticker image's URL (received)
     */
    url?: string;
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
 * - Lagrange.OneBot: yes — 所有字段都交给配置的签名服务生成卡片后发出（没有签名服务时发送失败）：`type`、`id`、`url`、`audio`、`title`、`image` 与 `content`（作为歌手名）；不给 `type` 时另读 `appid`、`sign` 与 `package_name`（Lagrange.OneBot 的 MusicSegment.cs 与 MusicSigner.cs）。 Every field goes to the configured signing service, which makes the card (sending fails without one): `type`, `id`, `url`, `audio`, `title`, `image` and `content` (as the singer); without `type`, `appid`, `sign` and `package_name` are read too (Lagrange.OneBot's MusicSegment.cs and MusicSigner.cs).
 */
export interface MusicSegment {
  type: 'music';
  data: {
    /**
     * 音乐平台或 `custom`
     *
     * The platform, or `custom`
     */
    type?: string;
    /**
     * 歌曲 ID（仅平台分享，且为必填）
     *
     * The song ID (platform form only, where it is required)
     */
    id?: string;
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
    /**
     * 卡片的应用 ID（不给 `type` 时）
     *
     * The card's app id (without `type`)
     */
    appid?: string;
    /**
     * 应用签名（不给 `type` 时）
     *
     * The app signature (without `type`)
     */
    sign?: string;
    /**
     * 应用包名（不给 `type` 时）
     *
     * The app's package name (without `type`)
     */
    package_name?: string;
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
 * - Lagrange.OneBot: yes — 只在合并转发动作中有效；自定义节点的 `content` 必须是消息段数组。 Only valid in the forward actions; a custom node's `content` must be an array of segments.
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
     * 发送者 QQ 号（自定义节点，且为必填）
     *
     * The sender's QQ number (custom form, where it is required)
     */
    user_id?: string;
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
 * 合并转发节点 / Forward node (receive)
 *
 * 合并转发中的一个节点，有两种形式：只给 `id` 时转发一条已有消息（只能发送）；给出 `user_id`、`nickname` 与 `content` 时是自定义节点，其 `content` 可以是字符串或消息段数组，是唯一不必是字符串的 `data` 值。收到的自定义节点不会直接出现在消息事件中，只在 `get_forward_msg` 的结果里。
 *
 * One node of a forward, in two forms. With only `id` it forwards an existing message (send only). With `user_id`, `nickname` and `content` it is a custom node whose `content` may be a string or an array of segments, the one `data` value that need not be a string. Received custom nodes never appear in message events, only in the result of `get_forward_msg`.
 *
 * @example [CQ:node,user_id=10001000,nickname=小明,content=&#91;CQ:face&#44;id=178&#93;早上好]
 *
 * Support:
 * - Lagrange.OneBot: yes — 只在合并转发动作中有效；自定义节点的 `content` 必须是消息段数组。 Only valid in the forward actions; a custom node's `content` must be an array of segments.
 */
export interface NodeReceiveSegment {
  type: 'node';
  data: {
    /**
     * 发送者 QQ 号（自定义节点，且为必填）
     *
     * The sender's QQ number (custom form, where it is required)
     */
    user_id?: string;
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
 * 戳一戳 / Poke (send)
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example [CQ:poke,type=1]
 *
 * Support:
 * - Lagrange.OneBot: yes — 发送时读 `type` 与可选的 `strength`（力度），不读 `id`；收到时 `id` 恒为 `-1`（无法获取），另带 `strength`。 Sending reads `type` and an optional `strength`, not `id`; received pokes always have `id` `-1` (it cannot be obtained) and carry `strength`.
 */
export interface PokeSendSegment {
  type: 'poke';
  data: {
    /**
     * 戳一戳的类型
     *
     * The kind of poke
     */
    type: string;
    /**
     * 戳一戳力度
     *
     * Poke strength
     */
    strength?: string;
  };
}

/**
 * 戳一戳 / Poke (receive)
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example [CQ:poke,type=1]
 *
 * Support:
 * - Lagrange.OneBot: yes — 发送时读 `type` 与可选的 `strength`（力度），不读 `id`；收到时 `id` 恒为 `-1`（无法获取），另带 `strength`。 Sending reads `type` and an optional `strength`, not `id`; received pokes always have `id` `-1` (it cannot be obtained) and carry `strength`.
 */
export interface PokeReceiveSegment {
  type: 'poke';
  data: {
    /**
     * 戳一戳的类型
     *
     * The kind of poke
     */
    type: string;
    /**
     * 恒为 `-1`（Lagrange 取不到）；发送时不读
     *
     * Always `-1` (Lagrange cannot obtain it); not read when sending
     */
    id: '-1';
    /**
     * 戳一戳力度
     *
     * Poke strength
     */
    strength?: string;
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
 * - Lagrange.OneBot: yes — 只读 `file`；发送前把 MP3、WAV、OGG 转为 SILK，AMR 与 SILK 原样发送。 Only `file` is read; MP3, WAV and OGG are converted to SILK before sending, AMR and SILK are sent as they are.
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
 * - Lagrange.OneBot: yes — 只读 `file`；发送前把 MP3、WAV、OGG 转为 SILK，AMR 与 SILK 原样发送。 Only `file` is read; MP3, WAV and OGG are converted to SILK before sending, AMR and SILK are sent as they are.
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
     * 语音的下载 URL
     *
     * Where the voice can be downloaded
     */
    url: string;
  };
}

/**
 * 回复 / Reply
 *
 * 引用一条消息作为回复，通常放在消息开头。
 *
 * Quotes a message as the one being replied to; it usually opens the message.
 *
 * @example [CQ:reply,id=123456]
 *
 * Support:
 * - Lagrange.OneBot: yes
 */
export interface ReplySegment {
  type: 'reply';
  data: {
    /**
     * 被回复消息的消息 ID
     *
     * The message ID of the message replied to
     */
    id: string;
  };
}

/**
 * 猜拳魔法表情 / Rock-paper-scissors
 *
 * 猜拳魔法表情，结果由 QQ 随机决定。没有参数。
 *
 * The rock-paper-scissors magic face; QQ picks the outcome. It has no parameters.
 *
 * @example [CQ:rps]
 *
 * Support:
 * - Lagrange.OneBot: yes
 */
export interface RpsSegment {
  type: 'rps';
  data: {};
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
 * - Lagrange.OneBot: yes
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
 * - Lagrange.OneBot: yes — 只读 `file`。收到的视频被作为 `record` 消息段（只带 `file`）上报：Lagrange.OneBot 的 VideoSegment.cs 的转换返回的是 RecordSegment。 Only `file` is read. Received videos are reported as a `record` segment (with only `file`): the converter in Lagrange.OneBot's VideoSegment.cs returns a RecordSegment.
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
 * - Lagrange.OneBot: yes — 只读 `file`。收到的视频被作为 `record` 消息段（只带 `file`）上报：Lagrange.OneBot 的 VideoSegment.cs 的转换返回的是 RecordSegment。 Only `file` is read. Received videos are reported as a `record` segment (with only `file`): the converter in Lagrange.OneBot's VideoSegment.cs returns a RecordSegment.
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
     * 视频的下载 URL
     *
     * Where the video can be downloaded
     */
    url: string;
  };
}

/**
 * XML 消息 / XML message
 *
 * 一条 XML 卡片消息。
 *
 * An XML card message.
 *
 * @example [CQ:xml,data=<?xml version="1.0" encoding="UTF-8"?><msg serviceID="1"><item><title>你好</title></item></msg>]
 *
 * Support:
 * - Lagrange.OneBot: yes — 另有 `service_id`（默认 35），收发都带。 It also has `service_id` (35 by default), both ways.
 */
export interface XmlSegment {
  type: 'xml';
  data: {
    /**
     * XML 内容
     *
     * The XML
     */
    data: string;
    /**
     * XML 卡片的 serviceID
     *
     * The XML card's serviceID
     * @defaultValue 35
     */
    service_id?: string | number;
  };
}

/** A segment that can be sent, discriminated by `type`. */
export type SendSegment =
  | AtSendSegment
  | DiceSegment
  | FaceSendSegment
  | FileSegment
  | ImageSendSegment
  | JsonSegment
  | KeyboardSegment
  | LocationSegment
  | LongmsgSegment
  | MarkdownSegment
  | MfaceSegment
  | MusicSegment
  | NodeSendSegment
  | PokeSendSegment
  | RecordSendSegment
  | ReplySegment
  | RpsSegment
  | TextSegment
  | VideoSendSegment
  | XmlSegment;

/** A segment that can be received, discriminated by `type`. */
export type ReceiveSegment =
  | AtReceiveSegment
  | DiceSegment
  | FaceReceiveSegment
  | FileSegment
  | ForwardSegment
  | ImageReceiveSegment
  | JsonSegment
  | LocationSegment
  | MarkdownSegment
  | NodeReceiveSegment
  | PokeReceiveSegment
  | RecordReceiveSegment
  | ReplySegment
  | RpsSegment
  | TextSegment
  | VideoReceiveSegment
  | XmlSegment;

/** Every segment type the spec knows. */
export type SegmentType =
  | 'at'
  | 'dice'
  | 'face'
  | 'file'
  | 'forward'
  | 'image'
  | 'json'
  | 'keyboard'
  | 'location'
  | 'longmsg'
  | 'markdown'
  | 'mface'
  | 'music'
  | 'node'
  | 'poke'
  | 'record'
  | 'reply'
  | 'rps'
  | 'text'
  | 'video'
  | 'xml';

/** A received segment of a type this spec does not know (a newer implementation may send one), wrapped by the client so `type` still narrows the known ones. Carry it; do not drop it. */
export interface UnknownSegment {
  type: 'unknown';
  /** The `type` and `data` it arrived with. */
  data: { type: string; data: Record<string, unknown> };
}

/** A received message as the client delivers it in an event: always an array of segments, whatever the implementation's `message_format`, a segment of a type this spec does not know wrapped as {@link UnknownSegment}. */
export type DeliveredMessage = (ReceiveSegment | UnknownSegment)[];
