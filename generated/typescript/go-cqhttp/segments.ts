/**
 * Generated from the OneBot 11 spec (spec/, narrowed to go-cqhttp) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * Do not edit by hand: change the spec and generate again.
 */

import type {
  BoolString,
  DownloadThreads,
  ImageShowEffect,
  Message,
  MusicShareSubtype,
} from './types.js';

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
 * - go-cqhttp: yes — 发送时 `name` 设置 @ 不到成员时显示的名字；没有 `qq` 时读 `target`（coolq/cqcode.go）。 When sending, `name` sets the name shown if the member cannot be mentioned; `target` is read when `qq` is absent (coolq/cqcode.go).
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
    /**
     * 显示的名字
     *
     * The name shown
     */
    name?: string;
    /**
     * 同 `qq`，在没有 `qq` 时读取
     *
     * The same as `qq`, read when `qq` is absent
     */
    target?: string;
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
 * - go-cqhttp: yes — 发送时 `name` 设置 @ 不到成员时显示的名字；没有 `qq` 时读 `target`（coolq/cqcode.go）。 When sending, `name` sets the name shown if the member cannot be mentioned; `target` is read when `qq` is absent (coolq/cqcode.go).
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
 * - go-cqhttp: yes
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
 * 掷骰子魔法表情 / Dice
 *
 * 掷骰子魔法表情，点数由 QQ 随机决定。没有参数。
 *
 * The dice magic face; QQ picks the number. It has no parameters.
 *
 * @example [CQ:dice]
 *
 * Support:
 * - go-cqhttp: yes — 收发都带点数 `value`（发送时 0–6）；发送时可以指定点数。 Both ways carry the number as `value` (0–6 when sending); sending may choose it.
 */
export interface DiceSegment {
  type: 'dice';
  data: {
    /**
     * 骰子点数
     *
     * The number rolled
     */
    value?: string;
  };
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
 * - go-cqhttp: yes — `type` 为 `sticker` 时是动画表情（收发都有）。 `type` `sticker` marks an animated sticker face (both ways).
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
    /**
     * 动画表情
     *
     * Animated sticker
     */
    type?: 'sticker';
  };
}

/**
 * 文件 / File
 *
 * 一个文件。发送时 `file` 的形式与图片相同（也可用 `url` 或 `path` 代替），`name` 设置显示的文件名；收到的文件带文件 ID 与大小，开启数据包功能时还带下载链接。
 *
 * A file. When sending, `file` takes the same forms as for an image (`url` or `path` may replace it) and `name` sets the file name shown; received files carry the file ID and size, and a download URL when packet support is on.
 *
 * @example [CQ:file,path=/6e5b8f0c-3d0a-4c7e-9b7a-2f1e0d9c8b7a,name=月报.pdf,size=52480,busid=102]
 *
 * Support:
 * - go-cqhttp: yes — go-cqhttp 的 `file` 消息段表示群文件（文档未列出，见其源码）：`path`、`name`、`size` 与 `busid`，收发相同；发送时按这些字段转发已有的群文件。 go-cqhttp's `file` segment stands for a group file (not in its docs; see its source): `path`, `name`, `size` and `busid`, the same both ways; sending forwards an existing group file by them.
 */
