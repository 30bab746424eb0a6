/**
 * The model → spec YAML in the format of spec/README.md, so that an import becomes a draft a
 * person can edit and `pnpm generate --spec` accepts. Types are written as type expressions
 * where one fits (`int64 | string`, `FriendInfo[]`) and as definitions otherwise; small mappings
 * are written on one line, as the hand-written spec does.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Action, Deprecation, EnumType, Event, Example, Field, Model, Segment, Support, Text, TypeNode } from '../model/types.js';

type Raw = Record<string, unknown>;

export interface SpecYamlOptions {
  /** A comment at the top of the file. */
  header?: string;
}

export function toSpecYaml(model: Model, options: SpecYamlOptions = {}): string {
  const writer = new SpecWriter(model);
  const doc = new Document(writer.spec(), { aliasDuplicateObjects: false });
  visit(doc, {
    Map(_, node) {
      // One line for mappings of a few short scalars: `{ type: int64, description: QQ 号 }`.
      const scalars = node.items.every((p) => isScalar(p.value) || (isSeq(p.value) && p.value.items.every(isScalar)) || (isMap(p.value) && p.value.flow));
      const length = JSON.stringify(node.toJSON()).length;
      if (
        scalars &&
        node.items.length <= 5 &&
        length <= 100 &&
        !node.items.some((p) => isScalar(p.value) && typeof p.value.value === 'string' && p.value.value.includes('\n'))
      )
        node.flow = true;
    },
  });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  const header = options.header
    ? options.header
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n') + '\n'
    : '';
  return header + body;
}

class SpecWriter {
  private readonly hoisted: Raw = {};
  private readonly names: Set<string>;
  private readonly defaultVariants: string[];

  constructor(private readonly model: Model) {
    this.names = new Set(model.types.map((t) => t.name));
    this.defaultVariants = model.callVariants
      .filter((v) => v.default)
      .map((v) => v.id)
      .sort();
  }

  spec(): Raw {
    const m = this.model;
    const out: Raw = {};
    const p = m.protocol;
    const callVariants = Object.fromEntries(
      m.callVariants.map((v) => [v.id, clean({ suffix: v.suffix, default: v.default || undefined, description: text(v.description) })]),
    );
    out.protocol = clean({
      name: p.name,
      version: p.version,
      title: text(p.title),
      description: text(p.description),
      homepage: p.homepage,
      call_variants: m.callVariants.length ? callVariants : undefined,
    });
    out.implementations = Object.fromEntries(
      m.implementations.map((i) => [
        i.id,
        clean({ title: text(i.title), homepage: i.homepage, description: text(i.description), verified: i.verified ? { ...i.verified } : undefined }),
      ]),
    );
    const explained = m.implementations.filter((i) => i.disagreements?.length);
    if (explained.length) {
      out.disagreements = Object.fromEntries(
        explained.map((i) => [
          i.id,
          i.disagreements!.map((d) => ({ rule: d.rule, where: d.where, source: d.file, reason: { zh: d.reason.zh, en: d.reason.en } })),
        ]),
      );
    }
    const origins = m.origins.filter((o) => !o.implementation);
    if (origins.length) out.origins = Object.fromEntries(origins.map((o) => [o.id, clean({ title: text(o.title), description: text(o.description) })]));
    out.categories = Object.fromEntries(
      [...m.categories]
        .sort((a, b) => a.order - b.order)
        .map((c) => [c.id, clean({ title: text(c.title), description: text(c.description), parent: c.parent })]),
    );
    out.envelope = clean({ description: text(m.envelope.description), fields: this.fields(m.envelope.fields, 'Envelope') });
    if (m.retcodes.length)
      out.retcodes = m.retcodes.map((r) => clean({ code: r.code, name: r.name, status: r.status, origin: r.origin, description: text(r.description) }));
    if (m.transports.length)
      out.transports = Object.fromEntries(m.transports.map((t) => [t.id, clean({ title: text(t.title), description: text(t.description) })]));
    if (m.authentication) out.authentication = text(m.authentication);
    out.event_base = {
      fields: this.fields(m.eventBase.fields, 'EventBase'),
      post_types: Object.fromEntries(m.eventBase.postTypes.map((p) => [p.value, clean({ discriminator: p.discriminator, title: text(p.title) })])),
    };
    const types: Raw = {};
    for (const t of m.types) {
      types[t.name] = withMeta(this.type(t.type, t.name, true), {
        title: text(t.title),
        description: text(t.description),
        deprecated: deprecation(t.deprecated),
        example: t.type.example,
      });
    }
    const actions = Object.fromEntries(m.actions.map((a) => [a.name, this.action(a)]));
    const segments = Object.fromEntries(m.segments.map((s) => [s.type, this.segment(s)]));
    const events = Object.fromEntries(m.events.map((e) => [e.id, this.event(e)]));
    const allTypes = { ...types, ...this.hoisted };
    if (Object.keys(allTypes).length) out.types = Object.fromEntries(Object.entries(allTypes).sort(([a], [b]) => (a < b ? -1 : 1)));
    if (m.actions.length) out.actions = actions;
    if (m.segments.length) out.segments = segments;
    if (m.events.length) out.events = events;
    return out;
  }

