/**
 * Generated from the OneBot 11 spec (spec/, narrowed to onebot11) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - onebot11: botuniverse/onebot-11@d4456ee706f9ada9c2dfde56a2bcfc69752600e4 (2022-08-12)
 * Do not edit by hand: change the spec and generate again.
 */

import type {
  AnonymousSegment,
  AtSegment,
  ContactSegment,
  DiceSegment,
  FaceSegment,
  ImageSendSegment,
  JsonSegment,
  LocationSegment,
  MusicSegment,
  NodeSendSegment,
  PokeSendSegment,
  RecordSendSegment,
  ReplySegment,
  RpsSegment,
  ShakeSegment,
  ShareSegment,
  TextSegment,
  VideoSendSegment,
  XmlSegment,
} from './segments.js';
import type { BoolString, Message } from './types.js';

/** A segment of `type` with `data`, its id fields (`ids`) sent as strings and unset fields left out. */
function build<S extends { type: string; data: object }>(
  type: S['type'],
  data: object,
  ids: readonly string[],
): S {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    out[key] = ids.includes(key) && typeof value === 'number' ? String(value) : value;
  }
  // The input type is the send shape with ids widened, so the result is that shape.
  return { type, data: out } as unknown as S;
}

/** The data of {@link AnonymousSegment} as `seg.anonymous` takes it. */
export interface AnonymousSegmentInput {
  /**
   * 无法匿名时是否仍以非匿名方式发送
   *
   * Whether to send the message anyway, not anonymously, when anonymity is unavailable
   */
  ignore?: BoolString;
}

/**
 * Builds a segment of type `anonymous` (匿名发消息 / Send anonymously).
 *
 * 放在群消息中，使这条消息匿名发送。只能发送；收到的消息是否匿名，要看群消息事件的 `anonymous` 字段。
 *
 * Put into a group message to send it anonymously. It can only be sent; whether a received message is anonymous is told by the group message event's `anonymous` field.
 *
 * @example
 * seg.anonymous() // [CQ:anonymous]
 */
function anonymous(data?: AnonymousSegmentInput): AnonymousSegment {
  return build('anonymous', data ?? {}, []);
}

/** The data of {@link AtSegment} as `seg.at` takes it. */
export interface AtSegmentInput {
  /**
   * 被 @ 者的 QQ 号；`all` 表示全体成员
   *
   * The QQ number of the member mentioned; `all` mentions everyone
   */
  qq: number | string;
}

/**
 * Builds a segment of type `at` (\@某人 / Mention).
 *
 * 在群聊中 @ 一名成员或全体成员。
 *
 * Mentions one member of a group, or everyone.
 *
 * @example
 * seg.at(10001000) // [CQ:at,qq=10001000]
 *
 * @param qq - `qq`, or the whole data
 */
function at(qq: AtSegmentInput['qq'] | AtSegmentInput): AtSegment {
  return build('at', typeof qq === 'object' ? qq : { qq }, ['qq']);
}

/** The data of {@link ContactSegment} as `seg.contact` takes it. */
export interface ContactSegmentInput {
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
  id: number | string;
}

/**
 * Builds a segment of type `contact` (推荐好友或群 / Contact card).
 *
 * 推荐一位 QQ 用户（`type` 为 `qq`）或一个群（`type` 为 `group`）的名片。
 *
 * Recommends a QQ user (`type` `qq`) or a group (`type` `group`).
 *
 * @example
 * seg.contact({ type: 'qq', id: 10001000 }) // [CQ:contact,type=qq,id=10001000]
 */
function contact(data: ContactSegmentInput): ContactSegment {
  return build('contact', data, ['id']);
}

/**
 * Builds a segment of type `dice` (掷骰子魔法表情 / Dice).
 *
 * 掷骰子魔法表情，点数由 QQ 随机决定。没有参数。
 *
 * The dice magic face; QQ picks the number. It has no parameters.
 *
 * @example
 * seg.dice() // [CQ:dice]
 */
function dice(): DiceSegment {
  return build('dice', {}, []);
}

/** The data of {@link FaceSegment} as `seg.face` takes it. */
export interface FaceSegmentInput {
  /**
   * 表情 ID，见 [QQ 表情 ID 表](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
   *
   * The face ID; see the [QQ face ID table](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
   */
  id: number | string;
}

