/**
 * From parsed, shape-checked spec files to the model: merges the files, normalizes every entry,
 * resolves references and checks what a schema cannot (duplicates across files, unknown names,
 * discriminators, enum values, defaults). Problems are collected, never thrown one at a time.
 */
import type {
  Action,
  Alias,
  Category,
  Deprecation,
  Direction,
  Disagreement,
  EnumValue,
  Event,
  Example,
  Field,
  Implementation,
  Model,
  NamedType,
  Segment,
  SegmentExample,
  SourceRef,
  Support,
  Text,
  TypeMeta,
  TypeNode,
  Verification,
} from '../model/types.js';
import { BUILTIN_TYPE_NAMES } from '../model/types.js';
import { eventTypeName, methodName } from '../model/naming.js';
import { aliasCycles } from '../model/type-cycles.js';
import { RULES } from '../diff/rules.js';
import { suggest, type Diagnostic } from './diagnostics.js';
import type { DataPath, SpecFile } from './spec-file.js';
import { parseTypeExpression, TypeExpressionError } from './type-expression.js';

type Raw = Record<string, unknown>;

/** One entry of a section, with the file and path it came from. */
interface Entry {
  key: string;
  value: unknown;
  file: SpecFile;
  path: DataPath;
}

const MAP_SECTIONS = ['implementations', 'disagreements', 'origins', 'categories', 'transports', 'types', 'actions', 'segments', 'events'] as const;
const SINGLE_SECTIONS = ['protocol', 'envelope', 'authentication', 'event_base'] as const;

export interface Reference {
  name: string;
  at: SourceRef;
}

export class ModelBuilder {
  readonly diagnostics: Diagnostic[] = [];
  /** Every named-type reference, for resolution and the unused-type warning. */
  readonly references: Reference[] = [];
  private readonly sections = new Map<string, Entry[]>();
  private readonly singles = new Map<string, Entry>();
  private readonly retcodeEntries: Entry[] = [];

  constructor(private readonly files: SpecFile[]) {}

  error(at: SourceRef, message: string, hint?: string): void {
    this.diagnostics.push({ ...at, severity: 'error', message, ...(hint ? { hint } : {}) });
  }

  warn(at: SourceRef, message: string, hint?: string): void {
    this.diagnostics.push({ ...at, severity: 'warning', message, ...(hint ? { hint } : {}) });
  }

  build(): Model | undefined {
    this.merge();
    const protocolEntry = this.singles.get('protocol');
    if (!protocolEntry) {
      const first = this.files[0];
      this.error(
        { file: first?.name ?? 'spec', line: 1, column: 1 },
        'the spec has no `protocol` section',
        'add one to spec/protocol.yaml (see spec/README.md#protocol)',
      );
      return undefined;
    }
    const p = protocolEntry.value as Raw;
    const implementations = this.entries('implementations').map((e): Implementation => {
      const v = e.value as Raw;
      return {
        id: e.key,
        title: text(v.title)!,
        ...opt('homepage', v.homepage as string | undefined),
        ...opt('description', text(v.description)),
        ...opt('verified', verification(v.verified as Raw | undefined)),
      };
    });
    const implementationIds = implementations.map((i) => i.id);
    this.disagreements(implementations);
    const origins = [
      ...implementations.map((i) => ({ id: i.id, title: i.title, ...opt('description', i.description), implementation: true })),
      ...this.entries('origins').map((e) => {
        const v = e.value as Raw;
        if (implementationIds.includes(e.key)) {
          this.error(e.file.at(e.path, true), `origin '${e.key}' is already an implementation`, 'every implementation is an origin; remove this entry');
        }
        return { id: e.key, title: text(v.title)!, ...opt('description', text(v.description)), implementation: false };
      }),
    ];
    const categories = this.categories();
    const callVariants = Object.entries((p.call_variants as Raw | undefined) ?? {}).map(([id, raw]) => {
      const v = raw as Raw;
      return { id, suffix: v.suffix as string, default: v.default === true, ...opt('description', text(v.description)) };
    });

    this.context = {
      implementations: implementationIds,
      origins: origins.map((o) => o.id),
      categories: categories.map((c) => c.id),
      variants: callVariants.map((v) => v.id),
      defaultVariants: callVariants.filter((v) => v.default).map((v) => v.id),
    };

    const envelopeEntry = this.singles.get('envelope');
    const envelope = envelopeEntry
      ? {
          ...opt('description', text((envelopeEntry.value as Raw).description)),
          fields: this.fields(envelopeEntry.file, [...envelopeEntry.path, 'fields'], (envelopeEntry.value as Raw).fields),
        }
      : { fields: [] };
    if (!envelopeEntry) this.error(protocolEntry.file.at(protocolEntry.path, true), 'the spec has no `envelope` section', 'describe the response envelope (spec/README.md#the-envelope)');

    const eventBaseEntry = this.singles.get('event_base');
    const eventBase = eventBaseEntry ? this.eventBase(eventBaseEntry) : { fields: [], postTypes: [] };

    const types = this.entries('types')
      .map((e) => this.namedType(e))
      .sort((a, b) => compare(a.name, b.name));
    const actions = this.entries('actions')
      .map((e) => this.action(e))
      .sort((a, b) => compare(a.name, b.name));
    const segments = this.entries('segments')
      .map((e) => this.segment(e))
      .sort((a, b) => compare(a.type, b.type));
    const events = this.entries('events')
      .map((e) => this.event(e, eventBase.postTypes))
      .sort((a, b) => compare(discriminatorKey(a), discriminatorKey(b)) || compare(a.id, b.id));

    const authEntry = this.singles.get('authentication');
    const model: Model = {
      protocol: {
        name: p.name as string,
        version: String(p.version),
        title: text(p.title)!,
        ...opt('description', text(p.description)),
        ...opt('homepage', p.homepage as string | undefined),
      },
      implementations,
      origins,
      categories,
      callVariants,
      envelope,
      retcodes: this.retcodes(),
      transports: this.entries('transports').map((e) => {
        const v = e.value as Raw;
        return { id: e.key, title: text(v.title)!, ...opt('description', text(v.description)) };
      }),
      ...(authEntry ? { authentication: text(authEntry.value)! } : {}),
      eventBase,
      types,
      actions,
      segments,
      events,
      sources: this.files.map((f) => f.name).sort(),
    };
    this.checkNames(model);
    this.checkCycles(model);
    this.checkEvents(model);
    return model;
  }

