/**
 * TypeScript types from the model, built as declarations (syntax.ts) and printed in their final
 * layout (printer.ts): shared types, segment shapes and unions, events and their unions, action
 * params/results and the action map. Discriminated unions come straight from the model, never
 * through OpenAPI.
 */
import {
  actionParamsName,
  actionResultName,
  carriesMessage,
  describeDiscriminators,
  hasSplitShapes,
  isReceivable,
  isSendable,
  postTypeUnionName,
  receiveFields,
  segmentTypeNames,
  sendFields,
} from '../../model/naming.js';
import { eventsByPostType } from '../../model/queries.js';
import type { Field, Model, TypeNode } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { tsComment, tsPropertyName } from '../escape.js';
import { generatedHeader } from '../header.js';
import { printStatements } from './printer.js';
import { keyword, literal, raw, ref, union, type Expr, type Member, type Statement, type TypeExpr } from './syntax.js';
import {
  commentText,
  commentTitle,
  deprecatedTag,
  docOf,
  enumDoc,
  fieldDoc,
  objectExpr,
  propertyOf,
  supportDoc,
  typeExpr,
  type TypeRefs,
} from './type-text.js';

/** Which generated module declares each name, so files import exactly what they use. */
type ModuleOf = Map<string, string>;

/** A file's declarations, and the declared names its code refers to (its imports are made from those). */
class FileBuilder {
  readonly statements: Statement[] = [];
  readonly refs: TypeRefs = new Set();
  constructor(
    readonly name: string,
    private readonly modules: ModuleOf,
  ) {}
  /** Records that this file declares `name`, then adds its declaration. */
  declare(name: string, statement: Statement): void {
    this.modules.set(name, this.name);
    this.statements.push(statement);
  }
  /** The file, with `import type` declarations for every name it refers to from a sibling. */
  print(model: Model, dir: string): EmittedFile & { needsFormatting: boolean } {
    const byModule = new Map<string, string[]>();
    for (const name of this.refs) {
      const module = this.modules.get(name);
      if (module === undefined || module === this.name) continue;
      byModule.set(module, [...(byModule.get(module) ?? []), name]);
    }
    const imports: Statement[] = [...byModule.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([module, names]) => ({ kind: 'import', typeOnly: true, names: names.sort().map((name) => ({ name })), from: `./${module}.js` }));
    const printed = printStatements(generatedHeader(model, 'ts'), [...imports, ...this.statements]);
    return { path: `${dir}/${this.name}.ts`, content: printed.text, needsFormatting: printed.needsFormatting };
  }
}

/** The modules emitTypes writes, in order (each but `index`). */
export const TYPE_MODULES = ['protocol', 'types', 'segments', 'events', 'actions'] as const;

export interface TypesEmitterOptions {
  dir: string;
  /** Also an `index.ts` exporting every module (the default); off where another entry point takes its place. */
  index?: boolean;
}

export function emitTypes(model: Model, options: TypesEmitterOptions = { dir: 'typescript' }): EmittedFile[] {
  const dir = options.dir;
  const modules: ModuleOf = new Map();
  const builders = [
    protocolFile(model, modules),
    typesFile(model, modules),
    segmentsFile(model, modules),
    eventsFile(model, modules),
    actionsFile(model, modules),
  ];
  const files: EmittedFile[] = builders.map((b) => b.print(model, dir));
  if (options.index !== false) {
    const exports: Statement[] = builders.map((b) => ({ kind: 'export-all', from: `./${b.name}.js` }));
    const printed = printStatements(generatedHeader(model, 'ts'), exports);
    files.push({ path: `${dir}/index.ts`, content: printed.text, needsFormatting: printed.needsFormatting });
  }
  return files;
}

// ---- helpers -----------------------------------------------------------------------------------

/** An event's received `message`, typed as the client delivers it. */
function deliveredProperty(field: Field, refs: TypeRefs): Member {
  refs.add('DeliveredMessage');
  const note = "Always segments as the client delivers it; on the wire a CQ-code string or segments, by the implementation's `message_format`.";
  return { kind: 'property', name: field.name, optional: !field.required, type: ref('DeliveredMessage'), doc: docOf(fieldDoc(field), note)! };
}

function literalProperty(name: string, value: string, doc?: string): Member {
  return { kind: 'property', name, type: literal(value), ...(doc ? { doc } : {}) };
}

