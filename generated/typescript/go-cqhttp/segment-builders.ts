/**
 * Generated from the OneBot 11 spec (spec/, narrowed to go-cqhttp) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - go-cqhttp: Mrs4s/go-cqhttp@a5923f179b360331786a6509eb33481e775a7bd1 (2024-05-09)
 * Do not edit by hand: change the spec and generate again.
 */

import type {
  AtSendSegment,
  CardimageSegment,
  DiceSegment,
  FaceSegment,
  FileSegment,
  ImageSendSegment,
  JsonSegment,
  MusicSegment,
  NodeSendSegment,
  PokeSendSegment,
  RecordSendSegment,
  ReplySendSegment,
  RpsSegment,
  ShareSegment,
  TextSegment,
  TtsSegment,
  VideoSendSegment,
  XmlSegment,
} from './segments.js';
import type {
  BoolString,
  DownloadThreads,
  ImageShowEffect,
  Message,
  MusicShareSubtype,
} from './types.js';

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
 * @param rest - the other fields, when `qq` is given alone
 */
function at(
  qq: AtSegmentInput['qq'] | AtSegmentInput,
  rest?: Omit<AtSegmentInput, 'qq'>,
): AtSendSegment {
  return build('at', typeof qq === 'object' ? qq : { ...rest, qq }, ['qq']);
}

/** The data of {@link CardimageSegment} as `seg.cardimage` takes it. */
export interface CardimageSegmentInput {
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
}

/**
 * Builds a segment of type `cardimage` (卡片大图 / Card image).
 *
 * 以 XML 卡片形式发送的大图，只能发送。`file` 的写法与 `image` 相同。XML 卡片容易被风控拦截，发送失败时可以改用普通图片。
 *
 * A large picture sent as an XML card; send only. `file` takes the same forms as for `image`. XML cards are often blocked by risk control; fall back to a normal image when sending fails.
 *
 * @example
 * seg.cardimage({ file: 'https://example.com/poster.jpg', maxheight: '1200' }) // [CQ:cardimage,file=https://example.com/poster.jpg,maxheight=1200]
 *
 * @param file - `file`, or the whole data
 * @param rest - the other fields, when `file` is given alone
 */
function cardimage(
  file: CardimageSegmentInput['file'] | CardimageSegmentInput,
  rest?: Omit<CardimageSegmentInput, 'file'>,
): CardimageSegment {
  return build('cardimage', typeof file === 'object' ? file : { ...rest, file }, []);
}

