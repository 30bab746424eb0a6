/**
 * Generated from the Demo 1 spec (spec/, narrowed to ext) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

import type { ImageSendSegment } from './segments.js';

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
}

/**
 * Builds a segment of type `image` (图片 / Image).
 *
 * 图片消息段
 *
 * An image segment
 *
 * @example
 * seg.image('a.jpg')
 *
 * @param file - `file`, or the whole data
 */
function image(file: ImageSegmentInput['file'] | ImageSegmentInput): ImageSendSegment {
  return build('image', typeof file === 'object' ? file : { file }, []);
}

/**
 * Builders for every segment that can be sent, by segment type.
 *
 * @example
 * await bot.send_group_msg({ group_id, message: [seg.reply(e.message_id), seg.at(e.user_id), seg.text(' hello')] });
 */
export const seg = {
  image,
};
