/**
 * Generated from the OneBot 11 spec (spec/) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * - napcat: NapNeko/NapCatQQ@af07479351c5b974e72ae1c7183f2272e79ffc1c (2026-08-14)
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

import type { BoolString, DownloadThreads, GiftId, Message } from './types.js';

/**
 * 匿名发消息 / Send anonymously
 *
 * 放在群消息中，使这条消息匿名发送。只能发送；收到的消息是否匿名，要看群消息事件的 `anonymous` 字段。
 *
 * Put into a group message to send it anonymously. It can only be sent; whether a received message is anonymous is told by the group message event's `anonymous` field.
 *
 * @example [CQ:anonymous]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: no — go-cqhttp 的消息转换不认识这个消息段。 go-cqhttp's converter does not know this segment.
 * - NapCat: no
 * - Lagrange.OneBot: no
 */
export interface AnonymousSegment {
  type: 'anonymous';
  data: {
    /**
     * 无法匿名时是否仍以非匿名方式发送
     *
     * Whether to send the message anyway, not anonymously, when anonymity is unavailable
     */
    ignore?: BoolString;
  };
}

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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `name`, `target`) — 发送时 `name` 设置 @ 不到成员时显示的名字；没有 `qq` 时读 `target`（coolq/cqcode.go）。 When sending, `name` sets the name shown if the member cannot be mentioned; `target` is read when `qq` is absent (coolq/cqcode.go).
 * - NapCat: yes — NapCat 的类型声明了可选的 `name`，但发送与接收的转换都不使用它；@ 只在群聊中有效，私聊中被忽略。 NapCat's types declare an optional `name`, but neither direction uses it; mentions only work in groups and are dropped in private chats.
 * - Lagrange.OneBot: yes (adds or retypes `name`) — 收到的 @ 带被 @ 者的显示名 `name`。 Received mentions carry the display name as `name`.
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
 * 弹射表情 / Bounce face
 *
 * 一个 QQ 表情连续弹出若干次的「弹射表情」，`count` 为次数，`name` 为表情名。
 *
 * A QQ face shown bouncing several times; `count` is how many, `name` the face's name.
 *
 * @example [CQ:bounceface,id=13,count=5,name=呲牙]
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: no
 * - NapCat: no
 * - Lagrange.OneBot: no — Lagrange.OneBot（v1 分支）没有这个消息段（Message/Entity 中没有对应的类）。 Lagrange.OneBot (the v1 branch) has no such segment (no class for it in Message/Entity).
 */
export interface BouncefaceSegment {
  type: 'bounceface';
  data: {
    /**
     * 表情 ID
     *
     * Face ID
     */
    id: string | number;
    /**
     * 弹射次数
     *
     * How many times it bounces
     * @defaultValue 1
     */
    count?: string | number;
    /**
     * 表情名
     *
     * The face's name
     */
    name?: string;
  };
}

/**
 * 卡片大图 / Card image
 *
 * 以 XML 卡片形式发送的大图，只能发送。`file` 的写法与 `image` 相同。XML 卡片容易被风控拦截，发送失败时可以改用普通图片。
 *
 * A large picture sent as an XML card; send only. `file` takes the same forms as for `image`. XML cards are often blocked by risk control; fall back to a normal image when sending fails.
 *
 * @example [CQ:cardimage,file=https://example.com/poster.jpg,maxheight=1200]
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: yes
 * - NapCat: no
 * - Lagrange.OneBot: no
 */
export interface CardimageSegment {
  type: 'cardimage';
  data: {
    /**
     * 图片文件，与 image 的 file 相同
     *
     * The image, as image's `file`
     */
    file: string;
    /**
     * 最小宽度（文档写 400，源码为 200）
     *
     * Minimum width (the docs say 400, the source uses 200)
     * @defaultValue "200"
     */
    minwidth?: string;
    /**
     * 最小高度（文档写 400，源码为 200）
     *
     * Minimum height (the docs say 400, the source uses 200)
     * @defaultValue "200"
     */
    minheight?: string;
    /**
     * 最大宽度
     *
     * Maximum width
     * @defaultValue "500"
     */
    maxwidth?: string;
    /**
     * 最大高度
     *
     * Maximum height
     * @defaultValue "1000"
     */
    maxheight?: string;
    /**
     * 分享来源名称，可留空
     *
     * The name of the source; may be empty
     */
    source?: string;
    /**
     * 分享来源图标 URL，可留空
     *
     * The URL of the source's icon; may be empty
     */
    icon?: string;
    /**
     * 消息列表中的预览文字（文档未列出）
     *
     * The preview text in the chat list (not in the docs)
     */
    brief?: string;
    /**
     * 同 image 的 `url`：`file` 找不到时改用此 URL
     *
     * As image's `url`: used when `file` is not found
     */
    url?: string;
    /**
     * 同 image 的 `cache`
     *
     * As image's `cache`
     */
    cache?: BoolString;
    /**
     * 同 image 的 `c`：下载线程数
     *
     * As image's `c`: download threads
     */
    c?: DownloadThreads;
  };
}

/**
 * 推荐好友或群 / Contact card
 *
 * 推荐一位 QQ 用户（`type` 为 `qq`）或一个群（`type` 为 `group`）的名片。
 *
 * Recommends a QQ user (`type` `qq`) or a group (`type` `group`).
 *
 * @example [CQ:contact,type=qq,id=10001000]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: no — go-cqhttp 的消息转换不认识这个消息段。 go-cqhttp's converter does not know this segment.
 * - NapCat: yes (adds or retypes `type`) — 只能发送：NapCat 取推荐卡片的 JSON 并以 `json` 消息发出，`type` 省略时为 `qq`。收到的推荐卡片作为 `json` 上报。 Send only: NapCat fetches the recommendation card's JSON and sends it as a `json` message; `type` defaults to `qq`. Received recommendation cards are reported as `json`.
 * - Lagrange.OneBot: no
 */