  private context = { implementations: [] as string[], origins: [] as string[], categories: [] as string[], variants: [] as string[], defaultVariants: [] as string[] };

  // ---- merging -------------------------------------------------------------------------------

  private merge(): void {
    for (const file of this.files) {
      const data = file.data as Raw | undefined | null;
      if (!data || typeof data !== 'object') continue;
      for (const section of MAP_SECTIONS) {
        const map = data[section] as Raw | undefined;
        if (!map) continue;
        const list = this.sections.get(section) ?? [];
        for (const [key, value] of Object.entries(map)) {
          const earlier = list.find((e) => e.key === key);
          if (earlier) {
            const first = earlier.file.at(earlier.path, true);
            this.error(
              file.at([section, key], true),
              `${singular(section)} '${key}' is defined twice`,
              `it is also defined at ${first.file}:${first.line}:${first.column}; keep one`,
            );
            continue;
          }
          list.push({ key, value, file, path: [section, key] });
        }
        this.sections.set(section, list);
      }
      for (const section of SINGLE_SECTIONS) {
        if (data[section] === undefined) continue;
        const earlier = this.singles.get(section);
        if (earlier) {
          const first = earlier.file.at(earlier.path, true);
          this.error(file.at([section], true), `the \`${section}\` section appears in two files`, `it is also at ${first.file}:${first.line}; keep one`);
          continue;
        }
        this.singles.set(section, { key: section, value: data[section], file, path: [section] });
      }
      if (Array.isArray(data.retcodes)) {
        data.retcodes.forEach((value, i) => this.retcodeEntries.push({ key: String(i), value, file, path: ['retcodes', i] }));
      }
    }
  }

  private entries(section: (typeof MAP_SECTIONS)[number]): Entry[] {
    return this.sections.get(section) ?? [];
  }

  // ---- protocol-level sections ---------------------------------------------------------------

