/**
 * Generated from the Demo 1 spec (spec/, narrowed to std) by `pnpm generate`.
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * 图片 / Image (send)
 *
 * 图片消息段
 *
 * An image segment
 *
 * @example [CQ:image,file=a.jpg,cache=0]
 *
 * Support:
 * - Standard: yes
 */
export interface ImageSendSegment {
  type: 'image';
  data: {
    /** 文件 */
    file: string;
    /** @defaultValue "1" */
    cache?: '0' | '1';
  };
}

/**
 * 图片 / Image (receive)
 *
 * 图片消息段
 *
 * An image segment
 *
 * Support:
 * - Standard: yes
 */
export interface ImageReceiveSegment {
  type: 'image';
  data: {
    /** 文件 */
    file: string;
    /** 下载地址 */
    url: string;
  };
}

/**
 * 抖动 / Shake
 *
 * Support:
 * - Standard: yes
 */
export interface ShakeSegment {
  type: 'shake';
  data: {};
}

/**
 * 文本 / Text
 *
 * @example a &amp; &#91;b&#93;
 *
 * Support:
 * - Standard: yes
 */
export interface TextSegment {
  type: 'text';
  data: {
    /** 文本内容 */
    text: string;
  };
}

/** A segment that can be sent, discriminated by `type`. */
export type SendSegment = ImageSendSegment | ShakeSegment | TextSegment;

/** A segment that can be received, discriminated by `type`. */
export type ReceiveSegment = ImageReceiveSegment | TextSegment;

/** Every segment type the spec knows. */
export type SegmentType = 'image' | 'shake' | 'text';

/** A received segment of a type this spec does not know (a newer implementation may send one), wrapped by the client so `type` still narrows the known ones. Carry it; do not drop it. */
export interface UnknownSegment {
  type: 'unknown';
  /** The `type` and `data` it arrived with. */
  data: { type: string; data: Record<string, unknown> };
}

/** A received message as the client delivers it in an event: always an array of segments, whatever the implementation's `message_format`, a segment of a type this spec does not know wrapped as {@link UnknownSegment}. */
export type DeliveredMessage = (ReceiveSegment | UnknownSegment)[];