export interface ContactSegment {
  type: 'contact';
  data: {
    /**
     * 推荐的对象
     *
     * What is recommended
     */
    type: 'qq' | 'group';
    /**
     * 被推荐者的 QQ 号，或被推荐群的群号
     *
     * The QQ number of the user or the number of the group
     */
    id: string;
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `value`) — 收发都带点数 `value`（发送时 0–6）；发送时可以指定点数。 Both ways carry the number as `value` (0–6 when sending); sending may choose it.
 * - NapCat: yes (adds or retypes `result`) — 收到的骰子带点数 `result`（QQ NT 的 resultId，字符串；NapCat 的类型声明为 number，实际是字符串）。 Received dice carry the number as `result` (QQ NT's resultId; NapCat's types say number, it is in fact a string).
 * - Lagrange.OneBot: yes
 */
export interface DiceSegment {
  type: 'dice';
  data: {};
}

/**
 * QQ 表情 / QQ face
 *
 * QQ 内置的小表情。
 *
 * One of QQ's built-in face emoticons.
 *
 * @example [CQ:face,id=178]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `type`) — `type` 为 `sticker` 时是动画表情（收发都有）。 `type` `sticker` marks an animated sticker face (both ways).
 * - NapCat: yes (adds or retypes `raw`, `resultId`, `chainCount`) — 收到的表情还带有 QQ NT 的原始表情元素 `raw`，以及 `resultId`、`chainCount`（接龙表情的结果与连击数）；发送时也读取 `resultId` 与 `chainCount`。骰子（358）与猜拳（359）表情分别作为 `dice` 与 `rps` 上报，戳一戳类表情作为 `poke` 上报。 Received faces also carry QQ NT's raw face element as `raw`, plus `resultId` and `chainCount` (the result and streak of chained faces); sending reads `resultId` and `chainCount` too. The dice (358) and rock-paper-scissors (359) faces are reported as `dice` and `rps`, poke-like faces as `poke`.
 * - Lagrange.OneBot: yes (adds or retypes `large`) — 发送时可用 `large` 发送大表情（超级表情），取布尔值或文本 `true` / `false`（消息段数据按 Lagrange.OneBot 的 SerializerOptions.cs 读取，BooleanConverter.cs 不认 `0` / `1`）。收到的骰子与猜拳表情不作为 `face` 上报。 When sending, `large` sends the big (super) version of the face, as a boolean or the text `true` / `false` (segment data is read with Lagrange.OneBot's SerializerOptions.cs, whose BooleanConverter.cs does not take `0` / `1`). Received dice and rock-paper-scissors faces are not reported as `face`.
 */
export interface FaceSegment {
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
 * 文件 / File (send)
 *
 * 一个文件。发送时 `file` 的形式与图片相同（也可用 `url` 或 `path` 代替），`name` 设置显示的文件名；收到的文件带文件 ID 与大小，开启数据包功能时还带下载链接。
 *
 * A file. When sending, `file` takes the same forms as for an image (`url` or `path` may replace it) and `name` sets the file name shown; received files carry the file ID and size, and a download URL when packet support is on.
 *
 * @example [CQ:file,file=file:///home/bot/report.pdf,name=月报.pdf]
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: yes (adds or retypes `path`, `name`, `size`, `busid`; without `file`, `url`, `file_id`, `file_size`) — go-cqhttp 的 `file` 消息段表示群文件（文档未列出，见其源码）：`path`、`name`、`size` 与 `busid`，收发相同；发送时按这些字段转发已有的群文件。 go-cqhttp's `file` segment stands for a group file (not in its docs; see its source): `path`, `name`, `size` and `busid`, the same both ways; sending forwards an existing group file by them.
 * - NapCat: yes
 * - Lagrange.OneBot: yes (adds or retypes `file_name`, `file_hash`, `file_id`, `url`; without `file`, `name`, `path`, `file_size`) — Lagrange 的文件消息段字段不同：`file_name`、`file_hash`、`file_id` 与 `url`，收发相同；发送时需要已有文件的 `file_id`（为空时不发送），不能上传新文件（上传请用 `upload_group_file` / `upload_private_file`）（Lagrange.OneBot 的 FileSegment.cs）。 Lagrange's file segment has other fields: `file_name`, `file_hash`, `file_id` and `url`, the same both ways; sending needs the `file_id` of an existing file (nothing is sent when it is empty) and cannot upload one (use `upload_group_file` / `upload_private_file`) (Lagrange.OneBot's FileSegment.cs).
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
 * - OneBot 11 standard: no
 * - go-cqhttp: yes (adds or retypes `path`, `name`, `size`, `busid`; without `file`, `url`, `file_id`, `file_size`) — go-cqhttp 的 `file` 消息段表示群文件（文档未列出，见其源码）：`path`、`name`、`size` 与 `busid`，收发相同；发送时按这些字段转发已有的群文件。 go-cqhttp's `file` segment stands for a group file (not in its docs; see its source): `path`, `name`, `size` and `busid`, the same both ways; sending forwards an existing group file by them.
 * - NapCat: yes
 * - Lagrange.OneBot: yes (adds or retypes `file_name`, `file_hash`, `file_id`, `url`; without `file`, `name`, `path`, `file_size`) — Lagrange 的文件消息段字段不同：`file_name`、`file_hash`、`file_id` 与 `url`，收发相同；发送时需要已有文件的 `file_id`（为空时不发送），不能上传新文件（上传请用 `upload_group_file` / `upload_private_file`）（Lagrange.OneBot 的 FileSegment.cs）。 Lagrange's file segment has other fields: `file_name`, `file_hash`, `file_id` and `url`, the same both ways; sending needs the `file_id` of an existing file (nothing is sent when it is empty) and cannot upload one (use `upload_group_file` / `upload_private_file`) (Lagrange.OneBot's FileSegment.cs).
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
 * - OneBot 11 standard: no
 * - go-cqhttp: no
 * - NapCat: yes — NapCat 的 api/msg.ts 把带闪传信息的 Markdown 元素转换为此消息段；发送此消息段时被忽略。 NapCat's api/msg.ts turns a Markdown element that carries flash-transfer information into this segment; sending this segment is ignored.
 * - Lagrange.OneBot: no
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes — 也能发送：按 `id` 下载并重新发出一条合并转发。 It can be sent too; go-cqhttp downloads the forward by `id` and sends it again.
 * - NapCat: yes (adds or retypes `content`) — 收到的合并转发在开启解析时带 `content`：子消息的数组（结构同 `get_msg` 的结果，不能写成 CQ 码）。NapCat 也能发送 `forward`：按 `id`（resid）重新生成合并转发卡片。 Received forwards carry `content` when parsing is on: an array of the inner messages (shaped like `get_msg`'s result; it has no CQ-code form). NapCat can also send `forward`, rebuilding the card from `id` (the resid).
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
 * 群礼物 / Group gift
 *
 * 在群里送出一份免费礼物，只能发送，且只在群聊中有效。发送后无法撤回，返回的 `message_id` 恒为 0。收到的礼物不以消息段形式上报。
 *
 * Sends a free gift in a group; send only, and only in groups. It cannot be recalled, and the `message_id` returned is always 0. Received gifts are not reported as a segment.
 *
 * @example [CQ:gift,qq=10001000,id=8]
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: no — go-cqhttp 的文档列出了它，但 v1.0.0-beta8-fix1 起（提交“coolq: drop [CQ:gift] support”）coolq/cqcode.go 的消息转换已不处理 `gift`，发送会作为不支持的消息段失败；只有更早的版本可用。 go-cqhttp's docs list it, but since v1.0.0-beta8-fix1 (the commit "coolq: drop [CQ:gift] support") coolq/cqcode.go no longer converts `gift`, so sending fails as an unsupported segment; only older versions have it.
 * - NapCat: no
 * - Lagrange.OneBot: no
 */
export interface GiftSegment {
  type: 'gift';
  data: {
    /**
     * 接收礼物的成员 QQ 号
     *
     * The QQ number of the member who gets the gift
     */
    qq: string;
    /**
     * 礼物 ID
     *
     * Which gift
     */
    id: GiftId;
  };
}

/**
 * 灰条提示 / Grey tip
 *
 * 在会话中插入一条灰色的系统提示文字。只能发送；收到的灰条提示不生成消息段。
 *
 * Puts a grey system-style tip line into the chat. Send only; received grey tips produce no segment.
 *
 * @example [CQ:greytip,content=欢迎新成员入群]
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: no
 * - NapCat: no
 * - Lagrange.OneBot: no — Lagrange.OneBot（v1 分支）没有这个消息段（Message/Entity 中没有对应的类）。 Lagrange.OneBot (the v1 branch) has no such segment (no class for it in Message/Entity).
 */
export interface GreytipSegment {
  type: 'greytip';
  data: {
    /**
     * 提示内容
     *
     * The tip text
     */
    content: string;
  };
}

/**
 * 图片 / Image (send)
 *
 * 一张图片。发送时 `file` 可以是收到的图片文件名、`file:///` 开头的绝对路径 URI、网络 URL，或 `base64://` 开头的 Base64 数据；`cache`、`proxy`、`timeout` 只对网络 URL 起作用。
 *
 * A picture. When sending, `file` may be the file name of a received image, an absolute path as a `file:///` URI, a network URL or `base64://` data; `cache`, `proxy` and `timeout` only matter for network URLs.
 *
 * @example [CQ:image,file=https://example.com/cat.jpg,cache=0]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `type`, `id`, `c`, `subType`; without `proxy`, `timeout`) — `type` 还可以是 `show`（秀图），此时 `id` 选择秀图特效（默认 40000，超出 40000–40005 时按 40000）；`c` 设置网络下载线程数；群图片另有 `subType`（图片业务类型，收发都有）。找不到 `file` 时退回使用 `url`。收到的秀图也带 `type` 与 `id`。go-cqhttp 不读 `proxy` 与 `timeout`；图片不能超过 30MB，GIF 不能超过 300 帧。 `type` may also be `show` (a show image), where `id` picks the effect (40000 by default, and 40000 when outside 40000–40005); `c` sets the download threads; group images also have `subType` (the image's business type, both ways). When `file` cannot be found, `url` is used. Received show images carry `type` and `id` too. go-cqhttp reads neither `proxy` nor `timeout`; images may be at most 30 MB, GIFs at most 300 frames.
 * - NapCat: yes (adds or retypes `summary`, `sub_type`, `url`, `path`, `name`, `file_size`, `key`, `emoji_id`, `emoji_package_id`; without `cache`, `proxy`, `timeout`, `type`) — 发送时 `file` 之外也可以用 `url` 或 `path` 给出图片（依次取第一个非空者），`name` 设置文件名，`summary` 设置外显文字（默认 `[图片]`），`sub_type` 设置图片子类型。收到的图片带 `summary`、`sub_type` 与 `file_size`；收到的商城表情也作为 `image` 上报，另带 `key`、`emoji_id`、`emoji_package_id`。不读 `cache`、`proxy`、`timeout` 与 `type`（不能发闪照）。 When sending, the image may also be given as `url` or `path` (the first non-empty of url, file, path wins); `name` sets the file name, `summary` the preview text (`[图片]` by default) and `sub_type` the image sub-type. Received images carry `summary`, `sub_type` and `file_size`; received market faces are reported as `image` too, with `key`, `emoji_id` and `emoji_package_id`. `cache`, `proxy`, `timeout` and `type` are not read (flash images cannot be sent).
 * - Lagrange.OneBot: yes (adds or retypes `filename`, `summary`, `subType`; without `cache`, `proxy`, `timeout`, `type`) — 读 `file`（支持的形式同标准），另可用 `filename` 设置文件名、`summary` 设置外显文字（默认 `[图片]`）、`subType` 设置图片子类型； 收到的图片带 `filename`、`summary` 与 `subType`。不能发送或识别闪照（Lagrange.OneBot 的 ImageSegment.cs）。 `file` is read (in the standard's forms), plus `filename` for the file name, `summary` for the preview text (`[图片]` by default) and `subType` for the image sub-type; received images carry `filename`, `summary` and `subType`. Flash images can be neither sent nor recognised (Lagrange.OneBot's ImageSegment.cs).
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
     * 图片类型：`flash` 为闪照，省略为普通图片
     *
     * Image kind: `flash` for a flash image; omitted for a normal one
     */
    type?: 'flash';
    /**
     * 是否使用已缓存的文件
     *
     * Whether a cached copy may be used
     * @defaultValue "1"
     */
    cache?: BoolString;
    /**
     * 是否经代理下载（代理由环境变量或配置文件设置）
     *
     * Whether to download through the proxy (set by environment variables or the config file)
     * @defaultValue "1"
     */
    proxy?: BoolString;
    /**
     * 下载超时，单位秒；省略为不限时
     *
     * Download timeout in seconds; omitted means no timeout
     */
    timeout?: string;
  };
}