/** The data of {@link DiceSegment} as `seg.dice` takes it. */
export interface DiceSegmentInput {
  /**
   * 骰子点数
   *
   * The number rolled
   */
  value?: string;
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
function dice(data?: DiceSegmentInput): DiceSegment {
  return build('dice', data ?? {}, []);
}

/** The data of {@link FaceSegment} as `seg.face` takes it. */
export interface FaceSegmentInput {
  /**
   * 表情 ID，见 [QQ 表情 ID 表](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
   *
   * The face ID; see the [QQ face ID table](https://github.com/richardchien/coolq-http-api/wiki/%E8%A1%A8%E6%83%85-CQ-%E7%A0%81-ID-%E8%A1%A8)
   */
  id: number | string;
  /**
   * 动画表情
   *
   * Animated sticker
   */
  type?: 'sticker';
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
): FaceSegment {
  return build('face', typeof id === 'object' ? id : { ...rest, id }, ['id']);
}

/** The data of {@link FileSegment} as `seg.file` takes it. */
export interface FileSegmentInput {
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
}

/**
 * Builds a segment of type `file` (文件 / File).
 *
 * 一个文件。发送时 `file` 的形式与图片相同（也可用 `url` 或 `path` 代替），`name` 设置显示的文件名；收到的文件带文件 ID 与大小，开启数据包功能时还带下载链接。
 *
 * A file. When sending, `file` takes the same forms as for an image (`url` or `path` may replace it) and `name` sets the file name shown; received files carry the file ID and size, and a download URL when packet support is on.
 *
 * @example
 * seg.file({ path: '/6e5b8f0c-3d0a-4c7e-9b7a-2f1e0d9c8b7a', name: '月报.pdf', size: '52480', busid: '102' }) // [CQ:file,path=/6e5b8f0c-3d0a-4c7e-9b7a-2f1e0d9c8b7a,name=月报.pdf,size=52480,busid=102]
 */
function file(data: FileSegmentInput): FileSegment {
  return build('file', data, []);
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
  /**
   * 发送通道
   *
   * Which channel to send through
   * @defaultValue "0"
   */
  resid?: string;
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
 * @param rest - the other fields, when `data` is given alone
 */
function json(
  data: JsonSegmentInput['data'] | JsonSegmentInput,
  rest?: Omit<JsonSegmentInput, 'data'>,
): JsonSegment {
  return build('json', typeof data === 'object' ? data : { ...rest, data }, []);
}

/** The data of {@link MusicSegment} as `seg.music` takes it. */
export interface MusicSegmentInput {
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
  id?: number | string;
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
}

/**
 * Builds a segment of type `node` (合并转发节点 / Forward node).
 *
 * 合并转发中的一个节点，有两种形式：只给 `id` 时转发一条已有消息（只能发送）；给出 `user_id`、`nickname` 与 `content` 时是自定义节点，其 `content` 可以是字符串或消息段数组，是唯一不必是字符串的 `data` 值。收到的自定义节点不会直接出现在消息事件中，只在 `get_forward_msg` 的结果里。
 *
 * One node of a forward, in two forms. With only `id` it forwards an existing message (send only). With `user_id`, `nickname` and `content` it is a custom node whose `content` may be a string or an array of segments, the one `data` value that need not be a string. Received custom nodes never appear in message events, only in the result of `get_forward_msg`.
 *
 * @example
 * seg.node('123456') // [CQ:node,id=123456]
 *
 * @param id - `id`, or the whole data
 * @param rest - the other fields, when `id` is given alone
 */
function node(
  id?: NodeSegmentInput['id'] | NodeSegmentInput,
  rest?: Omit<NodeSegmentInput, 'id'>,
): NodeSendSegment {
  return build('node', typeof id === 'object' ? id : { ...rest, id }, []);
}

/** The data of {@link PokeSendSegment} as `seg.poke` takes it. */
export interface PokeSegmentInput {
  /**
   * 要戳的成员 QQ 号
   *
   * The QQ number of the member to poke
   */
  qq: number | string;
}

/**
 * Builds a segment of type `poke` (戳一戳 / Poke).
 *
 * 戳一戳消息。`type` 与 `id` 的取值见 [Mirai 的 PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49)。
 *
 * A poke. For the values of `type` and `id` see [Mirai's PokeMessage](https://github.com/mamoe/mirai/blob/f5eefae7ecee84d18a66afce3f89b89fe1584b78/mirai-core/src/commonMain/kotlin/net.mamoe.mirai/message/data/HummerMessage.kt#L49).
 *
 * @example
 * seg.poke(10001000) // [CQ:poke,qq=10001000]
 *
 * @param qq - `qq`, or the whole data
 */
function poke(qq: PokeSegmentInput['qq'] | PokeSegmentInput): PokeSendSegment {
  return build('poke', typeof qq === 'object' ? qq : { qq }, ['qq']);
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
   * 是否使用已缓存的文件
   *
   * Whether a cached copy may be used
   * @defaultValue "1"
   */
  cache?: BoolString;
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
 * @param rest - the other fields, when `file` is given alone
 */
function record(
  file: RecordSegmentInput['file'] | RecordSegmentInput,
  rest?: Omit<RecordSegmentInput, 'file'>,
): RecordSendSegment {
  return build('record', typeof file === 'object' ? file : { ...rest, file }, []);
}

/** The data of {@link ReplySendSegment} as `seg.reply` takes it. */
export interface ReplySegmentInput {
  /**
   * 被回复消息的 ID；或使用自定义回复
   *
   * The message replied to; or use the custom fields
   */
  id?: number | string;
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
  qq?: number | string;
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
  user_id?: number | string;
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
 * @param rest - the other fields, when `id` is given alone
 */
function reply(
  id?: ReplySegmentInput['id'] | ReplySegmentInput,
  rest?: Omit<ReplySegmentInput, 'id'>,
): ReplySendSegment {
  return build('reply', typeof id === 'object' ? id : { ...rest, id }, ['id', 'qq', 'user_id']);
}

/** The data of {@link RpsSegment} as `seg.rps` takes it. */
export interface RpsSegmentInput {
  /**
   * 猜拳结果（0–2）
   *
   * The outcome (0–2)
   */
  value?: string;
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
function rps(data?: RpsSegmentInput): RpsSegment {
  return build('rps', data ?? {}, []);
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

/** The data of {@link TtsSegment} as `seg.tts` takes it. */
export interface TtsSegmentInput {
  /**
   * 要朗读的内容
   *
   * The text to speak
   */
  text: string;
}

/**
 * Builds a segment of type `tts` (文本转语音 / Text to speech).
 *
 * 用腾讯的 TTS 接口把文字转成语音发送，只能发送，且只在群聊中有效；音色与登录账号的性别有关。
 *
 * Sends text as speech through Tencent's TTS service; send only, and only in groups. The voice depends on the sex of the logged-in account.
 *
 * @example
 * seg.tts('这是一条测试消息') // [CQ:tts,text=这是一条测试消息]
 *
 * @param text - `text`, or the whole data
 */
function tts(text: TtsSegmentInput['text'] | TtsSegmentInput): TtsSegment {
  return build('tts', typeof text === 'object' ? text : { text }, []);
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
  /**
   * XML 消息的 resid
   *
   * The XML message's resid
   */
  resid?: string;
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
  cardimage,
  dice,
  face,
  file,
  image,
  json,
  music,
  node,
  poke,
  record,
  reply,
  rps,
  share,
  text,
  tts,
  video,
  xml,
};