  /** Each implementation's known disagreements with its code, checked and attached to it. */
  private disagreements(implementations: Implementation[]): void {
    const ids = implementations.map((i) => i.id);
    const ruleIds = RULES.map((r) => r.id);
    for (const e of this.entries('disagreements')) {
      const implementation = implementations.find((i) => i.id === e.key);
      if (!implementation) {
        this.error(e.file.at(e.path, true), `unknown implementation '${e.key}'`, suggest(e.key, ids, `implementations are: ${ids.join(', ')}`));
        continue;
      }
      const list: Disagreement[] = [];
      ((e.value as Raw[] | undefined) ?? []).forEach((raw, i) => {
        const here = [...e.path, i];
        const rule = raw.rule as string;
        const where = raw.where as string;
        const source = raw.source as string;
        if (!ruleIds.includes(rule)) {
          this.error(e.file.at([...here, 'rule']), `unknown diff rule '${rule}'`, suggest(rule, ruleIds, 'the rules are listed in generated/docs/diff-rules.md'));
        }
        if (source.split('/').some((part) => part === '..' || part === '.' || part === '')) {
          this.error(e.file.at([...here, 'source']), `'${source}' is not a path inside the repository`, "write the file's path from the repository's root, without ., .. or empty parts");
        }
        const twin = list.find((d) => d.rule === rule && d.where === where);
        if (twin) {
          this.error(e.file.at(here, true), `the disagreement ${rule} at '${where}' is explained twice`, `it is also at ${twin.source.file}:${twin.source.line}; keep one`);
          return;
        }
        list.push({ rule, where, reason: text(raw.reason)!, file: source, source: e.file.at(here, true) });
      });
      implementation.disagreements = list;
    }
  }

  private categories(): Category[] {
    const entries = this.entries('categories');
    const ids = entries.map((e) => e.key);
    return entries.map((e, order) => {
      const v = e.value as Raw;
      const parent = v.parent as string | undefined;
      if (parent !== undefined && !ids.includes(parent)) {
        this.error(e.file.at([...e.path, 'parent']), `unknown parent category '${parent}'`, suggest(parent, ids, `declare it under categories:`));
      }
      if (parent === e.key) this.error(e.file.at([...e.path, 'parent']), `category '${e.key}' is its own parent`);
      return { id: e.key, title: text(v.title)!, ...opt('description', text(v.description)), ...opt('parent', parent), order };
    });
  }

  private retcodes() {
    const seen = new Map<number, Entry>();
    return this.retcodeEntries
      .map((e) => {
        const v = e.value as Raw;
        const code = v.code as number;
        if (seen.has(code)) this.error(e.file.at([...e.path, 'code']), `return code ${code} is listed twice`, 'keep one entry per code');
        seen.set(code, e);
        if (v.origin !== undefined) this.checkOrigin(e.file, [...e.path, 'origin'], v.origin as string);
        return {
          code,
          name: v.name as string,
          ...opt('status', v.status as 'ok' | 'async' | 'failed' | undefined),
          ...opt('origin', v.origin as string | undefined),
          ...opt('description', text(v.description)),
        };
      })
      .sort((a, b) => a.code - b.code);
  }

  private eventBase(entry: Entry) {
    const v = entry.value as Raw;
    const fields = this.fields(entry.file, [...entry.path, 'fields'], v.fields);
    const postTypes = Object.entries(v.post_types as Raw).map(([value, raw]) => {
      const r = raw as Raw;
      return { value, discriminator: r.discriminator as string, ...opt('title', text(r.title)) };
    });
    return { fields, postTypes };
  }

  // ---- types and fields ----------------------------------------------------------------------

  private namedType(e: Entry): NamedType {
    const first = this.references.length;
    const type = this.typeNode(e.file, e.path, e.value);
    this.referencesOf.set(e.key, this.references.slice(first));
    const meta = typeof e.value === 'object' && e.value ? (e.value as Raw) : {};
    return {
      name: e.key,
      type,
      ...opt('title', text(meta.title)),
      ...opt('description', text(meta.description)),
      ...opt('deprecated', deprecation(meta.deprecated)),
      source: e.file.at(e.path, true),
    };
  }