export interface FileSegment {
  type: 'file';
  data: {
    /**
     * 文件名
     *
     * File name
     */
    name: string;
    /**
     * 群文件路径（ID）
     *
     * The group file's path (ID)
     */
    path: string;
    /**
     * 文件大小（字节）
     *
     * Size in bytes
     */
    size: string;
    /**
     * 文件的 busid
     *
     * The file's busid
     */
    busid: string;
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
 * - go-cqhttp: yes — 也能发送：按 `id` 下载并重新发出一条合并转发。 It can be sent too; go-cqhttp downloads the forward by `id` and sends it again.
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
 * @example [CQ:image,file=https://example.com/cat.jpg,cache=0]
 *
 * Support:
 * - go-cqhttp: yes — `type` 还可以是 `show`（秀图），此时 `id` 选择秀图特效（默认 40000，超出 40000–40005 时按 40000）；`c` 设置网络下载线程数；群图片另有 `subType`（图片业务类型，收发都有）。找不到 `file` 时退回使用 `url`。收到的秀图也带 `type` 与 `id`。go-cqhttp 不读 `proxy` 与 `timeout`；图片不能超过 30MB，GIF 不能超过 300 帧。 `type` may also be `show` (a show image), where `id` picks the effect (40000 by default, and 40000 when outside 40000–40005); `c` sets the download threads; group images also have `subType` (the image's business type, both ways). When `file` cannot be found, `url` is used. Received show images carry `type` and `id` too. go-cqhttp reads neither `proxy` nor `timeout`; images may be at most 30 MB, GIFs at most 300 frames.
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
     * 图片类型：`flash` 闪照，`show` 秀图；省略为普通图片
     *
     * `flash` for a flash image, `show` for a show image; omitted for a normal one
     */
    type?: 'flash' | 'show';
    /**
     * 是否使用已缓存的文件
     *
     * Whether a cached copy may be used
     * @defaultValue "1"
     */
    cache?: BoolString;
    /**
     * 秀图特效，仅 `type` 为 `show` 时有效（发送时默认 40000）
     *
     * The show effect; only with `type` `show` (40000 by default when sending)
     */
    id?: ImageShowEffect;
    /**
     * 网络下载线程数
     *
     * Download threads
     */
    c?: DownloadThreads;
    /**
     * 群图片的业务类型（如 1 为表情包）
     *
     * A group image's business type (such as 1 for a sticker)
     */
    subType?: string;
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
 * - go-cqhttp: yes — `type` 还可以是 `show`（秀图），此时 `id` 选择秀图特效（默认 40000，超出 40000–40005 时按 40000）；`c` 设置网络下载线程数；群图片另有 `subType`（图片业务类型，收发都有）。找不到 `file` 时退回使用 `url`。收到的秀图也带 `type` 与 `id`。go-cqhttp 不读 `proxy` 与 `timeout`；图片不能超过 30MB，GIF 不能超过 300 帧。 `type` may also be `show` (a show image), where `id` picks the effect (40000 by default, and 40000 when outside 40000–40005); `c` sets the download threads; group images also have `subType` (the image's business type, both ways). When `file` cannot be found, `url` is used. Received show images carry `type` and `id` too. go-cqhttp reads neither `proxy` nor `timeout`; images may be at most 30 MB, GIFs at most 300 frames.
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
     * 图片类型：`flash` 闪照，`show` 秀图；省略为普通图片
     *
     * `flash` for a flash image, `show` for a show image; omitted for a normal one
     */
    type?: 'flash' | 'show';
    /**
     * 图片的下载 URL
     *
     * Where the image can be downloaded
     */
    url: string;
    /**
     * 秀图特效，仅 `type` 为 `show` 时有效（发送时默认 40000）
     *
     * The show effect; only with `type` `show` (40000 by default when sending)
     */
    id?: ImageShowEffect;
    /**
     * 群图片的业务类型（如 1 为表情包）
     *
     * A group image's business type (such as 1 for a sticker)
     */
    subType?: string;
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
 * - go-cqhttp: yes — `resid` 为 0（默认）时走小程序通道发送，非 0 时走富文本通道；收到的 JSON 消息也带 `resid`。 `resid` 0 (the default) sends through the mini-app channel, any other value through the rich-text channel; received JSON messages carry `resid` too.
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
    /**
     * 发送通道
     *
     * Which channel to send through
     * @defaultValue "0"
     */
    resid?: string;
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
 * - go-cqhttp: yes — 平台分享只支持 `qq` 与 `163`（`qq` 时 `content` 可覆盖歌手名）。自定义分享可用 `subtype` 选择卡片样式（`qq`、`163`、`migu`、`kugou`、`kuwo`）， 不填时发送为 XML 卡片。go-cqhttp 的文档写的是 `audio`，但其源码读取的音频 URL 参数是 `voice`，`audio` 不起作用。 Platform shares only support `qq` and `163` (with `qq`, `content` overrides the singer). A custom share may pick the card style with `subtype` (`qq`, `163`, `migu`, `kugou`, `kuwo`); without it the card is sent as XML. go-cqhttp's docs say `audio`, but its source reads the audio URL from `voice`; `audio` has no effect.
 */
export interface MusicSegment {
  type: 'music';
  data: {
    /**
     * 音乐平台或 custom（coolq/cqcode.go 不处理 `xm`）
     *
     * The platform, or custom (coolq/cqcode.go does not handle `xm`)
     */
    type: 'qq' | '163' | 'custom';
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
     * 自定义分享的卡片样式
     *
     * The card style of a custom share
     */
    subtype?: MusicShareSubtype;
    /**
     * 音频 URL（自定义分享）
     *
     * The audio URL (custom share)
     */
    voice?: string;
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
 * - go-cqhttp: yes — 只能通过 `send_group_forward_msg` 等合并转发动作发送（coolq/api.go）。自定义节点先读 `user_id`、没有时读 `uin`（数字或数字字符串）， 先读 `name`、没有时读 `nickname`（须为 JSON 字符串）；`time` 可伪造发送时间；不读 `seq`。`content` 为节点数组时构成嵌套转发。 引用节点与自定义节点可以混用，查看顺序为消息段顺序。 Only sent through the forward actions such as `send_group_forward_msg` (coolq/api.go). A custom node reads `user_id`, or `uin` when it is absent (a number or a numeric string), and `name`, or `nickname` when it is absent (these must be JSON strings); `time` fakes the time; `seq` is not read. A `content` made of nodes makes a nested forward. Reference and custom nodes may be mixed; they show in segment order.
 */
export interface NodeSendSegment {
  type: 'node';
  data: {
    /**
     * 要转发的消息 ID（引用节点）；数字或数字字符串
     *
     * The ID of the message to forward (reference form); a number or a numeric string
     */
    id?: number | string;
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
     * 发送者显示名（自定义节点），先于 `nickname` 读取
     *
     * Sender's display name (custom form), read before `nickname`
     */
    name?: string;
    /**
     * 发送者 QQ 号（自定义节点），在没有 `user_id` 时读取
     *
     * Sender's QQ number (custom form), read when `user_id` is absent
     */
    uin?: number | string;
    /**
     * 伪造的发送时间（Unix 秒）
     *
     * A faked time (Unix seconds)
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
 * - go-cqhttp: yes — 只能通过 `send_group_forward_msg` 等合并转发动作发送（coolq/api.go）。自定义节点先读 `user_id`、没有时读 `uin`（数字或数字字符串）， 先读 `name`、没有时读 `nickname`（须为 JSON 字符串）；`time` 可伪造发送时间；不读 `seq`。`content` 为节点数组时构成嵌套转发。 引用节点与自定义节点可以混用，查看顺序为消息段顺序。 Only sent through the forward actions such as `send_group_forward_msg` (coolq/api.go). A custom node reads `user_id`, or `uin` when it is absent (a number or a numeric string), and `name`, or `nickname` when it is absent (these must be JSON strings); `time` fakes the time; `seq` is not read. A `content` made of nodes makes a nested forward. Reference and custom nodes may be mixed; they show in segment order.
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
    /**
     * 发送者显示名（自定义节点），先于 `nickname` 读取
     *
     * Sender's display name (custom form), read before `nickname`
     */
    name?: string;
    /**
     * 发送者 QQ 号（自定义节点），在没有 `user_id` 时读取
     *
     * Sender's QQ number (custom form), read when `user_id` is absent
     */
    uin?: number | string;
  };
}

/**
 * 戳一戳 / Poke (send)
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example [CQ:poke,qq=10001000]
 *
 * Support:
 * - go-cqhttp: yes — go-cqhttp 的戳一戳消息段与标准不同：只能在群聊中发送，用 `qq` 指定要戳的成员，不读 `type` 与 `id`；发送后无法撤回，返回的 `message_id` 恒为 0。收到的戳一戳作为通知事件上报，不作为消息段。 go-cqhttp's poke segment differs from the standard: it can only be sent, in groups, with `qq` naming the member to poke; `type` and `id` are not read. It cannot be recalled and the `message_id` returned is always 0. Received pokes are reported as notice events, not segments.
 */
export interface PokeSendSegment {
  type: 'poke';
  data: {
    /**
     * 要戳的成员 QQ 号
     *
     * The QQ number of the member to poke
     */
    qq: string;
  };
}

/**
 * 戳一戳 / Poke (receive)
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * Support:
 * - go-cqhttp: yes — go-cqhttp 的戳一戳消息段与标准不同：只能在群聊中发送，用 `qq` 指定要戳的成员，不读 `type` 与 `id`；发送后无法撤回，返回的 `message_id` 恒为 0。收到的戳一戳作为通知事件上报，不作为消息段。 go-cqhttp's poke segment differs from the standard: it can only be sent, in groups, with `qq` naming the member to poke; `type` and `id` are not read. It cannot be recalled and the `message_id` returned is always 0. Received pokes are reported as notice events, not segments.
 */
export interface PokeReceiveSegment {
  type: 'poke';
  data: {};
}

/**
 * 语音 / Voice (send)
 *
 * 一段语音。发送时 `file` 支持的形式与图片相同。
 *
 * A voice message. When sending, `file` takes the same forms as for an image.
 *
 * Support:
 * - go-cqhttp: yes — 不读 `magic`、`proxy` 与 `timeout`；非 AMR/SILK 的音频在发送前转为 SILK。 `magic`, `proxy` and `timeout` are not read; audio that is not AMR or SILK is converted to SILK before sending.
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
     * 是否使用已缓存的文件
     *
     * Whether a cached copy may be used
     * @defaultValue "1"
     */
    cache?: BoolString;
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
 * - go-cqhttp: yes — 不读 `magic`、`proxy` 与 `timeout`；非 AMR/SILK 的音频在发送前转为 SILK。 `magic`, `proxy` and `timeout` are not read; audio that is not AMR or SILK is converted to SILK before sending.
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
 * 红包 / Red packet
 *
 * 收到的 QQ 红包，只给出祝福语或口令；无法发送。
 *
 * A QQ red packet that was received; only its greeting or password is given. It cannot be sent.
 *
 * @example [CQ:redbag,title=恭喜发财]
 *
 * Support:
 * - go-cqhttp: yes
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
 * 回复 / Reply (send)
 *
 * 引用一条消息作为回复，通常放在消息开头。
 *
 * Quotes a message as the one being replied to; it usually opens the message.
 *
 * @example [CQ:reply,id=123456]
 *
 * Support:
 * - go-cqhttp: yes — 除引用已有消息（`id`）外，还可以自定义回复：给出 `text` 与 `qq`（或 `user_id`），可选 `time` 与 `seq`；同时给出 `id` 时以原消息为准。开启 `extra-reply-data` 时，收到的回复也带 `text`、`qq`、`time`、`seq`。 Besides quoting an existing message (`id`), a custom reply can be made from `text` and `qq` (or `user_id`), with optional `time` and `seq`; with `id` as well, the original message wins. With `extra-reply-data` on, received replies carry `text`, `qq`, `time` and `seq` too.
 */
export interface ReplySendSegment {
  type: 'reply';
  data: {
    /**
     * 被回复消息的 ID；或使用自定义回复
     *
     * The message replied to; or use the custom fields
     */
    id?: string;
    /**
     * 自定义回复的内容
     *
     * The text of a custom reply
     */
    text?: string;
    /**
     * 自定义回复的发送者 QQ 号（自定义回复时必填）
     *
     * The sender's QQ number in a custom reply (required there)
     */
    qq?: string;
    /**
     * 自定义回复的时间（Unix 秒）
     *
     * The time of a custom reply (Unix seconds)
     */
    time?: string;
    /**
     * 起始消息序号，可通过 get_msg 获得
     *
     * The message sequence number, from get_msg
     */
    seq?: string;
    /**
     * 自定义回复的发送者 QQ 号，先于 `qq` 读取
     *
     * The sender's QQ number in a custom reply, read before `qq`
     */
    user_id?: string;
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
 * - go-cqhttp: yes — 除引用已有消息（`id`）外，还可以自定义回复：给出 `text` 与 `qq`（或 `user_id`），可选 `time` 与 `seq`；同时给出 `id` 时以原消息为准。开启 `extra-reply-data` 时，收到的回复也带 `text`、`qq`、`time`、`seq`。 Besides quoting an existing message (`id`), a custom reply can be made from `text` and `qq` (or `user_id`), with optional `time` and `seq`; with `id` as well, the original message wins. With `extra-reply-data` on, received replies carry `text`, `qq`, `time` and `seq` too.
 */
export interface ReplyReceiveSegment {
  type: 'reply';
  data: {
    /**
     * 被回复消息的 ID；或使用自定义回复
     *
     * The message replied to; or use the custom fields
     */
    id?: string;
    /**
     * 自定义回复的内容
     *
     * The text of a custom reply
     */
    text?: string;
    /**
     * 自定义回复的发送者 QQ 号（自定义回复时必填）
     *
     * The sender's QQ number in a custom reply (required there)
     */
    qq?: string;
    /**
     * 自定义回复的时间（Unix 秒）
     *
     * The time of a custom reply (Unix seconds)
     */
    time?: string;
    /**
     * 起始消息序号，可通过 get_msg 获得
     *
     * The message sequence number, from get_msg
     */
    seq?: string;
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
 * - go-cqhttp: yes — 收发都带结果 `value`（0–2）；发送时可以指定结果。 Both ways carry the outcome as `value` (0–2); sending may choose it.
 */
export interface RpsSegment {
  type: 'rps';
  data: {
    /**
     * 猜拳结果（0–2）
     *
     * The outcome (0–2)
     */
    value?: string;
  };
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
 * - go-cqhttp: yes — 只能发送；收到的分享卡片作为 `json` 或 `xml` 上报。 Send only; received share cards are reported as `json` or `xml`.
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
 * - go-cqhttp: yes
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
 * - go-cqhttp: yes
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
 * - go-cqhttp: yes — 发送时 `cover` 指定封面（JPG，支持 http、file 与 base64；省略时从视频中截取），`c` 设置网络下载线程数；视频不能超过 100MB，非 MP4 会先转码。不读 `proxy` 与 `timeout`。 When sending, `cover` sets the cover (a JPG, over http, file or base64; taken from the video when omitted) and `c` the download threads; videos may be at most 100 MB, and non-MP4 files are transcoded first. `proxy` and `timeout` are not read.
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
     * 视频封面
     *
     * Cover image
     */
    cover?: string;
    /**
     * 网络下载线程数
     *
     * Download threads
     */
    c?: DownloadThreads;
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
 * - go-cqhttp: yes — 发送时 `cover` 指定封面（JPG，支持 http、file 与 base64；省略时从视频中截取），`c` 设置网络下载线程数；视频不能超过 100MB，非 MP4 会先转码。不读 `proxy` 与 `timeout`。 When sending, `cover` sets the cover (a JPG, over http, file or base64; taken from the video when omitted) and `c` the download threads; videos may be at most 100 MB, and non-MP4 files are transcoded first. `proxy` and `timeout` are not read.
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
 * - go-cqhttp: yes — 收发都带 `resid`（整数）；XML 中的值需要先做 HTML 实体转义再放进 CQ 码。 Both ways carry `resid` (an integer); values in the XML must be HTML-escaped before going into a CQ code.
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
     * XML 消息的 resid
     *
     * The XML message's resid
     */
    resid?: string;
  };
}

/** A segment that can be sent, discriminated by `type`. */
export type SendSegment =
  | AtSendSegment
  | CardimageSegment
  | DiceSegment
  | FaceSegment
  | FileSegment
  | ImageSendSegment
  | JsonSegment
  | MusicSegment
  | NodeSendSegment
  | PokeSendSegment
  | RecordSendSegment
  | ReplySendSegment
  | RpsSegment
  | ShareSegment
  | TextSegment
  | TtsSegment
  | VideoSendSegment
  | XmlSegment;

/** A segment that can be received, discriminated by `type`. */
export type ReceiveSegment =
  | AtReceiveSegment
  | DiceSegment
  | FaceSegment
  | FileSegment
  | ForwardSegment
  | ImageReceiveSegment
  | JsonSegment
  | NodeReceiveSegment
  | PokeReceiveSegment
  | RecordReceiveSegment
  | RedbagSegment
  | ReplyReceiveSegment
  | RpsSegment
  | ShareSegment
  | TextSegment
  | VideoReceiveSegment
  | XmlSegment;

/** Every segment type the spec knows. */
export type SegmentType =
  | 'at'
  | 'cardimage'
  | 'dice'
  | 'face'
  | 'file'
  | 'forward'
  | 'image'
  | 'json'
  | 'music'
  | 'node'
  | 'poke'
  | 'record'
  | 'redbag'
  | 'reply'
  | 'rps'
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