/**
 * 图片 / Image (receive)
 *
 * 一张图片。发送时 `file` 可以是收到的图片文件名、`file:///` 开头的绝对路径 URI、网络 URL，或 `base64://` 开头的 Base64 数据；`cache`、`proxy`、`timeout` 只对网络 URL 起作用。
 *
 * A picture. When sending, `file` may be the file name of a received image, an absolute path as a `file:///` URI, a network URL or `base64://` data; `cache`, `proxy` and `timeout` only matter for network URLs.
 *
 * @example [CQ:image,file=6b4de7d7b7ad3f4e5c1e3b6f0f4b5c9a.image,type=flash,url=https://gchat.qpic.cn/gchatpic_new/0/0-0-6B4DE7D7/0]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `type`, `id`, `c`, `subType`; without `proxy`, `timeout`) — `type` 还可以是 `show`（秀图），此时 `id` 选择秀图特效（默认 40000，超出 40000–40005 时按 40000）；`c` 设置网络下载线程数；群图片另有 `subType`（图片业务类型，收发都有）。找不到 `file` 时退回使用 `url`。收到的秀图也带 `type` 与 `id`。go-cqhttp 不读 `proxy` 与 `timeout`；图片不能超过 30MB，GIF 不能超过 300 帧。 `type` may also be `show` (a show image), where `id` picks the effect (40000 by default, and 40000 when outside 40000–40005); `c` sets the download threads; group images also have `subType` (the image's business type, both ways). When `file` cannot be found, `url` is used. Received show images carry `type` and `id` too. go-cqhttp reads neither `proxy` nor `timeout`; images may be at most 30 MB, GIFs at most 300 frames.
 * - NapCat: yes (adds or retypes `summary`, `sub_type`, `url`, `path`, `name`, `file_size`, `key`, `emoji_id`, `emoji_package_id`; without `cache`, `proxy`, `timeout`, `type`) — 发送时 `file` 之外也可以用 `url` 或 `path` 给出图片（依次取第一个非空者），`name` 设置文件名，`summary` 设置外显文字（默认 `[图片]`），`sub_type` 设置图片子类型。收到的图片带 `summary`、`sub_type` 与 `file_size`；收到的商城表情也作为 `image` 上报，另带 `key`、`emoji_id`、`emoji_package_id`。不读 `cache`、`proxy`、`timeout` 与 `type`（不能发闪照）。 When sending, the image may also be given as `url` or `path` (the first non-empty of url, file, path wins); `name` sets the file name, `summary` the preview text (`[图片]` by default) and `sub_type` the image sub-type. Received images carry `summary`, `sub_type` and `file_size`; received market faces are reported as `image` too, with `key`, `emoji_id` and `emoji_package_id`. `cache`, `proxy`, `timeout` and `type` are not read (flash images cannot be sent).
 * - Lagrange.OneBot: yes (adds or retypes `filename`, `summary`, `subType`; without `cache`, `proxy`, `timeout`, `type`) — 读 `file`（支持的形式同标准），另可用 `filename` 设置文件名、`summary` 设置外显文字（默认 `[图片]`）、`subType` 设置图片子类型； 收到的图片带 `filename`、`summary` 与 `subType`。不能发送或识别闪照（Lagrange.OneBot 的 ImageSegment.cs）。 `file` is read (in the standard's forms), plus `filename` for the file name, `summary` for the preview text (`[图片]` by default) and `subType` for the image sub-type; received images carry `filename`, `summary` and `subType`. Flash images can be neither sent nor recognised (Lagrange.OneBot's ImageSegment.cs).
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
     * 图片类型：`flash` 为闪照，省略为普通图片
     *
     * Image kind: `flash` for a flash image; omitted for a normal one
     */
    type?: 'flash';
    /**
     * 图片的下载 URL
     *
     * Where the image can be downloaded
     */
    url: string;
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `resid`) — `resid` 为 0（默认）时走小程序通道发送，非 0 时走富文本通道；收到的 JSON 消息也带 `resid`。 `resid` 0 (the default) sends through the mini-app channel, any other value through the rich-text channel; received JSON messages carry `resid` too.
 * - NapCat: yes (adds or retypes `data`) — 发送时 `data` 也可以是 JSON 对象（NapCat 会序列化）。音乐卡片、推荐卡片、合并转发卡片等都以 `json` 发出。 When sending, `data` may also be a JSON object (NapCat serialises it). Music, contact and forward cards are all sent as `json`.
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
 * - OneBot 11 standard: no
 * - go-cqhttp: no
 * - NapCat: no
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: no — go-cqhttp 的消息转换不认识这个消息段。 go-cqhttp's converter does not know this segment.
 * - NapCat: no — NapCat 收到位置消息时不生成 `location` 消息段；发送时生成一个固定文字的位置元素，忽略 `lat`、`lon` 等参数，实际不可用。 NapCat produces no `location` segment for received locations; when sending it builds a location element with fixed text and ignores `lat`, `lon` and the rest, so it does not work.
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
 * - OneBot 11 standard: no
 * - go-cqhttp: no
 * - NapCat: no
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
 * - OneBot 11 standard: no
 * - go-cqhttp: no
 * - NapCat: yes
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
 * 商城表情（旧名） / Market face (old name)
 *
 * 较早版本的 Lagrange 对商城表情使用的消息段，后来改为与 NapCat 一致的 `mface`。`summary` 省略时从表情商城查询表情名。
 *
 * The segment older Lagrange versions used for market faces, later replaced by `mface`, as in NapCat. When `summary` is omitted the name is looked up in the sticker store.
 *
 * @example [CQ:marketface,face_id=d8ab4ea9fd5bd28d5e53d9f1ef3b2364,tab_id=235125,key=3f6b8c5a1e2d4f70,summary=&#91;打招呼&#93;]
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: no
 * - NapCat: no
 * - Lagrange.OneBot: no — 2024 年改名为 `mface`；Lagrange.OneBot（v1 分支）不再认识 `marketface`（见其 MfaceSegment.cs）。 Renamed `mface` in 2024; Lagrange.OneBot (the v1 branch) no longer knows `marketface` (see its MfaceSegment.cs).
 *
 * @deprecated 已改名为 `mface` Renamed `mface`
 */
export interface MarketfaceSegment {
  type: 'marketface';
  data: {
    /**
     * 表情 ID
     *
     * Sticker ID
     */
    face_id: string;
    /**
     * 表情包 ID
     *
     * Sticker package ID
     */
    tab_id: string | number;
    /**
     * 表情的 key
     *
     * The sticker's key
     */
    key: string;
    /**
     * 外显文字
     *
     * Preview text
     */
    summary?: string;
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
 * - OneBot 11 standard: no
 * - go-cqhttp: no — go-cqhttp 不能发送商城表情；收到的商城表情作为 `text` 消息段上报，内容为表情名。 go-cqhttp cannot send market faces; received ones are reported as a `text` segment holding the face's name.
 * - NapCat: yes
 * - Lagrange.OneBot: yes (adds or retypes `url`) — Lagrange 收发都用 `mface`：收到时另带表情图片的 `url`；发送时省略 `summary` 则从表情商城查询表情名。较早的版本把同一种表情叫作 `marketface`，字段为 `face_id`、`tab_id`、`key`、`summary`。 Lagrange uses `mface` both ways: received ones also carry the sticker image's `url`; when sending without `summary`, the name is looked up in the sticker store. Older versions called the same thing `marketface`, with `face_id`, `tab_id`, `key` and `summary`.
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `type`, `subtype`, `voice`; without `audio`) — 平台分享只支持 `qq` 与 `163`（`qq` 时 `content` 可覆盖歌手名）。自定义分享可用 `subtype` 选择卡片样式（`qq`、`163`、`migu`、`kugou`、`kuwo`）， 不填时发送为 XML 卡片。go-cqhttp 的文档写的是 `audio`，但其源码读取的音频 URL 参数是 `voice`，`audio` 不起作用。 Platform shares only support `qq` and `163` (with `qq`, `content` overrides the singer). A custom share may pick the card style with `subtype` (`qq`, `163`, `migu`, `kugou`, `kuwo`); without it the card is sent as XML. go-cqhttp's docs say `audio`, but its source reads the audio URL from `voice`; `audio` has no effect.
 * - NapCat: yes (adds or retypes `type`, `id`) — 平台分享的 `type` 可为 `qq`、`163`、`kugou`、`kuwo`、`migu`（不支持 `xm`）；自定义分享还需要 `image`，`content` 作为歌手名。卡片由音乐签名服务（配置项 `musicSignUrl`）生成后以 `json` 发出。 Platform shares take `type` `qq`, `163`, `kugou`, `kuwo` or `migu` (not `xm`); a custom share also needs `image`, and `content` is used as the singer. The card is made by a music signing service (the `musicSignUrl` setting) and sent as `json`.
 * - Lagrange.OneBot: yes (adds or retypes `type`, `appid`, `sign`, `package_name`) — 所有字段都交给配置的签名服务生成卡片后发出（没有签名服务时发送失败）：`type`、`id`、`url`、`audio`、`title`、`image` 与 `content`（作为歌手名）；不给 `type` 时另读 `appid`、`sign` 与 `package_name`（Lagrange.OneBot 的 MusicSegment.cs 与 MusicSigner.cs）。 Every field goes to the configured signing service, which makes the card (sending fails without one): `type`, `id`, `url`, `audio`, `title`, `image` and `content` (as the singer); without `type`, `appid`, `sign` and `package_name` are read too (Lagrange.OneBot's MusicSegment.cs and MusicSigner.cs).
 */
export interface MusicSegment {
  type: 'music';
  data: {
    /**
     * 音乐平台，或 `custom` 表示自定义分享
     *
     * The music platform, or `custom` for a custom share
     */
    type: 'qq' | '163' | 'xm' | 'custom';
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `id`, `user_id`, `name`, `uin`, `time`) — 只能通过 `send_group_forward_msg` 等合并转发动作发送（coolq/api.go）。自定义节点先读 `user_id`、没有时读 `uin`（数字或数字字符串）， 先读 `name`、没有时读 `nickname`（须为 JSON 字符串）；`time` 可伪造发送时间；不读 `seq`。`content` 为节点数组时构成嵌套转发。 引用节点与自定义节点可以混用，查看顺序为消息段顺序。 Only sent through the forward actions such as `send_group_forward_msg` (coolq/api.go). A custom node reads `user_id`, or `uin` when it is absent (a number or a numeric string), and `name`, or `nickname` when it is absent (these must be JSON strings); `time` fakes the time; `seq` is not read. A `content` made of nodes makes a nested forward. Reference and custom nodes may be mixed; they show in segment order.
 * - NapCat: yes (adds or retypes `news`, `prompt`, `summary`, `source`, `user_id`, `uin`, `name`, `time`) — 任何发送动作中都可以使用，但整条消息必须全是 `node`（NapCat 的 SendMsg.ts）。自定义节点的 `content` 可以是字符串、消息段数组或单个消息段， 其中可以再嵌套 `node`（多级合并转发）；`news`、`prompt`、`summary`、`source` 自定义合并转发卡片的外显。`uin` 与 `name` 是 `user_id` 与 `nickname` 的别名，`time` 设置节点的时间（需要 packet 后端）。 Usable in any send action, as long as the whole message is `node`s (NapCat's SendMsg.ts). A custom node's `content` may be a string, an array of segments or one segment, and may nest `node`s (multi-level forwards); `news`, `prompt`, `summary` and `source` customise how the forward card looks. `uin` and `name` are aliases of `user_id` and `nickname`, and `time` sets the node's time (this needs the packet backend).
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `id`, `user_id`, `name`, `uin`, `time`) — 只能通过 `send_group_forward_msg` 等合并转发动作发送（coolq/api.go）。自定义节点先读 `user_id`、没有时读 `uin`（数字或数字字符串）， 先读 `name`、没有时读 `nickname`（须为 JSON 字符串）；`time` 可伪造发送时间；不读 `seq`。`content` 为节点数组时构成嵌套转发。 引用节点与自定义节点可以混用，查看顺序为消息段顺序。 Only sent through the forward actions such as `send_group_forward_msg` (coolq/api.go). A custom node reads `user_id`, or `uin` when it is absent (a number or a numeric string), and `name`, or `nickname` when it is absent (these must be JSON strings); `time` fakes the time; `seq` is not read. A `content` made of nodes makes a nested forward. Reference and custom nodes may be mixed; they show in segment order.
 * - NapCat: yes (adds or retypes `news`, `prompt`, `summary`, `source`, `user_id`, `uin`, `name`, `time`) — 任何发送动作中都可以使用，但整条消息必须全是 `node`（NapCat 的 SendMsg.ts）。自定义节点的 `content` 可以是字符串、消息段数组或单个消息段， 其中可以再嵌套 `node`（多级合并转发）；`news`、`prompt`、`summary`、`source` 自定义合并转发卡片的外显。`uin` 与 `name` 是 `user_id` 与 `nickname` 的别名，`time` 设置节点的时间（需要 packet 后端）。 Usable in any send action, as long as the whole message is `node`s (NapCat's SendMsg.ts). A custom node's `content` may be a string, an array of segments or one segment, and may nest `node`s (multi-level forwards); `news`, `prompt`, `summary` and `source` customise how the forward card looks. `uin` and `name` are aliases of `user_id` and `nickname`, and `time` sets the node's time (this needs the packet backend).
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
 * 在线文件 / Online file
 *
 * 收到的在线文件（或文件夹）。用 `receive_online_file` / `refuse_online_file` 接收或拒收，需要这里的 `msgId` 与 `elementId`。只能收到，不能发送。
 *
 * An online file (or folder) received. Accept or refuse it with `receive_online_file` / `refuse_online_file`, which need its `msgId` and `elementId`. Receive only; it cannot be sent.
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: no
 * - NapCat: yes — NapCat 的 api/msg.ts 把在线文件元素转换为此消息段；发送此消息段时被忽略。 NapCat's api/msg.ts turns an online-file element into this segment; sending this segment is ignored.
 * - Lagrange.OneBot: no
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
 * 戳一戳 / Poke (send)
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example [CQ:poke,type=126,id=2003]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `qq`; without `type`, `id`, `name`) — go-cqhttp 的戳一戳消息段与标准不同：只能在群聊中发送，用 `qq` 指定要戳的成员，不读 `type` 与 `id`；发送后无法撤回，返回的 `message_id` 恒为 0。收到的戳一戳作为通知事件上报，不作为消息段。 go-cqhttp's poke segment differs from the standard: it can only be sent, in groups, with `qq` naming the member to poke; `type` and `id` are not read. It cannot be recalled and the `message_id` returned is always 0. Received pokes are reported as notice events, not segments.
 * - NapCat: yes (without `name`) — 只在收到时出现（戳一戳类表情），带 `type` 与 `id`，没有 `name`；发送时被忽略，请用 `group_poke` / `friend_poke` 动作。 Only appears in received messages (poke-like faces), with `type` and `id` but no `name`; it is ignored when sending; use the `group_poke` / `friend_poke` actions.
 * - Lagrange.OneBot: yes (adds or retypes `id`, `strength`; without `name`) — 发送时读 `type` 与可选的 `strength`（力度），不读 `id`；收到时 `id` 恒为 `-1`（无法获取），另带 `strength`。 Sending reads `type` and an optional `strength`, not `id`; received pokes always have `id` `-1` (it cannot be obtained) and carry `strength`.
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
     * 戳一戳的 ID
     *
     * The poke's ID
     */
    id: string;
  };
}

/**
 * 戳一戳 / Poke (receive)
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example [CQ:poke,type=126,id=2003]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `qq`; without `type`, `id`, `name`) — go-cqhttp 的戳一戳消息段与标准不同：只能在群聊中发送，用 `qq` 指定要戳的成员，不读 `type` 与 `id`；发送后无法撤回，返回的 `message_id` 恒为 0。收到的戳一戳作为通知事件上报，不作为消息段。 go-cqhttp's poke segment differs from the standard: it can only be sent, in groups, with `qq` naming the member to poke; `type` and `id` are not read. It cannot be recalled and the `message_id` returned is always 0. Received pokes are reported as notice events, not segments.
 * - NapCat: yes (without `name`) — 只在收到时出现（戳一戳类表情），带 `type` 与 `id`，没有 `name`；发送时被忽略，请用 `group_poke` / `friend_poke` 动作。 Only appears in received messages (poke-like faces), with `type` and `id` but no `name`; it is ignored when sending; use the `group_poke` / `friend_poke` actions.
 * - Lagrange.OneBot: yes (adds or retypes `id`, `strength`; without `name`) — 发送时读 `type` 与可选的 `strength`（力度），不读 `id`；收到时 `id` 恒为 `-1`（无法获取），另带 `strength`。 Sending reads `type` and an optional `strength`, not `id`; received pokes always have `id` `-1` (it cannot be obtained) and carry `strength`.
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
     * 戳一戳的 ID
     *
     * The poke's ID
     */
    id: string;
    /**
     * 戳一戳表情的名称
     *
     * The name of the poke
     */
    name: string;
  };
}