  /** A type expression or type definition at `path`. */
  typeNode(file: SpecFile, path: DataPath, raw: unknown): TypeNode {
    if (typeof raw === 'string') return this.expression(file, path, raw);
    const v = (raw ?? {}) as Raw;
    const meta: TypeMeta = {
      ...opt('title', text(v.title)),
      ...opt('description', text(v.description)),
      ...opt('deprecated', deprecation(v.deprecated)),
    };
    let type: TypeNode;
    const declared = v.type as string | undefined;
    if (v.enum !== undefined) {
      type = this.enumType(file, path, declared ?? 'string', v.enum as unknown[]);
    } else if (v.fields !== undefined || declared === 'object' || (declared === undefined && v.items === undefined)) {
      if (declared === undefined && v.fields === undefined && v.additional === undefined) {
        this.error(file.at(path), 'this has no type', 'add `type:` (for example `type: string`) or `fields:` for an object');
      }
      if (declared !== undefined && declared !== 'object') {
        this.error(file.at([...path, 'type']), `'fields' needs \`type: object\`, not \`type: ${declared}\``, 'remove `type:` or make it `object`');
      }
      type = {
        kind: 'object',
        fields: this.fields(file, [...path, 'fields'], v.fields),
        ...(v.additional !== undefined ? { additional: this.typeNode(file, [...path, 'additional'], v.additional) } : {}),
      };
    } else if (declared === 'array' || (declared === undefined && v.items !== undefined)) {
      if (v.items === undefined) {
        this.error(file.at([...path, 'type']), '`type: array` needs `items:`', 'give the element type as `items:`, or write `T[]`');
        type = { kind: 'array', items: { kind: 'primitive', name: 'any' } };
      } else {
        type = { kind: 'array', items: this.typeNode(file, [...path, 'items'], v.items) };
      }
    } else {
      type = this.expression(file, [...path, 'type'], declared!);
      if (v.items !== undefined) this.error(file.at([...path, 'items']), '`items` only goes with `type: array`');
      if (v.additional !== undefined) this.error(file.at([...path, 'additional']), '`additional` only goes with an object');
    }
    if (v.nullable === true) type = { kind: 'union', variants: [type, { kind: 'primitive', name: 'null' }] };
    Object.assign(type, meta);
    if (v.example !== undefined) {
      type.example = v.example;
      this.pendingExamples.push({ type, value: v.example, at: file.at([...path, 'example']) });
    }
    return type;
  }

  /** The references written in each named type's definition, to point at the one that closes a cycle. */
  private readonly referencesOf = new Map<string, Reference[]>();

  /** Examples checked once the whole model exists (they may refer to any type). */
  readonly pendingExamples: { type: TypeNode; value: unknown; at: SourceRef }[] = [];
  /** Field defaults, checked the same way. */
  readonly pendingDefaults: { type: TypeNode; value: unknown; at: SourceRef }[] = [];

  private expression(file: SpecFile, path: DataPath, source: string): TypeNode {
    try {
      const parsed = parseTypeExpression(source);
      for (const ref of parsed.refs) this.references.push({ name: ref.name, at: file.atCharacter(path, ref.offset) });
      return parsed.type;
    } catch (e) {
      if (!(e instanceof TypeExpressionError)) throw e;
      this.error(file.atCharacter(path, e.offset), `invalid type expression '${source}': ${e.message}`, e.hint ?? 'see spec/README.md#types');
      return { kind: 'primitive', name: 'any' };
    }
  }

  private enumType(file: SpecFile, path: DataPath, base: string, raw: unknown[]): TypeNode {
    if (base !== 'string' && base !== 'int32' && base !== 'int64') {
      this.error(file.at([...path, 'type']), `an enum must be of type string, int32 or int64, not '${base}'`);
      base = 'string';
    }
    const values: EnumValue[] = [];
    raw.forEach((item, i) => {
      const itemPath = [...path, 'enum', i];
      const v: Raw = typeof item === 'object' && item !== null ? (item as Raw) : { value: item };
      const value = v.value as string | number;
      const ok = base === 'string' ? typeof value === 'string' : Number.isInteger(value);
      if (!ok) {
        this.error(file.at(itemPath), `enum value ${JSON.stringify(value)} is not ${base === 'string' ? 'a string' : 'an integer'}`, base === 'string' ? 'quote it' : `use \`type: string\` for string values`);
      }
      if (values.some((x) => x.value === value)) this.error(file.at(itemPath), `enum value ${JSON.stringify(value)} is listed twice`, 'enum values must be unique');
      const name = (v.name as string | undefined) ?? (typeof value === 'string' ? value : undefined);
      if (name !== undefined && values.some((x) => x.name === name)) {
        this.error(file.at(itemPath), `enum name '${name}' is used twice`, 'give each value its own `name:`');
      }
      values.push({ value, name: name ?? `value_${String(value).replace('-', 'minus_')}`, ...opt('title', text(v.title)), ...opt('description', text(v.description)) });
    });
    return { kind: 'enum', base: base as 'string' | 'int32' | 'int64', values };
  }

  fields(file: SpecFile, path: DataPath, raw: unknown, segment = false): Field[] {
    if (!raw || typeof raw !== 'object') return [];
    return Object.entries(raw as Raw).map(([name, value]) => this.field(file, [...path, name], name, value, segment));
  }