/**
 * Builds a segment of type `face` (QQ 表情 / QQ face).
 *
 * QQ 内置的小表情。
 *
 * One of QQ's built-in face emoticons.
 *
 * @example
 * seg.face(178) // [CQ:face,id=178]
 *
 * @param id - `id`, or the whole data
 */
function face(id: FaceSegmentInput['id'] | FaceSegmentInput): FaceSegment {
  return build('face', typeof id === 'object' ? id : { id }, ['id']);
}

/** The data of {@link ImageSendSegment} as `seg.image` takes it. */
export interface ImageSegmentInput {
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
}

/**
 * Builds a segment of type `image` (图片 / Image).
 *
 * 一张图片。发送时 `file` 可以是收到的图片文件名、`file:///` 开头的绝对路径 URI、网络 URL，或 `base64://` 开头的 Base64 数据；`cache`、`proxy`、`timeout` 只对网络 URL 起作用。
 *
 * A picture. When sending, `file` may be the file name of a received image, an absolute path as a `file:///` URI, a network URL or `base64://` data; `cache`, `proxy` and `timeout` only matter for network URLs.
 *
 * @example
 * seg.image({ file: 'https://example.com/cat.jpg', cache: '0' }) // [CQ:image,file=https://example.com/cat.jpg,cache=0]
 *
 * @param file - `file`, or the whole data
 * @param rest - the other fields, when `file` is given alone
 */
function image(
  file: ImageSegmentInput['file'] | ImageSegmentInput,
  rest?: Omit<ImageSegmentInput, 'file'>,
): ImageSendSegment {
  return build('image', typeof file === 'object' ? file : { ...rest, file }, []);
}

/** The data of {@link JsonSegment} as `seg.json` takes it. */
export interface JsonSegmentInput {
  /**
   * JSON 内容（字符串）
   *
   * The JSON, as a string
   */
  data: string;
}

/**
 * Builds a segment of type `json` (JSON 消息 / JSON message).
 *
 * 一条 JSON 卡片（小程序）消息。写成 CQ 码时，JSON 中的逗号与方括号都要转义。
 *
 * A JSON card (mini-app) message. In a CQ code the JSON's commas and brackets must be escaped.
 *
 * @example
 * seg.json('{"app":"com.tencent.miniapp","prompt":"[应用]"}') // [CQ:json,data={"app":"com.tencent.miniapp"&#44;"prompt":"&#91;应用&#93;"}]
 *
 * @param data - `data`, or the whole data
 */
function json(data: JsonSegmentInput['data'] | JsonSegmentInput): JsonSegment {
  return build('json', typeof data === 'object' ? data : { data }, []);
}

/** The data of {@link LocationSegment} as `seg.location` takes it. */
export interface LocationSegmentInput {
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
}

/**
 * Builds a segment of type `location` (位置 / Location).
 *
 * 一个地理位置。
 *
 * A place on the map.
 *
 * @example
 * seg.location({ lat: '39.9087', lon: '116.3975', title: '天安门' }) // [CQ:location,lat=39.9087,lon=116.3975,title=天安门]
 */
function location(data: LocationSegmentInput): LocationSegment {
  return build('location', data, []);
}

/** The data of {@link MusicSegment} as `seg.music` takes it. */
export interface MusicSegmentInput {
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
  id?: number | string;
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
}

/**
 * Builds a segment of type `music` (音乐分享 / Music share).
 *
 * 音乐分享卡片，只能发送，有两种形式：`type` 为 `qq`、`163` 或 `xm` 时按平台歌曲 ID 分享，需给出 `id`；`type` 为 `custom` 时是自定义分享，需给出 `url`、`audio` 和 `title`，`content` 与 `image` 可选。
 *
 * A music card, send only, in two forms. With `type` `qq`, `163` or `xm` it shares a song on that platform by `id`. With `type` `custom` it is a custom share: `url`, `audio` and `title` are required, `content` and `image` optional.
 *
 * @example
 * seg.music({ type: '163', id: 28949129 }) // [CQ:music,type=163,id=28949129]
 *
 * @param type - `type`, or the whole data
 * @param rest - the other fields, when `type` is given alone
 */
