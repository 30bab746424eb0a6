/**
 * A spec file as the format says it, from the format's schema (format-schema.ts): the loader reads
 * each file with these types once ajv has checked it against that schema.
 *
 * Written by `pnpm raw-types` (scripts/raw-types.ts); do not edit. test/raw-types.test.ts fails when
 * this file and the schema disagree.
 */

export type RawSpecFile = {
  protocol?: RawProtocol;
  implementations?: Record<string, RawImplementation>;
  origins?: Record<string, RawOrigin>;
  disagreements?: Record<string, RawDisagreement[]>;
  categories?: Record<string, RawCategory>;
  envelope?: RawEnvelope;
  retcodes?: RawRetcode[];
  transports?: Record<string, RawTransport>;
  authentication?: RawText;
  event_base?: RawEventBase;
  types?: Record<string, RawType>;
  actions?: Record<string, RawAction>;
  segments?: Record<string, RawSegment>;
  events?: Record<string, RawEvent>;
};

export type RawProtocol = {
  name: string;
  version: string;
  title: RawText;
  description?: RawText;
  homepage?: string;
  call_variants?: Record<string, RawCallVariant>;
};

export type RawText = string | {
  zh?: string;
  en?: string;
};

export type RawCallVariant = {
  suffix: string;
  default?: boolean;
  description?: RawText;
};

export type RawImplementation = {
  title: RawText;
  homepage?: string;
  description?: RawText;
  verified?: RawVerification;
};

export type RawVerification = {
  repository: string;
  commit: string;
  date: string;
  branch?: string;
};

export type RawOrigin = {
  title: RawText;
  description?: RawText;
};

export type RawDisagreement = {
  rule: string;
  where: string;
  reason: {
    zh: string;
    en: string;
  };
  source: string;
};

export type RawCategory = {
  title: RawText;
  description?: RawText;
  parent?: string;
};

export type RawEnvelope = {
  description?: RawText;
  fields: Record<string, RawField>;
};

export type RawField = string | {
  type?: string;
  fields?: Record<string, RawField>;
  additional?: RawType;
  items?: RawType;
  enum?: RawEnumValue[];
  nullable?: boolean;
  title?: RawText;
  description?: RawText;
  example?: unknown;
  deprecated?: RawDeprecation;
  required?: boolean;
  default?: unknown;
  direction?: 'send' | 'receive' | 'both';
};

export type RawType = string | {
  type?: string;
  fields?: Record<string, RawField>;
  additional?: RawType;
  items?: RawType;
  enum?: RawEnumValue[];
  nullable?: boolean;
  title?: RawText;
  description?: RawText;
  example?: unknown;
  deprecated?: RawDeprecation;
};

export type RawEnumValue = string | number | {
  value: string | number;
  name?: string;
  title?: RawText;
  description?: RawText;
};

export type RawDeprecation = boolean | string | {
  zh?: string;
  en?: string;
};

export type RawRetcode = {
  code: number;
  name: string;
  status?: 'ok' | 'async' | 'failed';
  origin?: string;
  description?: RawText;
};

export type RawTransport = {
  title: RawText;
  description?: RawText;
};

export type RawEventBase = {
  fields: Record<string, RawField>;
  post_types: Record<string, RawPostType>;
};

export type RawPostType = {
  discriminator: string;
  title?: RawText;
};

export type RawAction = {
  title: RawText;
  description?: RawText;
  category: string;
  origin: string;
  params?: Record<string, RawField> | null;
  result?: RawType | null;
  variants?: string[];
  deprecated?: RawDeprecation;
  aliases?: RawAlias[];
  support?: RawSupport;
  examples?: RawActionExample[];
};

export type RawAlias = {
  name: string;
  deprecated?: RawDeprecation;
  description?: RawText;
};

export type RawSupport = Record<string, RawSupportEntry>;

export type RawSupportEntry = boolean | {
  supported?: boolean;
  note?: RawText;
  since?: string;
  params?: Record<string, RawField>;
  remove_params?: string[];
  names?: string[];
  result?: RawType | null;
  fields?: Record<string, RawField>;
  remove_fields?: string[];
};

export type RawActionExample = {
  title?: RawText;
  implementation?: string;
  params?: Record<string, unknown> | null;
  result?: unknown;
};

export type RawSegment = {
  title: RawText;
  description?: RawText;
  origin: string;
  direction?: 'send' | 'receive' | 'both';
  fields?: Record<string, RawField> | null;
  deprecated?: RawDeprecation;
  support?: RawSupport;
  examples?: RawSegmentExample[];
};

export type RawSegmentExample = {
  title?: RawText;
  implementation?: string;
  data: Record<string, unknown>;
  cq?: string;
};

export type RawEvent = {
  title: RawText;
  description?: RawText;
  origin: string;
  discriminators: Record<string, string>;
  fields?: Record<string, RawField> | null;
  quick_operation?: Record<string, RawField>;
  deprecated?: RawDeprecation;
  support?: RawSupport;
  examples?: Record<string, unknown>[];
};