/**
 * 语音 / Voice (send)
 *
 * 一段语音。发送时 `file` 支持的形式与图片相同。
 *
 * A voice message. When sending, `file` takes the same forms as for an image.
 *
 * @example [CQ:record,file=file:///home/bot/voice/hello.amr,magic=1]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (without `magic`, `proxy`, `timeout`) — 不读 `magic`、`proxy` 与 `timeout`；非 AMR/SILK 的音频在发送前转为 SILK。 `magic`, `proxy` and `timeout` are not read; audio that is not AMR or SILK is converted to SILK before sending.
 * - NapCat: yes (adds or retypes `url`, `path`, `name`, `file_size`; without `magic`, `cache`, `proxy`, `timeout`) — 发送时也可以用 `url` 或 `path` 给出语音；收到的语音带 `path`（本地路径）与 `file_size`。不读 `magic`、`cache`、`proxy`、`timeout`。 When sending, the voice may also be given as `url` or `path`; received voices carry `path` (the local path) and `file_size`. `magic`, `cache`, `proxy` and `timeout` are not read.
 * - Lagrange.OneBot: yes (without `magic`, `cache`, `proxy`, `timeout`) — 只读 `file`；发送前把 MP3、WAV、OGG 转为 SILK，AMR 与 SILK 原样发送。 Only `file` is read; MP3, WAV and OGG are converted to SILK before sending, AMR and SILK are sent as they are.
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
     * 是否变声
     *
     * Whether the voice is disguised
     * @defaultValue "0"
     */
    magic?: BoolString;
    /**
     * 是否使用已缓存的文件
     *
     * Whether a cached copy may be used
     * @defaultValue "1"
     */
    cache?: BoolString;
    /**
     * 是否经代理下载
     *
     * Whether to download through the proxy
     * @defaultValue "1"
     */
    proxy?: BoolString;
    /**
     * 下载超时，单位秒；省略为不限时
     *
     * Download timeout in seconds; omitted means no timeout
     */
    timeout?: string;
  };
}