/** Interfaces for objects, type aliases for everything else. */
function addNamed(file: FileBuilder, name: string, type: TypeNode, doc: string | undefined): void {
  const docs = doc ? { doc } : {};
  if (type.kind === 'object' && type.fields.length) {
    // An interface lists its index signature first, an inline object type last (objectExpr).
    const index: Member[] = type.additional ? [{ kind: 'index', keyName: 'key', keyType: 'string', type: typeExpr(type.additional, file.refs) }] : [];
    const members = [...index, ...type.fields.map((f) => propertyOf(f, file.refs))];
    file.declare(name, { kind: 'interface', name, members, ...docs });
    return;
  }
  file.declare(name, { kind: 'type', name, type: typeExpr(type, file.refs), ...docs });
}

/** A type alias of a union of names. */
function unionOf(names: readonly string[]): TypeExpr {
  return union(names.map((n) => ref(n)));
}

// ---- files -------------------------------------------------------------------------------------

function protocolFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('protocol', modules);
  file.declare('Envelope', {
    kind: 'interface',
    name: 'Envelope',
    typeParams: '<T = unknown>',
    doc: docOf(commentText(model.envelope.description), "@typeParam T - the type of `data`, the action's result")!,
    members: model.envelope.fields.map((f) => (f.name === 'data' ? { ...propertyOf(f, file.refs), type: ref('T') } : propertyOf(f, file.refs))),
  });
  const codes: Expr = {
    kind: 'object',
    multiline: true,
    properties: model.retcodes.map((r) => {
      const doc = docOf(commentText(r.description)?.replace(/\n+/g, ' — '), r.origin ? `Defined by ${tsComment(r.origin)}.` : undefined);
      return { key: r.name, value: { kind: 'number', value: r.code }, ...(doc ? { doc } : {}) };
    }),
  };
  file.declare('Retcode', {
    kind: 'const',
    name: 'Retcode',
    doc: 'Return codes and their meaning. Implementations may answer with other codes; any non-zero code other than `async` is a failure.',
    value: codes,
    asConst: true,
  });
  file.statements.push({ kind: 'type', name: 'Retcode', type: raw('(typeof Retcode)[keyof typeof Retcode]') });
  file.declare('ImplementationId', {
    kind: 'type',
    name: 'ImplementationId',
    doc: 'The implementations whose support this spec records.',
    type: union(model.implementations.map((i) => literal(i.id))),
  });
  return file;
}

function typesFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('types', modules);
  for (const named of model.types) {
    const docs = docOf(
      commentTitle(named.title),
      commentText(named.description),
      named.type.kind === 'enum' ? enumDoc(named.type) : undefined,
      deprecatedTag(named.deprecated),
    );
    addNamed(file, named.name, named.type, docs);
  }
  return file;
}

function segmentsFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('segments', modules);
  const shape = (name: string, segment: Model['segments'][number], fields: Field[], direction?: string) => {
    const doc = docOf(
      `${commentTitle(segment.title)}${direction ? ` (${direction})` : ''}`,
      commentText(segment.description),
      exampleFor(segment, fields),
      supportDoc(model, segment.support),
      deprecatedTag(segment.deprecated),
    );
    file.declare(name, {
      kind: 'interface',
      name,
      doc: doc!,
      members: [literalProperty('type', segment.type), { kind: 'property', name: 'data', type: dataType(fields, file.refs) }],
    });
  };
  for (const segment of model.segments) {
    const names = segmentTypeNames(segment);
    if (hasSplitShapes(segment)) {
      shape(names.send!, segment, sendFields(segment), 'send');
      shape(names.receive!, segment, receiveFields(segment), 'receive');
    } else {
      shape((names.send ?? names.receive)!, segment, isSendable(segment) ? sendFields(segment) : receiveFields(segment));
    }
  }
  const unionAlias = (name: string, members: string[], doc: string) => file.declare(name, { kind: 'type', name, doc, type: unionOf(members) });
  unionAlias(
    'SendSegment',
    model.segments.filter(isSendable).map((s) => segmentTypeNames(s).send!),
    'A segment that can be sent, discriminated by `type`.',
  );
  unionAlias(
    'ReceiveSegment',
    model.segments.filter(isReceivable).map((s) => segmentTypeNames(s).receive!),
    'A segment that can be received, discriminated by `type`.',
  );
  file.declare('SegmentType', {
    kind: 'type',
    name: 'SegmentType',
    doc: 'Every segment type the spec knows.',
    type: union(model.segments.map((s) => literal(s.type))),
  });
  file.declare('UnknownSegment', {
    kind: 'interface',
    name: 'UnknownSegment',
    doc: 'A received segment of a type this spec does not know (a newer implementation may send one), wrapped by the client so `type` still narrows the known ones. Carry it; do not drop it.',
    members: [
      { kind: 'property', name: 'type', type: literal('unknown') },
      {
        kind: 'property',
        name: 'data',
        doc: 'The `type` and `data` it arrived with.',
        type: {
          kind: 'object',
          multiline: false,
          members: [
            { kind: 'property', name: 'type', type: keyword('string') },
            { kind: 'property', name: 'data', type: ref('Record', [keyword('string'), keyword('unknown')]) },
          ],
        },
      },
    ],
  });
  file.declare('DeliveredMessage', {
    kind: 'type',
    name: 'DeliveredMessage',
    doc: "A received message as the client delivers it in an event: always an array of segments, whatever the implementation's `message_format`, a segment of a type this spec does not know wrapped as {@link UnknownSegment}.",
    type: { kind: 'array', element: unionOf(['ReceiveSegment', 'UnknownSegment']) },
  });
  return file;
}

