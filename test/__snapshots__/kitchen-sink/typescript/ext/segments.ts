/**
 * Generated from the Demo 1 spec (spec/, narrowed to ext) by `pnpm generate`.
 * Each implementation as verified against its source:
 * - ext: example/ext@0123456789abcdef0123456789abcdef01234567 (branch release/1, 2026-01-02)
 * Do not edit by hand: change the spec and generate again.
 */

/**
 * 转发 / Forward
 *
 * Support:
 * - Ext: yes
 *
 * @deprecated 由 node 取代
 */
export interface ForwardSegment {
  type: 'forward';
  data: {
    id: string;
  };
}

/**
 * 图片 / Image (send)
 *
 * 图片消息段
 *
 * An image segment
 *
 * Support:
 * - Ext: yes
 */
export interface ImageSendSegment {
  type: 'image';
  data: {
    /** 文件 */
    file: string;
  };
}

/**
 * 图片 / Image (receive)
 *
 * 图片消息段
 *
 * An image segment
 *
 * @example [CQ:image,file=a.jpg,url=https://example.invalid/a.jpg?x=1&#44;2]
 *
 * Support:
 * - Ext: yes
 */
export interface ImageReceiveSegment {
  type: 'image';
  data: {
    /** 文件 */
    file: string;
    /** 下载地址 */
    url: string;
    summary?: string;
  };
}

/** A segment that can be sent, discriminated by `type`. */
export type SendSegment = ImageSendSegment;

/** A segment that can be received, discriminated by `type`. */
export type ReceiveSegment = ForwardSegment | ImageReceiveSegment;

/** Every segment type the spec knows. */
export type SegmentType = 'forward' | 'image';

/** A received segment of a type this spec does not know (a newer implementation may send one), wrapped by the client so `type` still narrows the known ones. Carry it; do not drop it. */
export interface UnknownSegment {
  type: 'unknown';
  /** The `type` and `data` it arrived with. */
  data: { type: string; data: Record<string, unknown> };
}

/** A received message as the client delivers it in an event: always an array of segments, whatever the implementation's `message_format`, a segment of a type this spec does not know wrapped as {@link UnknownSegment}. */
export type DeliveredMessage = (ReceiveSegment | UnknownSegment)[];
