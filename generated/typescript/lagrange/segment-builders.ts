/**
 * Generated from the OneBot 11 spec (spec/, narrowed to lagrange) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - lagrange: LagrangeDev/Lagrange.Core@e17fe35641d3a1dc9955566fa875232551224441 (branch v1, 2025-10-10)
 * Do not edit by hand: change the spec and generate again.
 */

import type {
  AtSendSegment,
  DiceSegment,
  FaceSendSegment,
  FileSegment,
  ImageSendSegment,
  JsonSegment,
  KeyboardSegment,
  LocationSegment,
  LongmsgSegment,
  MarkdownSegment,
  MfaceSegment,
  MusicSegment,
  NodeSendSegment,
  PokeSendSegment,
  RecordSendSegment,
  ReplySegment,
  RpsSegment,
  TextSegment,
  VideoSendSegment,
  XmlSegment,
} from './segments.js';
import type { Message } from './types.js';

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

/** The data of {@link AtSendSegment} as `seg.at` takes it. */
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
function at(qq: AtSegmentInput['qq'] | AtSegmentInput): AtSendSegment {
  return build('at', typeof qq === 'object' ? qq : { qq }, ['qq']);
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

/** The data of {@link FaceSendSegment} as `seg.face` takes it. */
export interface FaceSegmentInput {
  /**
   * 表情 ID，见 [QQ 表情 ID 表](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
   *
   * The face ID; see the [QQ face ID table](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
   */
  id: number | string;
  /**
   * 是否发送大表情
   *
   * Whether to send the big version
   */
  large?: boolean | 'true' | 'false';
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
 * @param rest - the other fields, when `id` is given alone
 */
function face(
  id: FaceSegmentInput['id'] | FaceSegmentInput,
  rest?: Omit<FaceSegmentInput, 'id'>,
): FaceSendSegment {
  return build('face', typeof id === 'object' ? id : { ...rest, id }, ['id']);
}

/** The data of {@link FileSegment} as `seg.file` takes it. */
export interface FileSegmentInput {
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
  file_id: number | string;
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
}

/**
 * Builds a segment of type `file` (文件 / File).
 *
 * 一个文件。发送时 `file` 的形式与图片相同（也可用 `url` 或 `path` 代替），`name` 设置显示的文件名；收到的文件带文件 ID 与大小，开启数据包功能时还带下载链接。
 *
 * A file. When sending, `file` takes the same forms as for an image (`url` or `path` may replace it) and `name` sets the file name shown; received files carry the file ID and size, and a download URL when packet support is on.
 *
 * @example
 * seg.file({ file_id: '/6e5b8f0c-3d0a-4c7e-9b7a-2f1e0d9c8b7a', file_name: '月报.pdf', file_hash: '9e107d9d372bb6826bd81d3542a419d6', url: '' }) // [CQ:file,file_id=/6e5b8f0c-3d0a-4c7e-9b7a-2f1e0d9c8b7a,file_name=月报.pdf,file_hash=9e107d9d372bb6826bd81d3542a419d6,url=]
 */
function file(data: FileSegmentInput): FileSegment {
  return build('file', data, ['file_id']);
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
}

/**
 * Builds a segment of type `image` (图片 / Image).
 *
 * 一张图片。发送时 `file` 可以是收到的图片文件名、`file:///` 开头的绝对路径 URI、网络 URL，或 `base64://` 开头的 Base64 数据；`cache`、`proxy`、`timeout` 只对网络 URL 起作用。
 *
 * A picture. When sending, `file` may be the file name of a received image, an absolute path as a `file:///` URI, a network URL or `base64://` data; `cache`, `proxy` and `timeout` only matter for network URLs.
 *
 * @example
 * seg.image('https://example.com/cat.jpg')
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

/** The data of {@link KeyboardSegment} as `seg.keyboard` takes it. */
export interface KeyboardSegmentInput {
  /**
   * 键盘定义（rows → buttons）
   *
   * The keyboard (rows of buttons)
   */
  content: Record<string, unknown>;
}

/**
 * Builds a segment of type `keyboard` (按钮键盘 / Button keyboard).
 *
 * 附在消息下方的按钮键盘（QQ 机器人的 keyboard），内容为键盘的 JSON 对象，所以没有 CQ 码形式。只能发送，通常只有官方机器人可用。
 *
 * A keyboard of buttons under the message (the QQ bot keyboard). Its content is the keyboard's JSON object, so it has no CQ-code form. Send only; usually only official bots may send it.
 *
 * @example
 * seg.keyboard({ content: { rows: [{ buttons: [{ id: '1', render_data: { label: '签到', visited_label: '已签到' }, action: { type: 2, data: '/签到' } }] }] } })
 */
function keyboard(data: KeyboardSegmentInput): KeyboardSegment {
  return build('keyboard', data, []);
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

/** The data of {@link LongmsgSegment} as `seg.longmsg` takes it. */
export interface LongmsgSegmentInput {
  /**
   * 长消息的 resid
   *
   * The long message's resid
   */
  id: number | string;
}

/**
 * Builds a segment of type `longmsg` (长消息 / Long message).
 *
 * 按 resid 发送一条已上传的长消息。收到的长消息作为 `forward` 消息段上报。
 *
 * Sends an uploaded long message by its resid. Received long messages are reported as a `forward` segment.
 *
 * @example
 * seg.longmsg('Xbq0v6MP1SiMm6HB7x5ylA3XsBxLbWbN') // [CQ:longmsg,id=Xbq0v6MP1SiMm6HB7x5ylA3XsBxLbWbN]
 *
 * @param id - `id`, or the whole data
 */
function longmsg(id: LongmsgSegmentInput['id'] | LongmsgSegmentInput): LongmsgSegment {
  return build('longmsg', typeof id === 'object' ? id : { id }, ['id']);
}

/** The data of {@link MarkdownSegment} as `seg.markdown` takes it. */
export interface MarkdownSegmentInput {
  /**
   * Markdown 内容
   *
   * The Markdown
   */
  content: string;
}

/**
 * Builds a segment of type `markdown` (Markdown 消息 / Markdown message).
 *
 * 一段 Markdown 消息。发送需要 QQ 端允许（通常只有官方机器人可用）；收到的 Markdown 消息原样给出内容。
 *
 * A Markdown message. Sending needs QQ to allow it (usually only official bots may); received Markdown messages give their content as is.
 *
 * @example
 * seg.markdown('**今日值班**：小明') // [CQ:markdown,content=**今日值班**：小明]
 *
 * @param content - `content`, or the whole data
 */
function markdown(
  content: MarkdownSegmentInput['content'] | MarkdownSegmentInput,
): MarkdownSegment {
  return build('markdown', typeof content === 'object' ? content : { content }, []);
}

/** The data of {@link MfaceSegment} as `seg.mface` takes it. */
export interface MfaceSegmentInput {
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
  emoji_id: number | string;
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
}

/**
 * Builds a segment of type `mface` (商城表情 / Market face).
 *
 * QQ 表情商城里的表情（大表情）。NapCat 只能发送它：收到的商城表情作为 `image` 消息段上报，带 `emoji_id`、`emoji_package_id` 与 `key`。`summary` 为外显文字，省略时为 `[商城表情]`。
 *
 * A face from QQ's sticker store. NapCat can only send it: received market faces are reported as an `image` segment carrying `emoji_id`, `emoji_package_id` and `key`. `summary` is the preview text, `[商城表情]` when omitted.
 *
 * @example
 * seg.mface({ emoji_package_id: 235125, emoji_id: 'd8ab4ea9fd5bd28d5e53d9f1ef3b2364', key: '3f6b8c5a1e2d4f70', summary: '[打招呼]' }) // [CQ:mface,emoji_package_id=235125,emoji_id=d8ab4ea9fd5bd28d5e53d9f1ef3b2364,key=3f6b8c5a1e2d4f70,summary=&#91;打招呼&#93;]
 */
function mface(data: MfaceSegmentInput): MfaceSegment {
  return build('mface', data, ['emoji_id']);
}

/** The data of {@link MusicSegment} as `seg.music` takes it. */
export interface MusicSegmentInput {
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
 */
function music(data?: MusicSegmentInput): MusicSegment {
  return build('music', data ?? {}, ['id']);
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
   * 戳一戳力度
   *
   * Poke strength
   */
  strength?: string;
}

/**
 * Builds a segment of type `poke` (戳一戳 / Poke).
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example
 * seg.poke('1') // [CQ:poke,type=1]
 *
 * @param type - `type`, or the whole data
 * @param rest - the other fields, when `type` is given alone
 */
function poke(
  type: PokeSegmentInput['type'] | PokeSegmentInput,
  rest?: Omit<PokeSegmentInput, 'type'>,
): PokeSendSegment {
  return build('poke', typeof type === 'object' ? type : { ...rest, type }, []);
}

/** The data of {@link RecordSendSegment} as `seg.record` takes it. */
export interface RecordSegmentInput {
  /**
   * 语音文件名；发送时也可以是文件 URI、网络 URL 或 Base64
   *
   * The voice file name; when sending, also a file URI, a URL or Base64 data
   */
  file: string;
}

/**
 * Builds a segment of type `record` (语音 / Voice).
 *
 * 一段语音。发送时 `file` 支持的形式与图片相同。
 *
 * A voice message. When sending, `file` takes the same forms as for an image.
 *
 * @example
 * seg.record('file:///home/bot/voice/hello.amr')
 *
 * @param file - `file`, or the whole data
 */
function record(file: RecordSegmentInput['file'] | RecordSegmentInput): RecordSendSegment {
  return build('record', typeof file === 'object' ? file : { file }, []);
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
 */
function video(file: VideoSegmentInput['file'] | VideoSegmentInput): VideoSendSegment {
  return build('video', typeof file === 'object' ? file : { file }, []);
}

/** The data of {@link XmlSegment} as `seg.xml` takes it. */
export interface XmlSegmentInput {
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
 * @param rest - the other fields, when `data` is given alone
 */
function xml(
  data: XmlSegmentInput['data'] | XmlSegmentInput,
  rest?: Omit<XmlSegmentInput, 'data'>,
): XmlSegment {
  return build('xml', typeof data === 'object' ? data : { ...rest, data }, []);
}

/**
 * Builders for every segment that can be sent, by segment type.
 *
 * @example
 * await bot.send_group_msg({ group_id, message: [seg.reply(e.message_id), seg.at(e.user_id), seg.text(' hello')] });
 */
export const seg = {
  at,
  dice,
  face,
  file,
  image,
  json,
  keyboard,
  location,
  longmsg,
  markdown,
  mface,
  music,
  node,
  poke,
  record,
  reply,
  rps,
  text,
  video,
  xml,
};