  private field(file: SpecFile, path: DataPath, name: string, raw: unknown, segment: boolean): Field {
    const v: Raw = typeof raw === 'object' && raw !== null ? (raw as Raw) : {};
    const { required, default: def, direction, description, deprecated, ...typeKeys } = v;
    const type = this.typeNode(file, path, typeof raw === 'string' ? raw : typeKeys);
    const hasDefault = 'default' in v;
    if (hasDefault && required === true) {
      this.error(file.at([...path, 'required']), `field '${name}' has a default, so it cannot be required`, 'remove `required: true` or the default');
    }
    if (hasDefault) this.pendingDefaults.push({ type, value: def, at: file.at([...path, 'default']) });
    if (direction !== undefined && !segment) {
      this.error(file.at([...path, 'direction']), '`direction` only applies to segment fields', 'remove it');
    }
    return {
      name,
      type,
      required: hasDefault ? false : required !== false,
      ...(hasDefault ? { default: def } : {}),
      hasDefault,
      ...opt('description', text(description)),
      ...opt('deprecated', deprecation(deprecated)),
      direction: (direction as Direction | undefined) ?? 'both',
      source: file.at(path, true),
    };
  }

  // ---- actions, segments, events -------------------------------------------------------------

  private checkOrigin(file: SpecFile, path: DataPath, origin: string): void {
    if (!this.context.origins.includes(origin)) {
      this.error(file.at(path), `unknown origin '${origin}'`, suggest(origin, this.context.origins, `declare it under origins: or use one of ${this.context.origins.join(', ')}`));
      return;
    }
    // Files are grouped by origin (spec/actions/<origin>/, spec/events/<origin>/, spec/segments/<origin>.yaml).
    const name = file.name.split('\\').join('/');
    const folder = /(?:^|\/)(?:actions|events)\/([^/]+)\/[^/]+$/.exec(name)?.[1] ?? /(?:^|\/)segments\/([^/]+)\.ya?ml$/.exec(name)?.[1];
    if (folder !== undefined && folder !== origin) {
      this.warn(file.at(path), `origin '${origin}' disagrees with the file's place, which is for '${folder}'`, `move the entry to the files of '${origin}', or correct its origin`);
    }
  }

  /** Titles and descriptions are bilingual: a missing language shows untranslated in that language's docs. */
  private checkLanguages(file: SpecFile, path: DataPath, v: Raw): void {
    for (const key of ['title', 'description']) {
      const raw = v[key];
      if (raw === undefined || raw === null) continue;
      if (typeof raw === 'string') {
        this.warn(file.at([...path, key]), `\`${key}\` is a plain string, which is read as Chinese (zh) only; the English docs show it untranslated`, `write { zh: …, en: … }`);
        continue;
      }
      const r = raw as Raw;
      const missing = (['zh', 'en'] as const).filter((lang) => typeof r[lang] !== 'string' || !(r[lang] as string).trim());
      if (missing.length === 1) this.warn(file.at([...path, key]), `\`${key}\` has no ${missing[0]}; the ${missing[0] === 'en' ? 'English' : 'Chinese'} docs show it untranslated`, `add ${missing[0]}: …`);
    }
  }

  /** Every implementation besides the origin is stated, so "unknown" is never an accident. */
  private checkSupportStated(file: SpecFile, path: DataPath, raw: unknown, origin: string): void {
    const map = (raw ?? {}) as Raw;
    const unstated = this.context.implementations.filter((id) => id !== origin && map[id] === undefined);
    if (unstated.length === 0) return;
    this.warn(
      file.at(raw === undefined ? path.slice(0, -1) : path, raw === undefined),
      `support leaves ${unstated.join(', ')} unstated, so the docs say "unknown" for ${unstated.length === 1 ? 'it' : 'them'}`,
      `state each implementation: true, false, or a mapping with its differences (and a note saying where that is from)`,
    );
  }

