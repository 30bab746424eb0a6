/**
 * The merged spec → the model: every entry normalized (defaults filled in, texts in both
 * languages, types built by build-types.ts), every list in a stable order. Building takes what it
 * is given and reports only what it cannot build without (a spec with no `protocol`); what the
 * entries mean is checked afterwards, on the model and the entries (the check-*.ts files).
 */
import type {
  Action,
  Alias,
  Category,
  Disagreement,
  Event,
  Example,
  Implementation,
  Model,
  Segment,
  SegmentExample,
  Support,
  Verification,
} from '../model/types.js';
import { eventTypeName } from '../model/naming.js';
import { discriminatorKey } from '../model/queries.js';
import { deprecation, opt, text } from './build-values.js';
import { TypeBuilder } from './build-types.js';
import type { Diagnostic } from './diagnostics.js';
import type { Entry, Sections } from './merge.js';
import type { RawAction, RawEvent, RawEventBase, RawProtocol, RawSegment, RawVerification } from './raw-types.js';

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

  build(protocolEntry: Entry<RawProtocol>): Model {
    const p = protocolEntry.value;
    const implementations = this.sections.entries('implementations').map(
      ({ key, value: v }): Implementation => ({
        id: key,
        title: text(v.title),
        ...opt('homepage', v.homepage),
        ...opt('description', text(v.description)),
        ...opt('verified', verification(v.verified)),
      }),
    );
    this.implementationIds = implementations.map((i) => i.id);
    this.disagreements(implementations);
    const origins = [
      ...implementations.map((i) => ({ id: i.id, title: i.title, ...opt('description', i.description), implementation: true })),
      ...this.sections
        .entries('origins')
        .map(({ key, value: v }) => ({ id: key, title: text(v.title), ...opt('description', text(v.description)), implementation: false })),
    ];
    const callVariants = Object.entries(p.call_variants ?? {}).map(([id, v]) => ({
      id,
      suffix: v.suffix,
      default: v.default === true,
      ...opt('description', text(v.description)),
    }));
    this.defaultVariants = callVariants.filter((v) => v.default).map((v) => v.id);

    const envelopeEntry = this.sections.single('envelope');
    const envelope = envelopeEntry
      ? {
          ...opt('description', text(envelopeEntry.value.description)),
          fields: this.types.fields(envelopeEntry.file, [...envelopeEntry.path, 'fields'], envelopeEntry.value.fields),
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
        name: p.name,
        version: p.version,
        title: text(p.title),
        ...opt('description', text(p.description)),
        ...opt('homepage', p.homepage),
      },
      implementations,
      origins,
      categories: this.categories(),
      callVariants,
      envelope,
      retcodes: this.retcodes(),
      transports: this.sections
        .entries('transports')
        .map(({ key, value: v }) => ({ id: key, title: text(v.title), ...opt('description', text(v.description)) })),
      ...(authEntry ? { authentication: text(authEntry.value) } : {}),
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
      implementation.disagreements = e.value.map(
        (raw, i): Disagreement => ({ rule: raw.rule, where: raw.where, reason: text(raw.reason), file: raw.source, source: e.file.at([...e.path, i], true) }),
      );
    }
  }

  private categories(): Category[] {
    return this.sections
      .entries('categories')
      .map(({ key, value: v }, order) => ({ id: key, title: text(v.title), ...opt('description', text(v.description)), ...opt('parent', v.parent), order }));
  }

  private retcodes() {
    return this.sections.retcodes
      .map(({ value: v }) => ({
        code: v.code,
        name: v.name,
        ...opt('status', v.status),
        ...opt('origin', v.origin),
        ...opt('description', text(v.description)),
      }))
      .sort((a, b) => a.code - b.code);
  }

  private eventBase(entry: Entry<RawEventBase>) {
    const v = entry.value;
    const fields = this.types.fields(entry.file, [...entry.path, 'fields'], v.fields);
    const postTypes = Object.entries(v.post_types).map(([value, r]) => ({ value, discriminator: r.discriminator, ...opt('title', text(r.title)) }));
    return { fields, postTypes };
  }

  // ---- actions, segments, events -------------------------------------------------------------

  /** Every implementation's support: as stated, else supported by the origin and unknown for the others. */
  private support(entry: Entry<RawAction | RawSegment | RawEvent>, kind: SupportKind): Support[] {
    const { file, path } = entry;
    const v = entry.value;
    const map = v.support ?? {};
    const keys = supportKeys(kind);
    return this.implementationIds.map((implementation): Support => {
      const value = map[implementation];
      const here = [...path, 'support', implementation];
      if (value === undefined) {
        return { implementation, status: implementation === v.origin ? 'supported' : 'unknown', addedFields: [], removedFields: [] };
      }
      if (typeof value === 'boolean') return { implementation, status: value ? 'supported' : 'unsupported', addedFields: [], removedFields: [] };
      const s = value;
      return {
        implementation,
        status: s.supported !== false ? 'supported' : 'unsupported',
        ...opt('note', text(s.note)),
        ...opt('since', s.since),
        addedFields: this.types.fields(file, [...here, keys.fields], s[keys.fields], kind === 'segment'),
        removedFields: s[keys.remove] ?? [],
        // A YAML mapping never holds undefined: a key there is a key with a value.
        ...(s.result !== undefined && kind === 'action' ? { result: s.result === null ? null : this.types.typeNode(file, [...here, 'result'], s.result) } : {}),
        ...(kind === 'action' && s.names ? { names: s.names } : {}),
      };
    });
  }

  private action(e: Entry<RawAction>): Action {
    const v = e.value;
    const { file, path } = e;
    const params = this.types.fields(file, [...path, 'params'], v.params);
    const aliases: Alias[] = (v.aliases ?? []).map((a) => ({
      name: a.name,
      ...opt('deprecated', deprecation(a.deprecated)),
      ...opt('description', text(a.description)),
    }));
    const examples: Example[] = (v.examples ?? []).map((x, i) => ({
      ...opt('title', text(x.title)),
      ...opt('implementation', x.implementation),
      ...('params' in x ? { params: x.params ?? {} } : {}),
      ...('result' in x ? { result: x.result } : {}),
      source: file.at([...path, 'examples', i]),
      ...('params' in x ? { paramsSource: file.at([...path, 'examples', i, 'params']) } : {}),
      ...('result' in x ? { resultSource: file.at([...path, 'examples', i, 'result']) } : {}),
    }));
    return {
      name: e.key,
      title: text(v.title),
      ...opt('description', text(v.description)),
      category: v.category,
      origin: v.origin,
      params,
      result: v.result === undefined || v.result === null ? null : this.types.typeNode(file, [...path, 'result'], v.result),
      variants: [...(v.variants ?? this.defaultVariants)].sort(),
      ...opt('deprecated', deprecation(v.deprecated)),
      aliases,
      support: this.support(e, 'action'),
      examples,
      source: file.at(path, true),
    };
  }

  private segment(e: Entry<RawSegment>): Segment {
    const v = e.value;
    const { file, path } = e;
    const fields = this.types.fields(file, [...path, 'fields'], v.fields, true);
    const examples: SegmentExample[] = (v.examples ?? []).map((x, i) => ({
      ...opt('title', text(x.title)),
      data: x.data,
      ...opt('implementation', x.implementation),
      ...opt('cq', x.cq),
      source: file.at([...path, 'examples', i]),
    }));
    return {
      type: e.key,
      title: text(v.title),
      ...opt('description', text(v.description)),
      origin: v.origin,
      direction: v.direction ?? 'both',
      fields,
      ...opt('deprecated', deprecation(v.deprecated)),
      support: this.support(e, 'segment'),
      examples,
      source: file.at(path, true),
    };
  }

  private event(e: Entry<RawEvent>): Event {
    const v = e.value;
    const { file, path } = e;
    const fields = this.types.fields(file, [...path, 'fields'], v.fields);
    return {
      id: e.key,
      typeName: eventTypeName(e.key),
      title: text(v.title),
      ...opt('description', text(v.description)),
      origin: v.origin,
      discriminators: Object.entries(v.discriminators).map(([key, value]) => ({ key, value })),
      fields,
      quickOperation: this.types.fields(file, [...path, 'quick_operation'], v.quick_operation),
      ...opt('deprecated', deprecation(v.deprecated)),
      support: this.support(e, 'event'),
      examples: (v.examples ?? []).map((x, i) => ({ value: x, source: file.at([...path, 'examples', i]) })),
      source: file.at(path, true),
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function verification(raw: RawVerification | undefined): Verification | undefined {
  if (!raw) return undefined;
  return { repository: raw.repository, commit: raw.commit, date: raw.date, ...opt('branch', raw.branch) };
}