function music(
  type: MusicSegmentInput['type'] | MusicSegmentInput,
  rest?: Omit<MusicSegmentInput, 'type'>,
): MusicSegment {
  return build('music', typeof type === 'object' ? type : { ...rest, type }, ['id']);
}

/** The data of {@link NodeSendSegment} as `seg.node` takes it. */
export interface NodeSegmentInput {
  /**
   * 要转发的消息 ID（引用节点，且为必填）
   *
   * The ID of the message to forward (reference form, where it is required)
   */
  id?: number | string;
  /**
   * 发送者 QQ 号（自定义节点，且为必填）
   *
   * The sender's QQ number (custom form, where it is required)
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
}

/**
 * Builds a segment of type `node` (合并转发节点 / Forward node).
 *
 * 合并转发中的一个节点，有两种形式：只给 `id` 时转发一条已有消息（只能发送）；给出 `user_id`、`nickname` 与 `content` 时是自定义节点，其 `content` 可以是字符串或消息段数组，是唯一不必是字符串的 `data` 值。收到的自定义节点不会直接出现在消息事件中，只在 `get_forward_msg` 的结果里。
 *
 * One node of a forward, in two forms. With only `id` it forwards an existing message (send only). With `user_id`, `nickname` and `content` it is a custom node whose `content` may be a string or an array of segments, the one `data` value that need not be a string. Received custom nodes never appear in message events, only in the result of `get_forward_msg`.
 *
 * @example
 * seg.node(123456) // [CQ:node,id=123456]
 *
 * @param id - `id`, or the whole data
 * @param rest - the other fields, when `id` is given alone
 */
function node(
  id?: NodeSegmentInput['id'] | NodeSegmentInput,
  rest?: Omit<NodeSegmentInput, 'id'>,
): NodeSendSegment {
  return build('node', typeof id === 'object' ? id : { ...rest, id }, ['id', 'user_id']);
}

/** The data of {@link PokeSendSegment} as `seg.poke` takes it. */
export interface PokeSegmentInput {
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
  id: number | string;
}

/**
 * Builds a segment of type `poke` (戳一戳 / Poke).
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example
 * seg.poke({ type: '126', id: 2003 }) // [CQ:poke,type=126,id=2003]
 */
function poke(data: PokeSegmentInput): PokeSendSegment {
  return build('poke', data, ['id']);
}

/** The data of {@link RecordSendSegment} as `seg.record` takes it. */
export interface RecordSegmentInput {
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
}

/**
 * Builds a segment of type `record` (语音 / Voice).
 *
 * 一段语音。发送时 `file` 支持的形式与图片相同。
 *
 * A voice message. When sending, `file` takes the same forms as for an image.
 *
 * @example
 * seg.record({ file: 'file:///home/bot/voice/hello.amr', magic: '1' }) // [CQ:record,file=file:///home/bot/voice/hello.amr,magic=1]
 *
 * @param file - `file`, or the whole data
 * @param rest - the other fields, when `file` is given alone
 */
function record(
  file: RecordSegmentInput['file'] | RecordSegmentInput,
  rest?: Omit<RecordSegmentInput, 'file'>,
): RecordSendSegment {
  return build('record', typeof file === 'object' ? file : { ...rest, file }, []);
}

/** The data of {@link ReplySegment} as `seg.reply` takes it. */
export interface ReplySegmentInput {
  /**
   * 被回复消息的消息 ID
   *
   * The message ID of the message replied to
   */
  id: number | string;
}

/**
 * Builds a segment of type `reply` (回复 / Reply).
 *
 * 引用一条消息作为回复，通常放在消息开头。
 *
 * Quotes a message as the one being replied to; it usually opens the message.
 *
 * @example
 * seg.reply(123456) // [CQ:reply,id=123456]
 *
 * @param id - `id`, or the whole data
 */
function reply(id: ReplySegmentInput['id'] | ReplySegmentInput): ReplySegment {
  return build('reply', typeof id === 'object' ? id : { id }, ['id']);
}

/**
 * Builds a segment of type `rps` (猜拳魔法表情 / Rock-paper-scissors).
 *
 * 猜拳魔法表情，结果由 QQ 随机决定。没有参数。
 *
 * The rock-paper-scissors magic face; QQ picks the outcome. It has no parameters.
 *
 * @example
 * seg.rps() // [CQ:rps]
 */
function rps(): RpsSegment {
  return build('rps', {}, []);
}

/**
 * Builds a segment of type `shake` (窗口抖动（戳一戳） / Window shake (poke)).
 *
 * 窗口抖动，即最基本的戳一戳，相当于默认类型的 `poke` 的简写。只能发送，没有参数。
 *
 * A window shake, the most basic poke: shorthand for a `poke` of the default kind. It can only be sent and has no parameters.
 *
 * @example
 * seg.shake() // [CQ:shake]
 */
function shake(): ShakeSegment {
  return build('shake', {}, []);
}

/** The data of {@link ShareSegment} as `seg.share` takes it. */
export interface ShareSegmentInput {
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
}

/**
 * Builds a segment of type `share` (链接分享 / Link share).
 *
 * 一张链接分享卡片。
 *
 * A card that shares a link.
 *
 * @example
 * seg.share({ url: 'https://example.com/post?id=1&lang=zh', title: '示例文章' }) // [CQ:share,url=https://example.com/post?id=1&amp;lang=zh,title=示例文章]
 */
function share(data: ShareSegmentInput): ShareSegment {
  return build('share', data, []);
}

/** The data of {@link TextSegment} as `seg.text` takes it. */
export interface TextSegmentInput {
  /**
   * 文本内容
   *
   * The text
   */
  text: string;
}

/**
 * Builds a segment of type `text` (纯文本 / Plain text).
 *
 * 一段纯文本。在字符串格式中它就是文本本身（经过 CQ 码转义），不写作 `[CQ:text]`。
 *
 * A run of plain text. In the string format it is the text itself (CQ-escaped), never written as `[CQ:text]`.
 *
 * @example
 * seg.text('你好，世界') // 你好，世界
 *
 * @param text - `text`, or the whole data
 */
function text(text: TextSegmentInput['text'] | TextSegmentInput): TextSegment {
  return build('text', typeof text === 'object' ? text : { text }, []);
}

/** The data of {@link VideoSendSegment} as `seg.video` takes it. */
export interface VideoSegmentInput {
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
}

/**
 * Builds a segment of type `video` (短视频 / Video).
 *
 * 一段短视频。发送时 `file` 支持的形式与图片相同。
 *
 * A short video. When sending, `file` takes the same forms as for an image.
 *
 * @example
 * seg.video('https://example.com/clip.mp4') // [CQ:video,file=https://example.com/clip.mp4]
 *
 * @param file - `file`, or the whole data
 * @param rest - the other fields, when `file` is given alone
 */
function video(
  file: VideoSegmentInput['file'] | VideoSegmentInput,
  rest?: Omit<VideoSegmentInput, 'file'>,
): VideoSendSegment {
  return build('video', typeof file === 'object' ? file : { ...rest, file }, []);
}

/** The data of {@link XmlSegment} as `seg.xml` takes it. */
export interface XmlSegmentInput {
  /**
   * XML 内容
   *
   * The XML
   */
  data: string;
}

/**
 * Builds a segment of type `xml` (XML 消息 / XML message).
 *
 * 一条 XML 卡片消息。
 *
 * An XML card message.
 *
 * @example
 * seg.xml('<?xml version="1.0" encoding="UTF-8"?><msg serviceID="1"><item><title>你好</title></item></msg>') // [CQ:xml,data=<?xml version="1.0" encoding="UTF-8"?><msg serviceID="1"><item><title>你好</title></item></msg>]
 *
 * @param data - `data`, or the whole data
 */
function xml(data: XmlSegmentInput['data'] | XmlSegmentInput): XmlSegment {
  return build('xml', typeof data === 'object' ? data : { data }, []);
}

/**
 * Builders for every segment that can be sent, by segment type.
 *
 * @example
 * await bot.send_group_msg({ group_id, message: [seg.reply(e.message_id), seg.at(e.user_id), seg.text(' hello')] });
 */
export const seg = {
  anonymous,
  at,
  contact,
  dice,
  face,
  image,
  json,
  location,
  music,
  node,
  poke,
  record,
  reply,
  rps,
  shake,
  share,
  text,
  video,
  xml,
};