/** The first CQ example whose data fits this shape, so a receive shape does not show a send example. */
function exampleFor(segment: Model['segments'][number], fields: Field[]): string | undefined {
  const names = new Set(fields.map((f) => f.name));
  const example = segment.examples.find((e) => e.cq !== undefined && Object.keys(e.data).every((k) => names.has(k)));
  return example ? `@example ${tsComment(example.cq!)}` : undefined;
}

/**
 * A segment's data. No fields is `{}`, not `Record<string, never>`: an index signature in one
 * member of the segment union stops TypeScript from matching nested data by `type`, and a wrong
 * field of any other segment would then be reported as "not assignable to never" on every field.
 */
function dataType(fields: Field[], refs: TypeRefs): TypeExpr {
  return fields.length ? objectExpr(fields, refs) : { kind: 'object', members: [], multiline: false };
}

function eventsFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('events', modules);
  file.declare('EventBase', {
    kind: 'interface',
    name: 'EventBase',
    doc: 'The fields every event has.',
    members: model.eventBase.fields.map((f) => propertyOf(f, file.refs)),
  });
  for (const event of model.events) {
    const delivers = carriesMessage(model.types, event);
    const doc = docOf(
      commentTitle(event.title),
      commentText(event.description),
      `Matches ${tsComment(describeDiscriminators(event))}.`,
      supportDoc(model, event.support),
      deprecatedTag(event.deprecated),
    );
    file.declare(event.typeName, {
      kind: 'interface',
      name: event.typeName,
      extends: 'EventBase',
      doc: doc!,
      members: [
        ...event.discriminators.map((d) => literalProperty(d.key, d.value)),
        ...event.fields.map((f) => (f.name === 'message' && delivers ? deliveredProperty(f, file.refs) : propertyOf(f, file.refs))),
      ],
    });
    if (event.quickOperation.length) {
      const name = event.typeName.replace(/Event$/, 'QuickOperation');
      file.declare(name, {
        kind: 'interface',
        name,
        doc: `What a handler of {@link ${event.typeName}} may answer with (a quick operation).`,
        members: event.quickOperation.map((f) => propertyOf(f, file.refs)),
      });
    }
  }
  for (const { postType, events: members } of eventsByPostType(model)) {
    if (!members.length) continue;
    const name = postTypeUnionName(postType);
    file.declare(name, {
      kind: 'type',
      name,
      doc: docOf(commentTitle(postType.title), `Every event with post_type \`${tsComment(postType.value)}\`.`)!,
      type: unionOf(members.map((e) => e.typeName)),
    });
  }
  file.declare('Event', {
    kind: 'type',
    name: 'Event',
    doc: 'Any event. Narrow it with `post_type`, then the secondary discriminator, then `sub_type`.',
    type: unionOf(model.events.map((e) => e.typeName)),
  });
  addEventMaps(model, file);
  return file;
}

/**
 * What the runtime's typed subscription needs: every event and group of events by its
 * discriminator path (`notice`, `notice.group_recall`, `notice.notify.poke`), the quick operations
 * handlers of each path may answer with, and the discriminator keys and known paths at run time.
 */
