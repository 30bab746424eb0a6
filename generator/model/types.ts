/**
 * The intermediate model: one typed, normalized description of the protocol.
 *
 * The loader builds it from spec/; every emitter, the diff and the importers read only this.
 * It knows nothing of YAML: positions are kept as plain `SourceRef`s for diagnostics.
 */

/** Where a thing was defined, for messages that point back at the spec. */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

/** Text in the documents' language (zh) and, where written, in English. */
export interface Text {
  zh?: string;
  en?: string;
}

export type PrimitiveName = 'string' | 'boolean' | 'number' | 'int32' | 'int64' | 'any' | 'null';

export const PRIMITIVE_NAMES: readonly PrimitiveName[] = ['string', 'boolean', 'number', 'int32', 'int64', 'any', 'null'];

/** The unions of every segment that can be sent and of every one that can be received, and of every event. */
export const SEGMENT_UNION_NAMES = ['SendSegment', 'ReceiveSegment'] as const;
export const EVENT_UNION_NAME = 'Event';

/** Names the generator defines from the spec itself. */
export const BUILTIN_TYPE_NAMES = [...SEGMENT_UNION_NAMES, EVENT_UNION_NAME] as const;
export type BuiltinTypeName = (typeof BUILTIN_TYPE_NAMES)[number];

export type TypeNode = PrimitiveType | LiteralType | RefType | ArrayType | MapType | UnionType | ObjectType | EnumType;

export interface TypeMeta {
  title?: Text;
  description?: Text;
  example?: unknown;
  deprecated?: Deprecation;
}

export interface PrimitiveType extends TypeMeta {
  kind: 'primitive';
  name: PrimitiveName;
}

export interface LiteralType extends TypeMeta {
  kind: 'literal';
  value: string | number | boolean;
}

export interface RefType extends TypeMeta {
  kind: 'ref';
  name: string;
}

export interface ArrayType extends TypeMeta {
  kind: 'array';
  items: TypeNode;
}

export interface MapType extends TypeMeta {
  kind: 'map';
  values: TypeNode;
}

export interface UnionType extends TypeMeta {
  kind: 'union';
  variants: TypeNode[];
}

export interface ObjectType extends TypeMeta {
  kind: 'object';
  fields: Field[];
  /** The type of the values of keys other than `fields`, when other keys are allowed. */
  additional?: TypeNode;
}

export interface EnumValue {
  value: string | number;
  /** An identifier for the value in generated code. */
  name: string;
  title?: Text;
  description?: Text;
}

export interface EnumType extends TypeMeta {
  kind: 'enum';
  base: 'string' | 'int32' | 'int64';
  values: EnumValue[];
}

export type Direction = 'send' | 'receive' | 'both';

export interface Field {
  name: string;
  type: TypeNode;
  required: boolean;
  /** Present only when the spec gives a default. */
  default?: unknown;
  hasDefault: boolean;
  description?: Text;
  deprecated?: Deprecation;
  /** Segments only: whether the field is sent, received or both. */
  direction: Direction;
  source: SourceRef;
}

/** `true` when deprecated without a reason, or the reason / replacement. */
export interface Deprecation {
  reason?: Text;
}

export interface NamedType {
  name: string;
  type: TypeNode;
  title?: Text;
  description?: Text;
  deprecated?: Deprecation;
  source: SourceRef;
}

export interface Implementation {
  id: string;
  title: Text;
  homepage?: string;
  description?: Text;
  /** The source this implementation's column of the spec was checked against. */
  verified?: Verification;
  /**
   * Known, deliberate disagreements between the spec and this implementation's code, each with its
   * reason (the spec's `disagreements` section): `pnpm upstream` shows them as explained.
   */
  disagreements?: Disagreement[];
}

/**
 * One finding of `pnpm upstream` that the spec explains rather than fixes: the code says one thing,
 * the spec another, and this says why the spec is right (or why the code's declaration is not what
 * the implementation does).
 */
export interface Disagreement {
  /** The diff rule of the finding (generated/docs/diff-rules.md). */
  rule: string;
  /**
   * Where, as the report prints it: `action get_msg result.group_id`, `segment node data.time`,
   * `action bot_exit` (no path). `*` stands for any run of characters.
   */
  where: string;
  reason: Text;
  /** The file of the implementation's repository that shows it (`source:` in the spec, e.g. `packages/napcat-onebot/action/msg/GetMsg.ts`). */
  file: string;
  /** Where the entry is in the spec. */
  source: SourceRef;
}

