/**
 * Generated from the Demo 1 spec (spec/, narrowed to std) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

import type { ImageSendSegment, ShakeSegment, TextSegment } from './segments.js';

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

/** The data of {@link ImageSendSegment} as `seg.image` takes it. */
export interface ImageSegmentInput {
  /** 文件 */
  file: string;
  /** @defaultValue "1" */
  cache?: '0' | '1';
}

/**
 * Builds a segment of type `image` (图片 / Image).
 *
 * 图片消息段
 *
 * An image segment
 *
 * @example
 * seg.image({ file: 'a.jpg', cache: '0' }) // [CQ:image,file=a.jpg,cache=0]
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

/** Builds a segment of type `shake` (抖动 / Shake). */
function shake(): ShakeSegment {
  return build('shake', {}, []);
}

/** The data of {@link TextSegment} as `seg.text` takes it. */
export interface TextSegmentInput {
  /** 文本内容 */
  text: string;
}

/**
 * Builds a segment of type `text` (文本 / Text).
 *
 * @example
 * seg.text('a & [b]') // a &amp; &#91;b&#93;
 *
 * @param text - `text`, or the whole data
 */
function text(text: TextSegmentInput['text'] | TextSegmentInput): TextSegment {
  return build('text', typeof text === 'object' ? text : { text }, []);
}

/**
 * Builders for every segment that can be sent, by segment type.
 *
 * @example
 * await bot.send_group_msg({ group_id, message: [seg.reply(e.message_id), seg.at(e.user_id), seg.text(' hello')] });
 */
export const seg = {
  image,
  shake,
  text,
};