  private action(a: Action): Raw {
    const base = pascal(a.name);
    const variants = [...a.variants].sort();
    return clean({
      title: text(a.title),
      description: text(a.description),
      category: a.category,
      origin: a.origin,
      params: a.params.length ? this.fields(a.params, `${base}Params`) : undefined,
      result: a.result ? this.type(a.result, `${base}Result`) : undefined,
      variants: variants.join() === this.defaultVariants.join() ? undefined : variants,
      deprecated: deprecation(a.deprecated),
      aliases: a.aliases.length
        ? a.aliases.map((x) => clean({ name: x.name, deprecated: deprecation(x.deprecated), description: text(x.description) }))
        : undefined,
      support: this.support(a.support, a.origin, 'action', base),
      examples: a.examples.length ? a.examples.map((x) => this.example(x)) : undefined,
    });
  }

  private segment(s: Segment): Raw {
    const base = `${pascal(s.type)}Segment`;
    return clean({
      title: text(s.title),
      description: text(s.description),
      origin: s.origin,
      direction: s.direction === 'both' ? undefined : s.direction,
      fields: s.fields.length ? this.fields(s.fields, base) : undefined,
      deprecated: deprecation(s.deprecated),
      support: this.support(s.support, s.origin, 'segment', base),
      examples: s.examples.length
        ? s.examples.map((x) => clean({ title: text(x.title), implementation: x.implementation, data: x.data, cq: x.cq }))
        : undefined,
    });
  }

  private event(e: Event): Raw {
    return clean({
      title: text(e.title),
      description: text(e.description),
      origin: e.origin,
      discriminators: Object.fromEntries(e.discriminators.map((d) => [d.key, d.value])),
      fields: e.fields.length ? this.fields(e.fields, e.typeName) : undefined,
      quick_operation: e.quickOperation.length ? this.fields(e.quickOperation, `${e.typeName}QuickOperation`) : undefined,
      deprecated: deprecation(e.deprecated),
      support: this.support(e.support, e.origin, 'event', e.typeName),
      examples: e.examples.length ? e.examples.map((x) => x.value) : undefined,
    });
  }

  private support(list: Support[], origin: string, kind: 'action' | 'segment' | 'event', context: string): Raw | undefined {
    const out: Raw = {};
    for (const s of list) {
      const plain = !s.note && !s.since && !s.addedFields.length && !s.removedFields.length && s.result === undefined && !s.names;
      if (s.status === 'unknown') continue;
      if (plain && s.status === 'supported' && s.implementation === origin) continue;
      if (plain) {
        out[s.implementation] = s.status === 'supported';
        continue;
      }
      const params = kind === 'action' ? 'params' : 'fields';
      out[s.implementation] = clean({
        supported: s.status === 'unsupported' ? false : undefined,
        note: text(s.note),
        since: s.since,
        [params]: s.addedFields.length ? this.fields(s.addedFields, `${context}${pascal(s.implementation)}`) : undefined,
        [kind === 'action' ? 'remove_params' : 'remove_fields']: s.removedFields.length ? s.removedFields : undefined,
        result: s.result === undefined ? undefined : s.result === null ? null : this.type(s.result, `${context}${pascal(s.implementation)}Result`),
        names: s.names,
      });
    }
    return Object.keys(out).length ? out : undefined;
  }

  private example(x: Example): Raw {
    const out = clean({ title: text(x.title), implementation: x.implementation, params: x.params });
    if ('result' in x) out.result = x.result ?? null;
    return out;
  }

  fields(fields: Field[], context: string): Raw {
    return Object.fromEntries(fields.map((f) => [f.name, this.field(f, `${context}${pascal(f.name)}`)]));
  }

  private field(f: Field, context: string): unknown {
    const type = this.type(f.type, context);
    const simple = f.required && !f.hasDefault && !f.description && !f.deprecated && f.direction === 'both';
    if (simple && typeof type === 'string') return type;
    const base: Raw = typeof type === 'string' ? { type } : { ...(type as Raw) };
    return clean(
      {
        ...base,
        required: !f.required && !f.hasDefault ? false : undefined,
        ...(f.hasDefault ? { default: f.default } : {}),
        description: text(f.description) ?? base.description,
        deprecated: deprecation(f.deprecated) ?? base.deprecated,
        direction: f.direction === 'both' ? undefined : f.direction,
      },
      f.hasDefault ? ['default'] : [],
    );
  }