/**
 * 语音 / Voice (receive)
 *
 * 一段语音。发送时 `file` 支持的形式与图片相同。
 *
 * A voice message. When sending, `file` takes the same forms as for an image.
 *
 * @example [CQ:record,file=file:///home/bot/voice/hello.amr,magic=1]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (without `magic`, `proxy`, `timeout`) — 不读 `magic`、`proxy` 与 `timeout`；非 AMR/SILK 的音频在发送前转为 SILK。 `magic`, `proxy` and `timeout` are not read; audio that is not AMR or SILK is converted to SILK before sending.
 * - NapCat: yes (adds or retypes `url`, `path`, `name`, `file_size`; without `magic`, `cache`, `proxy`, `timeout`) — 发送时也可以用 `url` 或 `path` 给出语音；收到的语音带 `path`（本地路径）与 `file_size`。不读 `magic`、`cache`、`proxy`、`timeout`。 When sending, the voice may also be given as `url` or `path`; received voices carry `path` (the local path) and `file_size`. `magic`, `cache`, `proxy` and `timeout` are not read.
 * - Lagrange.OneBot: yes (without `magic`, `cache`, `proxy`, `timeout`) — 只读 `file`；发送前把 MP3、WAV、OGG 转为 SILK，AMR 与 SILK 原样发送。 Only `file` is read; MP3, WAV and OGG are converted to SILK before sending, AMR and SILK are sent as they are.
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
     * 是否变声
     *
     * Whether the voice is disguised
     * @defaultValue "0"
     */
    magic?: BoolString;
    /**
     * 语音的下载 URL
     *
     * Where the voice can be downloaded
     */
    url: string;
  };
}

