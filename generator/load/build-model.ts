/**
 * The merged spec → the model: every entry normalized (defaults filled in, texts in both
 * languages, types built by build-types.ts), every list in a stable order. Building takes what it
 * is given and reports only what it cannot build without (a spec with no `protocol`); what the
 * entries mean is checked afterwards, on the model and the entries (the check-*.ts files).
 */
import type { Action, Alias, Category, Disagreement, Direction, Event, Example, Implementation, Model, Segment, SegmentExample, Support, Verification } from '../model/types.js';
import { eventTypeName } from '../model/naming.js';
import { discriminatorKey } from '../model/queries.js';
import { deprecation, opt, text } from './build-values.js';
import { TypeBuilder } from './build-types.js';
import type { Diagnostic } from './diagnostics.js';
import type { Entry, Sections } from './merge.js';

type Raw = Record<string, unknown>;

/** The kinds of entry that say which implementations support them. */
export type SupportKind = 'action' | 'segment' | 'event';

/** The keys of an entry's support mapping that hold fields and the fields it leaves out: an action's parameters, a segment's or event's fields. */
export function supportKeys(kind: SupportKind): { fields: 'params' | 'fields'; remove: 'remove_params' | 'remove_fields' } {
  return kind === 'action' ? { fields: 'params', remove: 'remove_params' } : { fields: 'fields', remove: 'remove_fields' };
}

export interface Built {
  /** Undefined when the spec cannot be built (it has no `protocol`). */
  model?: Model;
  sections: Sections;
  /** What building the types recorded for the checks. */
  types: TypeBuilder;
  diagnostics: Diagnostic[];
}

export function buildModel(sections: Sections): Built {
  const types = new TypeBuilder();
  const built: Built = { sections, types, diagnostics: [] };
  const protocolEntry = sections.single('protocol');
  if (!protocolEntry) {
    built.diagnostics.push({
      file: sections.files[0]?.name ?? 'spec',
      line: 1,
      column: 1,
      severity: 'error',
      message: 'the spec has no `protocol` section',
      hint: 'add one to spec/protocol.yaml (see spec/README.md#protocol)',
    });
    return built;
  }
  const builder = new ModelBuilder(sections, types);
  built.model = builder.build(protocolEntry);
  return built;
}

class ModelBuilder {
  /** Every implementation's id, in the spec's order. */
  private implementationIds: string[] = [];
  /** The call variants an action has when it does not list its own. */
  private defaultVariants: string[] = [];

  constructor(
    private readonly sections: Sections,
    private readonly types: TypeBuilder,
  ) {}

  build(protocolEntry: Entry): Model {
    const p = protocolEntry.value as Raw;
    const implementations = this.sections.entries('implementations').map((e): Implementation => {
      const v = e.value as Raw;
      return {
        id: e.key,
        title: text(v.title)!,
        ...opt('homepage', v.homepage as string | undefined),
        ...opt('description', text(v.description)),
        ...opt('verified', verification(v.verified as Raw | undefined)),
      };
    });
    this.implementationIds = implementations.map((i) => i.id);
    this.disagreements(implementations);
    const origins = [
      ...implementations.map((i) => ({ id: i.id, title: i.title, ...opt('description', i.description), implementation: true })),
      ...this.sections.entries('origins').map((e) => {
        const v = e.value as Raw;
        return { id: e.key, title: text(v.title)!, ...opt('description', text(v.description)), implementation: false };
      }),
    ];
    const callVariants = Object.entries((p.call_variants as Raw | undefined) ?? {}).map(([id, raw]) => {
      const v = raw as Raw;
      return { id, suffix: v.suffix as string, default: v.default === true, ...opt('description', text(v.description)) };
    });
    this.defaultVariants = callVariants.filter((v) => v.default).map((v) => v.id);

    const envelopeEntry = this.sections.single('envelope');
    const envelope = envelopeEntry
      ? {
          ...opt('description', text((envelopeEntry.value as Raw).description)),
          fields: this.types.fields(envelopeEntry.file, [...envelopeEntry.path, 'fields'], (envelopeEntry.value as Raw).fields),
        }
      : { fields: [] };
    const eventBaseEntry = this.sections.single('event_base');
    const eventBase = eventBaseEntry ? this.eventBase(eventBaseEntry) : { fields: [], postTypes: [] };

    const types = this.sections
      .entries('types')
      .map((e) => this.types.namedType(e))
      .sort((a, b) => compare(a.name, b.name));
    const actions = this.sections
      .entries('actions')
      .map((e) => this.action(e))
      .sort((a, b) => compare(a.name, b.name));
    const segments = this.sections
      .entries('segments')
      .map((e) => this.segment(e))
      .sort((a, b) => compare(a.type, b.type));
    const events = this.sections
      .entries('events')
      .map((e) => this.event(e))
      .sort((a, b) => compare(discriminatorKey(a), discriminatorKey(b)) || compare(a.id, b.id));

    const authEntry = this.sections.single('authentication');
    return {
      protocol: {
        name: p.name as string,
        version: String(p.version),
        title: text(p.title)!,
        ...opt('description', text(p.description)),
        ...opt('homepage', p.homepage as string | undefined),
      },
      implementations,
      origins,
      categories: this.categories(),
      callVariants,
      envelope,
      retcodes: this.retcodes(),
      transports: this.sections.entries('transports').map((e) => {
        const v = e.value as Raw;
        return { id: e.key, title: text(v.title)!, ...opt('description', text(v.description)) };
      }),
      ...(authEntry ? { authentication: text(authEntry.value)! } : {}),
      eventBase,
      types,
      actions,
      segments,
      events,
      sources: this.sections.files.map((f) => f.name).sort(),
    };
  }

