/**
 * Generated from the OneBot 11 spec (spec/, narrowed to onebot11) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
 * Do not edit by hand: change the spec and generate again.
 */

import type { BoolString, Message } from './types.js';

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
 * - OneBot 11 standard: yes
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
 * @example [CQ:poke,type=126,id=2003]
 *
 * Support:
 * - OneBot 11 standard: yes
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
 * - OneBot 11 standard: yes
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
  | ContactSegment
  | DiceSegment
  | FaceSegment
  | ImageSendSegment
  | JsonSegment
  | LocationSegment
  | MusicSegment
  | NodeSendSegment
  | PokeSendSegment
  | RecordSendSegment
  | ReplySegment
  | RpsSegment
  | ShakeSegment
  | ShareSegment
  | TextSegment
  | VideoSendSegment
  | XmlSegment;

/** A segment that can be received, discriminated by `type`. */
export type ReceiveSegment =
  | AtSegment
  | ContactSegment
  | DiceSegment
  | FaceSegment
  | ForwardSegment
  | ImageReceiveSegment
  | JsonSegment
  | LocationSegment
  | NodeReceiveSegment
  | PokeReceiveSegment
  | RecordReceiveSegment
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
  | 'contact'
  | 'dice'
  | 'face'
  | 'forward'
  | 'image'
  | 'json'
  | 'location'
  | 'music'
  | 'node'
  | 'poke'
  | 'record'
  | 'reply'
  | 'rps'
  | 'shake'
  | 'share'
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