  private support(file: SpecFile, path: DataPath, raw: unknown, origin: string, kind: 'action' | 'segment' | 'event', baseFields: Field[]): Support[] {
    const map = (raw ?? {}) as Raw;
    for (const key of Object.keys(map)) {
      if (!this.context.implementations.includes(key)) {
        this.error(file.at([...path, key], true), `unknown implementation '${key}'`, suggest(key, this.context.implementations, `implementations are: ${this.context.implementations.join(', ')}`));
      }
    }
    return this.context.implementations.map((implementation): Support => {
      const value = map[implementation];
      const here = [...path, implementation];
      if (value === undefined) {
        return { implementation, status: implementation === origin ? 'supported' : 'unknown', addedFields: [], removedFields: [] };
      }
      if (typeof value === 'boolean') return { implementation, status: value ? 'supported' : 'unsupported', addedFields: [], removedFields: [] };
      const v = value as Raw;
      const fieldsKey = kind === 'action' ? 'params' : 'fields';
      const removeKey = kind === 'action' ? 'remove_params' : 'remove_fields';
      for (const wrong of kind === 'action' ? ['fields', 'remove_fields'] : ['params', 'remove_params', 'result', 'names']) {
        if (v[wrong] !== undefined) this.error(file.at([...here, wrong], true), `\`${wrong}\` does not apply to a${kind === 'action' ? 'n' : ''} ${kind}`, kind === 'action' ? `use \`${wrong.replace('fields', 'params')}\`` : `use \`${wrong.replace('params', 'fields')}\``);
      }
      const removed = (v[removeKey] as string[] | undefined) ?? [];
      removed.forEach((name, i) => {
        if (!baseFields.some((f) => f.name === name)) {
          this.error(file.at([...here, removeKey, i]), `'${name}' is not a ${kind === 'action' ? 'parameter' : 'field'} of this ${kind}`, suggest(name, baseFields.map((f) => f.name)));
        }
      });
      const supported = v.supported !== false;
      return {
        implementation,
        status: supported ? 'supported' : 'unsupported',
        ...opt('note', text(v.note)),
        ...opt('since', v.since as string | undefined),
        addedFields: this.fields(file, [...here, fieldsKey], v[fieldsKey], kind === 'segment'),
        removedFields: removed,
        ...('result' in v && kind === 'action' ? { result: v.result === null ? null : this.typeNode(file, [...here, 'result'], v.result) } : {}),
        ...(kind === 'action' && Array.isArray(v.names) ? { names: v.names as string[] } : {}),
      };
    });
  }

  private action(e: Entry): Action {
    const v = e.value as Raw;
    const { file, path } = e;
    const category = v.category as string;
    if (!this.context.categories.includes(category)) {
      this.error(file.at([...path, 'category']), `unknown category '${category}'`, suggest(category, this.context.categories, `categories are: ${this.context.categories.join(', ')}`));
    }
    this.checkOrigin(file, [...path, 'origin'], v.origin as string);
    this.checkLanguages(file, path, v);
    this.checkSupportStated(file, [...path, 'support'], v.support, v.origin as string);
    const params = this.fields(file, [...path, 'params'], v.params);
    const variants = (v.variants as string[] | undefined) ?? this.context.defaultVariants;
    (v.variants as string[] | undefined)?.forEach((variant, i) => {
      if (!this.context.variants.includes(variant)) {
        this.error(file.at([...path, 'variants', i]), `unknown call variant '${variant}'`, suggest(variant, this.context.variants, `variants are: ${this.context.variants.join(', ')}`));
      }
    });
    const aliases: Alias[] = ((v.aliases as Raw[] | undefined) ?? []).map((a) => ({
      name: a.name as string,
      ...opt('deprecated', deprecation(a.deprecated)),
      ...opt('description', text(a.description)),
    }));
    const examples: Example[] = ((v.examples as Raw[] | undefined) ?? []).map((x, i) => ({
      ...opt('title', text(x.title)),
      ...opt('implementation', x.implementation as string | undefined),
      ...('params' in x ? { params: (x.params ?? {}) as Record<string, unknown> } : {}),
      ...('result' in x ? { result: x.result } : {}),
      source: file.at([...path, 'examples', i]),
      ...('params' in x ? { paramsSource: file.at([...path, 'examples', i, 'params']) } : {}),
      ...('result' in x ? { resultSource: file.at([...path, 'examples', i, 'result']) } : {}),
    }));
    examples.forEach((x, i) => {
      if (x.implementation !== undefined && !this.context.implementations.includes(x.implementation)) {
        this.error(file.at([...path, 'examples', i, 'implementation']), `unknown implementation '${x.implementation}'`, suggest(x.implementation, this.context.implementations));
      }
    });
    const support = this.support(file, [...path, 'support'], v.support, v.origin as string, 'action', params);
    for (const s of support) {
      s.names?.forEach((name, i) => {
        if (name !== e.key && !aliases.some((a) => a.name === name)) {
          this.error(file.at([...path, 'support', s.implementation, 'names', i]), `'${name}' is neither '${e.key}' nor one of its aliases`, suggest(name, [e.key, ...aliases.map((a) => a.name)], 'list the name under aliases: first'));
        }
      });
    }
    return {
      name: e.key,
      title: text(v.title)!,
      ...opt('description', text(v.description)),
      category,
      origin: v.origin as string,
      params,
      result: v.result === undefined || v.result === null ? null : this.typeNode(file, [...path, 'result'], v.result),
      variants: [...variants].sort(),
      ...opt('deprecated', deprecation(v.deprecated)),
      aliases,
      support,
      examples,
      source: file.at(path, true),
    };
  }