function addEventMaps(model: Model, file: FileBuilder): void {
  // Paths in the order of the model's events; a prefix path lists every event under it.
  const groups = new Map<string, Model['events']>();
  for (const event of model.events) {
    const values = event.discriminators.map((d) => d.value);
    for (let n = 1; n <= values.length; n++) {
      const path = values.slice(0, n).join('.');
      groups.set(path, [...(groups.get(path) ?? []), event]);
    }
  }
  const paths = [...groups.keys()].sort();
  // A group of several events that is exactly a post_type's union is named by it, so hovers read `MessageEvent`.
  const groupKey = (events: Model['events']) => events.map((e) => e.typeName).join('|');
  const unions = new Map(
    eventsByPostType(model).flatMap(({ postType, events: members }) => (members.length ? [[groupKey(members), postTypeUnionName(postType)] as const] : [])),
  );
  file.declare('EventMap', {
    kind: 'interface',
    name: 'EventMap',
    doc: "Every event, and every group of events, by its discriminator values joined with `.`: what a handler subscribed to that name receives. Each is the exported event type itself, so a named handler `(e: GroupMessageEvent) => ...` fits `on('message.group', ...)`.",
    members: paths.map((path) => {
      const events = groups.get(path)!;
      const named = events.length > 1 ? unions.get(groupKey(events)) : undefined;
      return { kind: 'property', name: path, type: named ? ref(named) : unionOf(events.map((e) => e.typeName)) };
    }),
  });
  file.declare('EventName', { kind: 'type', name: 'EventName', type: raw('keyof EventMap') });
  file.declare('QuickOperationMap', {
    kind: 'interface',
    name: 'QuickOperationMap',
    doc: 'What a handler subscribed to an event name may answer with, for the names whose events have a quick operation.',
    members: paths.flatMap((path): Member[] => {
      const ops = groups
        .get(path)!
        .filter((e) => e.quickOperation.length)
        .map((e) => e.typeName.replace(/Event$/, 'QuickOperation'));
      return ops.length ? [{ kind: 'property', name: path, type: unionOf(ops) }] : [];
    }),
  });
  const strings = (values: string[]): Expr => ({ kind: 'array', elements: values.map((value) => ({ kind: 'string', value })) });
  const eventPath = (e: Model['events'][number]) => e.discriminators.map((d) => d.value).join('.');
  file.declare('eventCatalog', {
    kind: 'const',
    name: 'eventCatalog',
    doc: 'What the runtime needs to route events: the key that discriminates each `post_type` further, the full path of every event this spec knows, the segment types it can receive, and the events whose `message` it delivers as segments.',
    asConst: true,
    value: {
      kind: 'object',
      multiline: true,
      properties: [
        {
          key: 'discriminators',
          value: {
            kind: 'object',
            multiline: false,
            properties: model.eventBase.postTypes.map((p) => ({ key: p.value, value: { kind: 'string', value: p.discriminator } })),
          },
        },
        { key: 'events', value: strings(model.events.map(eventPath)) },
        { key: 'segments', value: strings(model.segments.filter(isReceivable).map((s) => s.type)) },
        { key: 'messages', value: strings(model.events.filter((e) => carriesMessage(model.types, e)).map(eventPath)) },
      ],
    },
  });
}

function actionsFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('actions', modules);
  for (const action of model.actions) {
    const title = commentTitle(action.title);
    const name = tsComment(action.name);
    addNamed(file, actionParamsName(action), { kind: 'object', fields: action.params }, `Parameters of \`${name}\` (${title}).`);
    addNamed(file, actionResultName(action), action.result ?? { kind: 'primitive', name: 'null' }, `The \`data\` that \`${name}\` (${title}) answers with.`);
  }
  const members: Member[] = [];
  for (const action of model.actions) {
    const type: TypeExpr = {
      kind: 'object',
      multiline: false,
      members: [
        { kind: 'property', name: 'params', type: ref(actionParamsName(action)) },
        { kind: 'property', name: 'result', type: ref(actionResultName(action)) },
        { kind: 'property', name: 'variants', type: union(action.variants.map((v) => literal(v))) },
      ],
    };
    members.push({ kind: 'property', name: action.name, type, doc: actionDoc(model, action) });
    for (const alias of action.aliases) {
      const tag = deprecatedTag(alias.deprecated) ?? '';
      members.push({
        kind: 'property',
        name: alias.name,
        type,
        doc: docOf(`Another name for \`${tsComment(action.name)}\`.`, commentText(alias.description), tag || undefined)!,
      });
    }
  }
  members.sort((a, b) => (sortName(a) < sortName(b) ? -1 : 1));
  file.declare('ActionMap', {
    kind: 'interface',
    name: 'ActionMap',
    doc: 'Every action by the name sent on the wire (aliases included), with its params and result types and the call variants it has.',
    members,
  });
  file.declare('ActionName', { kind: 'type', name: 'ActionName', type: raw('keyof ActionMap') });
  file.declare('ActionParams', { kind: 'type', name: 'ActionParams', typeParams: '<A extends ActionName>', type: raw("ActionMap[A]['params']") });
  file.declare('ActionResult', { kind: 'type', name: 'ActionResult', typeParams: '<A extends ActionName>', type: raw("ActionMap[A]['result']") });
  return file;
}

/** The actions sorted as their names were written before (quoted when not an identifier). */
const sortName = (m: Member) => (m.kind === 'property' ? tsPropertyName(m.name) : '');

export function actionDoc(model: Model, action: Model['actions'][number]): string {
  return docOf(commentTitle(action.title), commentText(action.description), supportDoc(model, action.support), deprecatedTag(action.deprecated))!;
}