  // ---- protocol-level sections ---------------------------------------------------------------

  /** Each implementation's known disagreements with its code, attached to it. */
  private disagreements(implementations: Implementation[]): void {
    for (const e of this.sections.entries('disagreements')) {
      const implementation = implementations.find((i) => i.id === e.key);
      if (!implementation) continue;
      implementation.disagreements = ((e.value as Raw[] | undefined) ?? []).map(
        (raw, i): Disagreement => ({ rule: raw.rule as string, where: raw.where as string, reason: text(raw.reason)!, file: raw.source as string, source: e.file.at([...e.path, i], true) }),
      );
    }
  }

  private categories(): Category[] {
    return this.sections.entries('categories').map((e, order) => {
      const v = e.value as Raw;
      return { id: e.key, title: text(v.title)!, ...opt('description', text(v.description)), ...opt('parent', v.parent as string | undefined), order };
    });
  }

  private retcodes() {
    return this.sections.retcodes
      .map((e) => {
        const v = e.value as Raw;
        return {
          code: v.code as number,
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
    const fields = this.types.fields(entry.file, [...entry.path, 'fields'], v.fields);
    const postTypes = Object.entries(v.post_types as Raw).map(([value, raw]) => {
      const r = raw as Raw;
      return { value, discriminator: r.discriminator as string, ...opt('title', text(r.title)) };
    });
    return { fields, postTypes };
  }

  // ---- actions, segments, events -------------------------------------------------------------

  /** Every implementation's support: as stated, else supported by the origin and unknown for the others. */
  private support(entry: Entry, kind: SupportKind): Support[] {
    const { file, path } = entry;
    const v = entry.value as Raw;
    const map = (v.support ?? {}) as Raw;
    const keys = supportKeys(kind);
    return this.implementationIds.map((implementation): Support => {
      const value = map[implementation];
      const here = [...path, 'support', implementation];
      if (value === undefined) {
        return { implementation, status: implementation === v.origin ? 'supported' : 'unknown', addedFields: [], removedFields: [] };
      }
      if (typeof value === 'boolean') return { implementation, status: value ? 'supported' : 'unsupported', addedFields: [], removedFields: [] };
      const s = value as Raw;
      return {
        implementation,
        status: s.supported !== false ? 'supported' : 'unsupported',
        ...opt('note', text(s.note)),
        ...opt('since', s.since as string | undefined),
        addedFields: this.types.fields(file, [...here, keys.fields], s[keys.fields], kind === 'segment'),
        removedFields: (s[keys.remove] as string[] | undefined) ?? [],
        ...('result' in s && kind === 'action' ? { result: s.result === null ? null : this.types.typeNode(file, [...here, 'result'], s.result) } : {}),
        ...(kind === 'action' && Array.isArray(s.names) ? { names: s.names as string[] } : {}),
      };
    });
  }

  private action(e: Entry): Action {
    const v = e.value as Raw;
    const { file, path } = e;
    const params = this.types.fields(file, [...path, 'params'], v.params);
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
    return {
      name: e.key,
      title: text(v.title)!,
      ...opt('description', text(v.description)),
      category: v.category as string,
      origin: v.origin as string,
      params,
      result: v.result === undefined || v.result === null ? null : this.types.typeNode(file, [...path, 'result'], v.result),
      variants: [...((v.variants as string[] | undefined) ?? this.defaultVariants)].sort(),
      ...opt('deprecated', deprecation(v.deprecated)),
      aliases,
      support: this.support(e, 'action'),
      examples,
      source: file.at(path, true),
    };
  }

  private segment(e: Entry): Segment {
    const v = e.value as Raw;
    const { file, path } = e;
    const fields = this.types.fields(file, [...path, 'fields'], v.fields, true);
    const examples: SegmentExample[] = ((v.examples as Raw[] | undefined) ?? []).map((x, i) => ({
      ...opt('title', text(x.title)),
      data: x.data as Record<string, unknown>,
      ...opt('implementation', x.implementation as string | undefined),
      ...opt('cq', x.cq as string | undefined),
      source: file.at([...path, 'examples', i]),
    }));
    return {
      type: e.key,
      title: text(v.title)!,
      ...opt('description', text(v.description)),
      origin: v.origin as string,
      direction: (v.direction as Direction | undefined) ?? 'both',
      fields,
      ...opt('deprecated', deprecation(v.deprecated)),
      support: this.support(e, 'segment'),
      examples,
      source: file.at(path, true),
    };
  }

  private event(e: Entry): Event {
    const v = e.value as Raw;
    const { file, path } = e;
    const fields = this.types.fields(file, [...path, 'fields'], v.fields);
    return {
      id: e.key,
      typeName: eventTypeName(e.key),
      title: text(v.title)!,
      ...opt('description', text(v.description)),
      origin: v.origin as string,
      discriminators: Object.entries(v.discriminators as Raw).map(([key, value]) => ({ key, value: String(value) })),
      fields,
      quickOperation: this.types.fields(file, [...path, 'quick_operation'], v.quick_operation),
      ...opt('deprecated', deprecation(v.deprecated)),
      support: this.support(e, 'event'),
      examples: ((v.examples as Raw[] | undefined) ?? []).map((x, i) => ({ value: x, source: file.at([...path, 'examples', i]) })),
      source: file.at(path, true),
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function verification(raw: Raw | undefined): Verification | undefined {
  if (!raw) return undefined;
  return { repository: raw.repository as string, commit: raw.commit as string, date: raw.date as string, ...opt('branch', raw.branch as string | undefined) };
}