  private segment(e: Entry): Segment {
    const v = e.value as Raw;
    const { file, path } = e;
    this.checkOrigin(file, [...path, 'origin'], v.origin as string);
    this.checkLanguages(file, path, v);
    const direction = (v.direction as Direction | undefined) ?? 'both';
    const fields = this.fields(file, [...path, 'fields'], v.fields, true);
    for (const field of fields) {
      if (direction !== 'both' && field.direction !== 'both' && field.direction !== direction) {
        this.error(field.source, `field '${field.name}' is ${field.direction}-only, but segment '${e.key}' is only ${direction === 'send' ? 'sent' : 'received'}`, 'remove the field or fix one of the directions');
      }
    }
    const examples: SegmentExample[] = ((v.examples as Raw[] | undefined) ?? []).map((x, i) => ({
      ...opt('title', text(x.title)),
      data: x.data as Record<string, unknown>,
      ...opt('implementation', x.implementation as string | undefined),
      ...opt('cq', x.cq as string | undefined),
      source: file.at([...path, 'examples', i]),
    }));
    examples.forEach((x, i) => {
      if (x.implementation !== undefined && !this.context.implementations.includes(x.implementation)) {
        this.error(file.at([...path, 'examples', i, 'implementation']), `unknown implementation '${x.implementation}'`, suggest(x.implementation, this.context.implementations));
      }
    });
    return {
      type: e.key,
      title: text(v.title)!,
      ...opt('description', text(v.description)),
      origin: v.origin as string,
      direction,
      fields,
      ...opt('deprecated', deprecation(v.deprecated)),
      support: this.support(file, [...path, 'support'], v.support, v.origin as string, 'segment', fields),
      examples,
      source: file.at(path, true),
    };
  }

  private event(e: Entry, postTypes: { value: string; discriminator: string }[]): Event {
    const v = e.value as Raw;
    const { file, path } = e;
    this.checkOrigin(file, [...path, 'origin'], v.origin as string);
    this.checkLanguages(file, path, v);
    const discriminators = Object.entries(v.discriminators as Raw).map(([key, value]) => ({ key, value: String(value) }));
    const at = (i: number) => file.at([...path, 'discriminators', discriminators[i]!.key], true);
    const [first, second, third, ...rest] = discriminators;
    if (first && first.key !== 'post_type') {
      this.error(at(0), `the first discriminator must be 'post_type', not '${first.key}'`, 'list discriminators in order: post_type, then its secondary key, then sub_type');
    } else if (first) {
      const postType = postTypes.find((p) => p.value === first.value);
      if (!postType) {
        this.error(file.at([...path, 'discriminators', 'post_type']), `unknown post_type '${first.value}'`, suggest(first.value, postTypes.map((p) => p.value), 'declare it under event_base.post_types'));
      } else if (second && second.key !== postType.discriminator) {
        this.error(at(1), `events with post_type '${first.value}' are discriminated by '${postType.discriminator}', not '${second.key}'`, `write \`${postType.discriminator}: ...\` second`);
      }
    }
    if (third && third.key !== 'sub_type') this.error(at(2), `the third discriminator can only be 'sub_type', not '${third.key}'`);
    if (rest.length) this.error(at(3), 'an event has at most three discriminators', 'post_type, its secondary key, and sub_type');
    const fields = this.fields(file, [...path, 'fields'], v.fields);
    for (const field of fields) {
      if (discriminators.some((d) => d.key === field.name)) {
        this.error(field.source, `'${field.name}' is a discriminator of this event`, 'discriminators become fields by themselves; remove this one');
      }
    }
    const examples = ((v.examples as Raw[] | undefined) ?? []).map((x, i) => ({ value: x, source: file.at([...path, 'examples', i]) }));
    return {
      id: e.key,
      typeName: eventTypeName(e.key),
      title: text(v.title)!,
      ...opt('description', text(v.description)),
      origin: v.origin as string,
      discriminators,
      fields,
      quickOperation: this.fields(file, [...path, 'quick_operation'], v.quick_operation),
      ...opt('deprecated', deprecation(v.deprecated)),
      support: this.support(file, [...path, 'support'], v.support, v.origin as string, 'event', fields),
      examples,
      source: file.at(path, true),
    };
  }

  // ---- whole-model checks --------------------------------------------------------------------