/** One pinned revision of a public repository: what a column of the spec was checked against. */
export interface Verification {
  /** `owner/name` on GitHub. */
  repository: string;
  /** The full 40-character commit hash. */
  commit: string;
  /** The commit's date, `YYYY-MM-DD`. */
  date: string;
  /** The branch, where it is not the default one. */
  branch?: string;
}

export interface Origin {
  id: string;
  title: Text;
  description?: Text;
  /** Whether the origin is also an implementation. */
  implementation: boolean;
}

export interface Category {
  id: string;
  title: Text;
  description?: Text;
  parent?: string;
  /** Position in the spec, which is the order docs list categories in. */
  order: number;
}

export interface CallVariant {
  id: string;
  suffix: string;
  description?: Text;
  default: boolean;
}

export interface Retcode {
  code: number;
  name: string;
  status?: 'ok' | 'async' | 'failed';
  origin?: string;
  description?: Text;
}

export interface Transport {
  id: string;
  title: Text;
  description?: Text;
}

/**
 * What one implementation does with an action, segment or event.
 * `unknown` is the absence of a claim, not a claim of absence.
 */
export type SupportStatus = 'supported' | 'unsupported' | 'unknown';

export interface Support {
  implementation: string;
  status: SupportStatus;
  note?: Text;
  since?: string;
  /** Fields this implementation adds or types differently (params for actions, data fields otherwise). */
  addedFields: Field[];
  /** Fields this implementation does not read or send. */
  removedFields: string[];
  /** Actions only: a different result type. */
  result?: TypeNode | null;
  /**
   * Actions only: the names this implementation routes the action under (the action's name and
   * aliases it answers to); absent, it answers to the name and every alias.
   */
  names?: string[];
}

export interface Example {
  title?: Text;
  implementation?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  source: SourceRef;
  paramsSource?: SourceRef;
  resultSource?: SourceRef;
}

export interface Alias {
  name: string;
  deprecated?: Deprecation;
  description?: Text;
}

export interface Action {
  name: string;
  title: Text;
  description?: Text;
  category: string;
  origin: string;
  params: Field[];
  /** The type of `data`; null when the action answers with no data. */
  result: TypeNode | null;
  variants: string[];
  deprecated?: Deprecation;
  aliases: Alias[];
  /** One entry per implementation, in the order implementations are declared. */
  support: Support[];
  examples: Example[];
  source: SourceRef;
}

export interface SegmentExample {
  title?: Text;
  /** The implementation whose variant this example shows. */
  implementation?: string;
  data: Record<string, unknown>;
  cq?: string;
  source: SourceRef;
}

export interface Segment {
  type: string;
  title: Text;
  description?: Text;
  origin: string;
  direction: Direction;
  fields: Field[];
  deprecated?: Deprecation;
  support: Support[];
  examples: SegmentExample[];
  source: SourceRef;
}

export interface Discriminator {
  key: string;
  value: string;
}

export interface EventExample {
  title?: Text;
  value: Record<string, unknown>;
  source: SourceRef;
}

export interface Event {
  id: string;
  /** The TypeScript-facing name: the id in PascalCase plus `Event`. */
  typeName: string;
  title: Text;
  description?: Text;
  origin: string;
  /** In order: post_type, its secondary discriminator, optionally sub_type. */
  discriminators: Discriminator[];
  fields: Field[];
  quickOperation: Field[];
  deprecated?: Deprecation;
  support: Support[];
  examples: EventExample[];
  source: SourceRef;
}

export interface PostType {
  value: string;
  discriminator: string;
  title?: Text;
}

export interface Protocol {
  name: string;
  version: string;
  title: Text;
  description?: Text;
  homepage?: string;
}

/** The whole protocol, normalized: references resolved and everything in a stable order. */
export interface Model {
  protocol: Protocol;
  implementations: Implementation[];
  origins: Origin[];
  categories: Category[];
  callVariants: CallVariant[];
  envelope: { description?: Text; fields: Field[] };
  retcodes: Retcode[];
  transports: Transport[];
  authentication?: Text;
  eventBase: { fields: Field[]; postTypes: PostType[] };
  /** Sorted by name. */
  types: NamedType[];
  /** Sorted by name. */
  actions: Action[];
  /** Sorted by type. */
  segments: Segment[];
  /** Sorted by discriminators. */
  events: Event[];
  /** The spec files the model was read from, relative to the spec root, sorted. */
  sources: string[];
  /** Set when the model was narrowed to one implementation (see profile.ts). */
  profile?: string;
}