  /** A type expression when one fits, a definition otherwise. `named` keeps the top-level meta for the caller. */
  type(node: TypeNode, context: string, named = false): unknown {
    const meta = named ? {} : { title: text(node.title), description: text(node.description), deprecated: deprecation(node.deprecated), example: node.example };
    const hasMeta = Object.values(meta).some((v) => v !== undefined);
    const expr = this.expression(node, context);
    if (expr !== undefined) return hasMeta ? clean({ type: expr, ...meta }) : expr;
    return withMeta(this.definition(node, context), meta);
  }

  private definition(node: TypeNode, context: string): Raw {
    switch (node.kind) {
      case 'object':
        return clean({
          ...(node.fields.length ? { fields: this.fields(node.fields, context) } : { type: 'object' }),
          additional: node.additional ? this.type(node.additional, `${context}Value`) : undefined,
        });
      case 'enum':
        return { type: node.base, enum: enumValues(node) };
      case 'array':
        return { type: 'array', items: this.type(node.items, `${context}Item`) };
      case 'union': {
        const nonNull = node.variants.filter((v) => !(v.kind === 'primitive' && v.name === 'null'));
        if (nonNull.length === 1 && nonNull.length < node.variants.length) {
          const inner = this.type(nonNull[0]!, context);
          return { ...(typeof inner === 'string' ? { type: inner } : (inner as Raw)), nullable: true };
        }
        return { type: node.variants.map((v, i) => this.expression(v, context) ?? this.hoist(v, `${context}Variant${i + 1}`)).join(' | ') };
      }
      case 'map':
        return { type: `map<${this.expression(node.values, context) ?? this.hoist(node.values, `${context}Value`)}>` };
      default:
        return { type: this.expression(node, context) };
    }
  }

  /** The node as a type expression, or undefined when it needs a definition. */
  private expression(node: TypeNode, context: string): string | undefined {
    switch (node.kind) {
      case 'primitive':
        return node.name;
      case 'literal':
        if (typeof node.value !== 'string') return String(node.value);
        return node.value.includes("'") ? `"${node.value}"` : `'${node.value}'`;
      case 'ref':
        return node.name;
      case 'array': {
        const inner = this.expression(node.items, context);
        if (inner === undefined || hasMeta(node.items)) return undefined;
        return node.items.kind === 'union' ? `(${inner})[]` : `${inner}[]`;
      }
      case 'map': {
        const inner = this.expression(node.values, context);
        return inner === undefined || hasMeta(node.values) ? undefined : `map<${inner}>`;
      }
      case 'union': {
        const parts = node.variants.map((v) => (hasMeta(v) ? undefined : this.expression(v, context)));
        return parts.every((p) => p !== undefined) ? parts.join(' | ') : undefined;
      }
      default:
        return undefined;
    }
  }

  /** Names an inline type that a type expression cannot hold (an object inside a union). */
  private hoist(node: TypeNode, name: string): string {
    let unique = name;
    for (let i = 2; this.names.has(unique); i++) unique = `${name}${i}`;
    this.names.add(unique);
    this.hoisted[unique] = this.type(node, unique);
    return unique;
  }
}

function hasMeta(node: TypeNode): boolean {
  return !!(node.title || node.description || node.deprecated || node.example !== undefined);
}

function enumValues(node: EnumType): unknown[] {
  return node.values.map((v) => {
    const defaultName = typeof v.value === 'string' ? v.value : `value_${String(v.value).replace('-', 'minus_')}`;
    const named = v.name !== defaultName;
    if (!named && !v.title && !v.description) return v.value;
    return clean({ value: v.value, name: named ? v.name : undefined, title: text(v.title), description: text(v.description) });
  });
}

function withMeta(type: unknown, meta: Raw): unknown {
  const present = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
  if (!Object.keys(present).length) return type;
  return { ...(typeof type === 'string' ? { type } : (type as Raw)), ...present };
}

function text(t: Text | undefined): unknown {
  if (!t || (t.zh === undefined && t.en === undefined)) return undefined;
  if (t.en === undefined) return t.zh;
  return clean({ zh: t.zh, en: t.en });
}

function deprecation(d: Deprecation | undefined): unknown {
  if (!d) return undefined;
  return d.reason ? text(d.reason) : true;
}

/** Drops keys whose value is undefined; keys in `keep` are written as null instead. */
function clean(raw: Raw, keep: string[] = []): Raw {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([k, v]) => v !== undefined || keep.includes(k))
      .map(([k, v]) => [k, v === undefined ? null : v]),
  );
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}