  /** References resolve; names that become code do not collide; unused types are reported. */
  private checkNames(model: Model): void {
    const typeNames = new Set<string>([...model.types.map((t) => t.name), ...BUILTIN_TYPE_NAMES]);
    for (const ref of this.references) {
      if (!typeNames.has(ref.name)) {
        this.error(ref.at, `unknown type '${ref.name}'`, suggest(ref.name, typeNames, 'define it under types: or use a primitive (string, int64, ...)'));
      }
    }
    const used = new Set(this.references.map((r) => r.name));
    for (const type of model.types) {
      if (!used.has(type.name)) this.warn(type.source, `type '${type.name}' is never used`, 'remove it, or refer to it from an action, segment or event');
    }
    const actionNames = new Map(model.actions.map((a) => [a.name, a]));
    const aliasOwners = new Map<string, Action>();
    for (const action of model.actions) {
      for (const alias of action.aliases) {
        if (actionNames.has(alias.name)) {
          this.error(action.source, `alias '${alias.name}' of '${action.name}' is also an action`, 'an old name is either an alias or an action, not both');
        }
        const owner = aliasOwners.get(alias.name);
        if (owner) this.error(action.source, `alias '${alias.name}' is claimed by both '${owner.name}' and '${action.name}'`);
        aliasOwners.set(alias.name, action);
      }
    }
    // `.send_packet` and `send_packet` would both be the client's send_packet and SendPacketParams. A
    // warning, not an error: an imported draft may hold both names before someone makes one an alias.
    const byMethod = new Map<string, Action>();
    for (const action of model.actions) {
      const other = byMethod.get(methodName(action));
      if (other) {
        this.warn(action.source, `actions '${other.name}' and '${action.name}' would have the same name in code ('${methodName(action)}'), and the generated code would not compile`, `make '${action.name}' an alias of '${other.name}' (an implementation's support entry can say it answers only to that name with \`names:\`)`);
      }
      byMethod.set(methodName(action), action);
    }
  }

  /** No named type is only another name for itself (TS2456, and endless to check a value against). */
  private checkCycles(model: Model): void {
    for (const path of aliasCycles(model.types)) {
      const [from, to] = [path[0]!, path[1]!];
      const type = model.types.find((t) => t.name === from)!;
      const at = this.referencesOf.get(from)?.find((r) => r.name === to)?.at ?? type.source;
      this.error(
        at,
        path.length === 2 ? `type '${from}' is defined as itself` : `types ${path.slice(0, -1).map((n) => `'${n}'`).join(', ')} are defined as each other (${path.join(' → ')})`,
        'a type can refer to itself only inside an object field or an array (`children: Node[]`); give one of them a real definition',
      );
    }
  }

  /** No two events share discriminators, and none is a prefix of another (that would make narrowing ambiguous). */
  private checkEvents(model: Model): void {
    const keys = model.events.map((e) => ({ event: e, key: discriminatorKey(e) }));
    for (const a of keys) {
      for (const b of keys) {
        if (a === b) continue;
        if (a.key === b.key && a.event.id < b.event.id) {
          this.error(b.event.source, `events '${a.event.id}' and '${b.event.id}' have the same discriminators`, 'give one of them a sub_type, or merge them');
        } else if (b.key.startsWith(a.key + '|')) {
          this.error(a.event.source, `the discriminators of '${a.event.id}' are a prefix of those of '${b.event.id}'`, `give '${a.event.id}' a sub_type too, so an event matches exactly one type`);
        }
      }
    }
  }
}

// ---- small helpers -----------------------------------------------------------------------------

function discriminatorKey(event: Pick<Event, 'discriminators'>): string {
  return event.discriminators.map((d) => `${d.key}=${d.value}`).join('|');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function singular(section: string): string {
  return { types: 'type', actions: 'action', segments: 'segment', events: 'event', categories: 'category' }[section] ?? section.replace(/s$/, '');
}

/** `{ key: value }` when value is defined, `{}` otherwise: keeps optional keys absent, not undefined. */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function text(raw: unknown): Text | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return { zh: raw.trim() };
  const v = raw as Raw;
  return { ...opt('zh', (v.zh as string | undefined)?.trim()), ...opt('en', (v.en as string | undefined)?.trim()) };
}

function verification(raw: Raw | undefined): Verification | undefined {
  if (!raw) return undefined;
  return { repository: raw.repository as string, commit: raw.commit as string, date: raw.date as string, ...opt('branch', raw.branch as string | undefined) };
}

function deprecation(raw: unknown): Deprecation | undefined {
  if (raw === undefined || raw === false) return undefined;
  if (raw === true) return {};
  return { reason: text(raw)! };
}