/**
 * 红包 / Red packet
 *
 * 收到的 QQ 红包，只给出祝福语或口令；无法发送。
 *
 * A QQ red packet that was received; only its greeting or password is given. It cannot be sent.
 *
 * @example [CQ:redbag,title=恭喜发财]
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: yes
 * - NapCat: no
 * - Lagrange.OneBot: no
 */
export interface RedbagSegment {
  type: 'redbag';
  data: {
    /**
     * 祝福语或口令
     *
     * The greeting or password
     */
    title: string;
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `id`, `text`, `qq`, `time`, `seq`, `user_id`) — 除引用已有消息（`id`）外，还可以自定义回复：给出 `text` 与 `qq`（或 `user_id`），可选 `time` 与 `seq`；同时给出 `id` 时以原消息为准。开启 `extra-reply-data` 时，收到的回复也带 `text`、`qq`、`time`、`seq`。 Besides quoting an existing message (`id`), a custom reply can be made from `text` and `qq` (or `user_id`), with optional `time` and `seq`; with `id` as well, the original message wins. With `extra-reply-data` on, received replies carry `text`, `qq`, `time` and `seq` too.
 * - NapCat: yes (adds or retypes `id`, `seq`) — NapCat 的 api/msg.ts 发送时也可以用 `seq`（当前会话中被回复消息的序号）指明消息，给出时优先于 `id`；收到的回复只带 `id`。 When sending, NapCat's api/msg.ts can also name the message by `seq` (its sequence number in the current chat), which wins over `id`; received replies carry only `id`.
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `value`) — 收发都带结果 `value`（0–2）；发送时可以指定结果。 Both ways carry the outcome as `value` (0–2); sending may choose it.
 * - NapCat: yes (adds or retypes `result`) — 收到的猜拳表情带结果 `result`（QQ NT 的 resultId，字符串）。 Received rock-paper-scissors faces carry the outcome as `result` (QQ NT's resultId, a string).
 * - Lagrange.OneBot: yes
 */
export interface RpsSegment {
  type: 'rps';
  data: {};
}

/**
 * 窗口抖动（戳一戳） / Window shake (poke)
 *
 * 窗口抖动，即最基本的戳一戳，相当于默认类型的 `poke` 的简写。只能发送，没有参数。
 *
 * A window shake, the most basic poke: shorthand for a `poke` of the default kind. It can only be sent and has no parameters.
 *
 * @example [CQ:shake]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: no — go-cqhttp 的消息转换不认识这个消息段。 go-cqhttp's converter does not know this segment.
 * - NapCat: no
 * - Lagrange.OneBot: no
 */
export interface ShakeSegment {
  type: 'shake';
  data: {};
}

/**
 * 链接分享 / Link share
 *
 * 一张链接分享卡片。
 *
 * A card that shares a link.
 *
 * @example [CQ:share,url=https://example.com/post?id=1&amp;lang=zh,title=示例文章]
 *
 * Support:
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes — 只能发送；收到的分享卡片作为 `json` 或 `xml` 上报。 Send only; received share cards are reported as `json` or `xml`.
 * - NapCat: no
 * - Lagrange.OneBot: no
 */
export interface ShareSegment {
  type: 'share';
  data: {
    /**
     * 分享的链接
     *
     * The URL shared
     */
    url: string;
    /**
     * 标题
     *
     * Title
     */
    title: string;
    /**
     * 内容描述（发送时可省略）
     *
     * A short description (optional when sending)
     */
    content?: string;
    /**
     * 封面图片 URL（发送时可省略）
     *
     * The URL of a cover image (optional when sending)
     */
    image?: string;
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes
 * - NapCat: yes
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
 * 文本转语音 / Text to speech
 *
 * 用腾讯的 TTS 接口把文字转成语音发送，只能发送，且只在群聊中有效；音色与登录账号的性别有关。
 *
 * Sends text as speech through Tencent's TTS service; send only, and only in groups. The voice depends on the sex of the logged-in account.
 *
 * @example [CQ:tts,text=这是一条测试消息]
 *
 * Support:
 * - OneBot 11 standard: no
 * - go-cqhttp: yes
 * - NapCat: no
 * - Lagrange.OneBot: no
 */
export interface TtsSegment {
  type: 'tts';
  data: {
    /**
     * 要朗读的内容
     *
     * The text to speak
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `cover`, `c`; without `proxy`, `timeout`) — 发送时 `cover` 指定封面（JPG，支持 http、file 与 base64；省略时从视频中截取），`c` 设置网络下载线程数；视频不能超过 100MB，非 MP4 会先转码。不读 `proxy` 与 `timeout`。 When sending, `cover` sets the cover (a JPG, over http, file or base64; taken from the video when omitted) and `c` the download threads; videos may be at most 100 MB, and non-MP4 files are transcoded first. `proxy` and `timeout` are not read.
 * - NapCat: yes (adds or retypes `thumb`, `url`, `path`, `name`, `file_size`; without `cache`, `proxy`, `timeout`) — 发送时 `thumb` 指定封面，也可以用 `url` 或 `path` 给出视频；收到的视频带 `file_size`。不读 `cache`、`proxy`、`timeout`。 When sending, `thumb` sets the cover and the video may also be given as `url` or `path`; received videos carry `file_size`. `cache`, `proxy` and `timeout` are not read.
 * - Lagrange.OneBot: yes (without `cache`, `proxy`, `timeout`) — 只读 `file`。收到的视频被作为 `record` 消息段（只带 `file`）上报：Lagrange.OneBot 的 VideoSegment.cs 的转换返回的是 RecordSegment。 Only `file` is read. Received videos are reported as a `record` segment (with only `file`): the converter in Lagrange.OneBot's VideoSegment.cs returns a RecordSegment.
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
     * 是否使用已缓存的文件
     *
     * Whether a cached copy may be used
     * @defaultValue "1"
     */
    cache?: BoolString;
    /**
     * 是否经代理下载
     *
     * Whether to download through the proxy
     * @defaultValue "1"
     */
    proxy?: BoolString;
    /**
     * 下载超时，单位秒；省略为不限时
     *
     * Download timeout in seconds; omitted means no timeout
     */
    timeout?: string;
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `cover`, `c`; without `proxy`, `timeout`) — 发送时 `cover` 指定封面（JPG，支持 http、file 与 base64；省略时从视频中截取），`c` 设置网络下载线程数；视频不能超过 100MB，非 MP4 会先转码。不读 `proxy` 与 `timeout`。 When sending, `cover` sets the cover (a JPG, over http, file or base64; taken from the video when omitted) and `c` the download threads; videos may be at most 100 MB, and non-MP4 files are transcoded first. `proxy` and `timeout` are not read.
 * - NapCat: yes (adds or retypes `thumb`, `url`, `path`, `name`, `file_size`; without `cache`, `proxy`, `timeout`) — 发送时 `thumb` 指定封面，也可以用 `url` 或 `path` 给出视频；收到的视频带 `file_size`。不读 `cache`、`proxy`、`timeout`。 When sending, `thumb` sets the cover and the video may also be given as `url` or `path`; received videos carry `file_size`. `cache`, `proxy` and `timeout` are not read.
 * - Lagrange.OneBot: yes (without `cache`, `proxy`, `timeout`) — 只读 `file`。收到的视频被作为 `record` 消息段（只带 `file`）上报：Lagrange.OneBot 的 VideoSegment.cs 的转换返回的是 RecordSegment。 Only `file` is read. Received videos are reported as a `record` segment (with only `file`): the converter in Lagrange.OneBot's VideoSegment.cs returns a RecordSegment.
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
 * - OneBot 11 standard: yes
 * - go-cqhttp: yes (adds or retypes `resid`) — 收发都带 `resid`（整数）；XML 中的值需要先做 HTML 实体转义再放进 CQ 码。 Both ways carry `resid` (an integer); values in the XML must be HTML-escaped before going into a CQ code.
 * - NapCat: no — NapCat 既不解析收到的 XML 消息，也不发送 `xml` 消息段（发送时被丢弃）。 NapCat neither parses received XML messages nor sends `xml` segments (they are dropped when sending).
 * - Lagrange.OneBot: yes (adds or retypes `service_id`) — 另有 `service_id`（默认 35），收发都带。 It also has `service_id` (35 by default), both ways.
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
  };
}

/** A segment that can be sent, discriminated by `type`. */
export type SendSegment =
  | AnonymousSegment
  | AtSegment
  | BouncefaceSegment
  | CardimageSegment
  | ContactSegment
  | DiceSegment
  | FaceSegment
  | FileSendSegment
  | GiftSegment
  | GreytipSegment
  | ImageSendSegment
  | JsonSegment
  | KeyboardSegment
  | LocationSegment
  | LongmsgSegment
  | MarkdownSegment
  | MarketfaceSegment
  | MfaceSegment
  | MusicSegment
  | NodeSendSegment
  | PokeSendSegment
  | RecordSendSegment
  | ReplySegment
  | RpsSegment
  | ShakeSegment
  | ShareSegment
  | TextSegment
  | TtsSegment
  | VideoSendSegment
  | XmlSegment;

/** A segment that can be received, discriminated by `type`. */
export type ReceiveSegment =
  | AtSegment
  | ContactSegment
  | DiceSegment
  | FaceSegment
  | FileReceiveSegment
  | FlashtransferSegment
  | ForwardSegment
  | ImageReceiveSegment
  | JsonSegment
  | LocationSegment
  | MarkdownSegment
  | MarketfaceSegment
  | NodeReceiveSegment
  | OnlinefileSegment
  | PokeReceiveSegment
  | RecordReceiveSegment
  | RedbagSegment
  | ReplySegment
  | RpsSegment
  | ShareSegment
  | TextSegment
  | VideoReceiveSegment
  | XmlSegment;

/** Every segment type the spec knows. */
export type SegmentType =
  | 'anonymous'
  | 'at'
  | 'bounceface'
  | 'cardimage'
  | 'contact'
  | 'dice'
  | 'face'
  | 'file'
  | 'flashtransfer'
  | 'forward'
  | 'gift'
  | 'greytip'
  | 'image'
  | 'json'
  | 'keyboard'
  | 'location'
  | 'longmsg'
  | 'markdown'
  | 'marketface'
  | 'mface'
  | 'music'
  | 'node'
  | 'onlinefile'
  | 'poke'
  | 'record'
  | 'redbag'
  | 'reply'
  | 'rps'
  | 'shake'
  | 'share'
  | 'text'
  | 'tts'
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
