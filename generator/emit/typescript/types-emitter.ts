/**
 * TypeScript types from the model, built as declarations with ts-morph: shared types, segment
 * shapes and unions, events and their unions, action params/results and the action map.
 * Discriminated unions come straight from the model, never through OpenAPI.
 */
import {
  IndentationText,
  Project,
  QuoteKind,
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type SourceFile,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
} from 'ts-morph';
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
import type { Field, Model, TypeNode } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { tsComment, tsDocText, tsPropertyName, tsString } from '../escape.js';
import { generatedHeader } from '../header.js';
import { commentText, commentTitle, deprecatedTag, docOf, enumDoc, fieldDoc, supportDoc, writeJsDoc, writeType, type TypeRefs } from './type-text.js';

/** Which generated module declares each name, so files import exactly what they use. */
type ModuleOf = Map<string, string>;

/**
 * Collects a file's declarations as structures and prints them in one go: ts-morph re-parses a
 * file after every manipulation, so adding declarations one by one is many times slower.
 */
class FileBuilder {
  readonly statements: StatementStructures[] = [];
  /** The declared names the file's code refers to, recorded while it is printed (see TypeRefs). */
  readonly refs: TypeRefs = new Set();
  constructor(readonly name: string) {}
  getBaseNameWithoutExtension(): string {
    return this.name;
  }
  addInterface(s: OptionalKind<InterfaceDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.Interface });
  }
  addTypeAlias(s: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.TypeAlias });
  }
  addVariableStatement(s: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.VariableStatement });
  }
  /** Prints the file, with `import type` declarations for every name it refers to from a sibling. */
  print(project: Project, modules: ModuleOf): SourceFile {
    // The type writers run while the structures are printed, recording what they refer to.
    const file = project.createSourceFile(`${this.name}.ts`, { statements: this.statements }, { overwrite: true });
    addImports(file, modules, this.refs);
    return file;
  }
}

export function createProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
}

/** The modules emitTypes writes, in order (each but `index`). */
export const TYPE_MODULES = ['protocol', 'types', 'segments', 'events', 'actions'] as const;

export interface TypesEmitterOptions {
  dir: string;
  /** Also an `index.ts` exporting every module (the default); off where another entry point takes its place. */
  index?: boolean;
}

export function emitTypes(model: Model, project: Project = createProject(), options: TypesEmitterOptions = { dir: 'typescript' }): EmittedFile[] {
  const dir = options.dir;
  const modules: ModuleOf = new Map();
  const builders = [
    protocolFile(model, modules),
    typesFile(model, modules),
    segmentsFile(model, modules),
    eventsFile(model, modules),
    actionsFile(model, modules),
  ];
  const files = builders.map((b) => b.print(project, modules));
  if (options.index !== false) {
    const index = project.createSourceFile('index.ts', '', { overwrite: true });
    for (const file of files) index.addExportDeclaration({ moduleSpecifier: `./${file.getBaseNameWithoutExtension()}.js` });
    files.push(index);
  }
  return files.map((file) => ({
    path: `${dir}/${file.getBaseName()}`,
    content: generatedHeader(model, 'ts') + spaceDeclarations(file.getFullText()),
  }));
}

/** A blank line before every top-level doc comment, as a person would leave (ts-morph packs type aliases). */
export function spaceDeclarations(text: string): string {
  return text.replace(/;\n(\/\*\*)/g, ';\n\n$1');
}

// ---- helpers -----------------------------------------------------------------------------------

function property(field: Field, refs: TypeRefs): OptionalKind<PropertySignatureStructure> {
  const doc = fieldDoc(field);
  return {
    name: tsPropertyName(field.name),
    hasQuestionToken: !field.required,
    type: (w: CodeBlockWriter) => writeType(w, field.type, refs),
    ...(doc ? { docs: [tsDocText(doc)] } : {}),
  };
}

/** An event's received `message`, typed as the client delivers it. */
function deliveredProperty(field: Field, refs: TypeRefs): OptionalKind<PropertySignatureStructure> {
  const base = property(field, refs);
  refs.add('DeliveredMessage');
  const note = "Always segments as the client delivers it; on the wire a CQ-code string or segments, by the implementation's `message_format`.";
  return { ...base, type: 'DeliveredMessage', docs: [docOf(fieldDoc(field), note)!] };
}

function literalProperty(name: string, value: string, doc?: string): OptionalKind<PropertySignatureStructure> {
  return { name: tsPropertyName(name), type: tsString(value), ...(doc ? { docs: [doc] } : {}) };
}

function declare(file: FileBuilder, modules: ModuleOf, name: string): void {
  modules.set(name, file.getBaseNameWithoutExtension());
}

/** Adds `import type` declarations for every name the file refers to that a sibling declares. */
function addImports(file: SourceFile, modules: ModuleOf, refs: TypeRefs): void {
  const own = file.getBaseNameWithoutExtension();
  const byModule = new Map<string, string[]>();
  for (const name of refs) {
    const module = modules.get(name);
    if (module === undefined || module === own) continue;
    byModule.set(module, [...(byModule.get(module) ?? []), name]);
  }
  const imports = [...byModule.entries()].sort(([a], [b]) => a.localeCompare(b));
  file.insertImportDeclarations(
    0,
    imports.map(([module, names]) => ({ isTypeOnly: true, moduleSpecifier: `./${module}.js`, namedImports: names.sort() })),
  );
}

/** Interfaces for objects, type aliases for everything else. */
function addNamed(file: FileBuilder, modules: ModuleOf, name: string, type: TypeNode, docs: string | undefined): void {
  declare(file, modules, name);
  if (type.kind === 'object' && !type.additional && type.fields.length) {
    file.addInterface({ name, isExported: true, properties: type.fields.map((f) => property(f, file.refs)), ...(docs ? { docs: [docs] } : {}) });
    return;
  }
  if (type.kind === 'object' && type.additional && type.fields.length) {
    file.addInterface({
      name,
      isExported: true,
      properties: type.fields.map((f) => property(f, file.refs)),
      indexSignatures: [{ keyName: 'key', keyType: 'string', returnType: (w) => writeType(w, type.additional!, file.refs) }],
      ...(docs ? { docs: [docs] } : {}),
    });
    return;
  }
  file.addTypeAlias({ name, isExported: true, type: (w) => writeType(w, type, file.refs), ...(docs ? { docs: [docs] } : {}) });
}

// ---- files -------------------------------------------------------------------------------------

function protocolFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('protocol');
  declare(file, modules, 'Envelope');
  file.addInterface({
    name: 'Envelope',
    isExported: true,
    typeParameters: [{ name: 'T', default: 'unknown' }],
    docs: [docOf(commentText(model.envelope.description), '@typeParam T - the type of `data`, the action\'s result')!],
    properties: model.envelope.fields.map((f) => (f.name === 'data' ? { ...property(f, file.refs), type: 'T' } : property(f, file.refs))),
  });
  declare(file, modules, 'Retcode');
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Return codes and their meaning. Implementations may answer with other codes; any non-zero code other than `async` is a failure.'],
    declarations: [
      {
        name: 'Retcode',
        initializer: (w) => {
          w.write('{').newLine();
          w.indent(() => {
            for (const r of model.retcodes) {
              const doc = docOf(commentText(r.description)?.replace(/\n+/g, ' — '), r.origin ? `Defined by ${tsComment(r.origin)}.` : undefined);
              if (doc) writeJsDoc(w, doc);
              w.writeLine(`${r.name}: ${r.code},`);
            }
          });
          w.write('} as const');
        },
      },
    ],
  });
  file.addTypeAlias({ name: 'Retcode', isExported: true, type: '(typeof Retcode)[keyof typeof Retcode]' });
  declare(file, modules, 'ImplementationId');
  file.addTypeAlias({
    name: 'ImplementationId',
    isExported: true,
    docs: ['The implementations whose support this spec records.'],
    type: model.implementations.map((i) => tsString(i.id)).join(' | '),
  });
  return file;
}

function typesFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('types');
  for (const named of model.types) {
    const docs = docOf(commentTitle(named.title), commentText(named.description), named.type.kind === 'enum' ? enumDoc(named.type) : undefined, deprecatedTag(named.deprecated));
    addNamed(file, modules, named.name, named.type, docs);
  }
  return file;
}

function segmentsFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('segments');
  const shape = (name: string, segment: Model['segments'][number], fields: Field[], direction?: string) => {
    declare(file, modules, name);
    const docs = docOf(
      `${commentTitle(segment.title)}${direction ? ` (${direction})` : ''}`,
      commentText(segment.description),
      exampleFor(segment, fields),
      supportDoc(model, segment.support),
      deprecatedTag(segment.deprecated),
    );
    file.addInterface({
      name,
      isExported: true,
      docs: [docs!],
      properties: [
        literalProperty('type', segment.type),
        { name: 'data', type: (w) => writeFields(w, fields, file.refs) },
      ],
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
  const union = (name: string, members: string[], doc: string) => {
    declare(file, modules, name);
    file.addTypeAlias({ name, isExported: true, docs: [doc], type: members.join(' | ') || 'never' });
  };
  union('SendSegment', model.segments.filter(isSendable).map((s) => segmentTypeNames(s).send!), 'A segment that can be sent, discriminated by `type`.');
  union('ReceiveSegment', model.segments.filter(isReceivable).map((s) => segmentTypeNames(s).receive!), 'A segment that can be received, discriminated by `type`.');
  declare(file, modules, 'SegmentType');
  file.addTypeAlias({ name: 'SegmentType', isExported: true, docs: ['Every segment type the spec knows.'], type: model.segments.map((s) => tsString(s.type)).join(' | ') || 'never' });
  declare(file, modules, 'UnknownSegment');
  file.addInterface({
    name: 'UnknownSegment',
    isExported: true,
    docs: [
      'A received segment of a type this spec does not know (a newer implementation may send one), wrapped by the client so `type` still narrows the known ones. Carry it; do not drop it.',
    ],
    properties: [
      { name: 'type', type: "'unknown'" },
      { name: 'data', type: '{ type: string; data: Record<string, unknown> }', docs: ['The `type` and `data` it arrived with.'] },
    ],
  });
  declare(file, modules, 'DeliveredMessage');
  file.addTypeAlias({
    name: 'DeliveredMessage',
    isExported: true,
    docs: [
      "A received message as the client delivers it in an event: always an array of segments, whatever the implementation's `message_format`, a segment of a type this spec does not know wrapped as {@link UnknownSegment}.",
    ],
    type: '(ReceiveSegment | UnknownSegment)[]',
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
function writeFields(w: CodeBlockWriter, fields: Field[], refs: TypeRefs): void {
  if (!fields.length) w.write('{}');
  else writeType(w, { kind: 'object', fields }, refs);
}

function eventsFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('events');
  declare(file, modules, 'EventBase');
  file.addInterface({ name: 'EventBase', isExported: true, docs: ['The fields every event has.'], properties: model.eventBase.fields.map((f) => property(f, file.refs)) });
  for (const event of model.events) {
    declare(file, modules, event.typeName);
    const delivers = carriesMessage(model.types, event);
    const docs = docOf(
      commentTitle(event.title),
      commentText(event.description),
      `Matches ${tsComment(describeDiscriminators(event))}.`,
      supportDoc(model, event.support),
      deprecatedTag(event.deprecated),
    );
    file.addInterface({
      name: event.typeName,
      isExported: true,
      extends: ['EventBase'],
      docs: [docs!],
      properties: [...event.discriminators.map((d) => literalProperty(d.key, d.value)), ...event.fields.map((f) => (f.name === 'message' && delivers ? deliveredProperty(f, file.refs) : property(f, file.refs)))],
    });
    if (event.quickOperation.length) {
      const name = event.typeName.replace(/Event$/, 'QuickOperation');
      declare(file, modules, name);
      file.addInterface({
        name,
        isExported: true,
        docs: [`What a handler of {@link ${event.typeName}} may answer with (a quick operation).`],
        properties: event.quickOperation.map((f) => property(f, file.refs)),
      });
    }
  }
  for (const postType of model.eventBase.postTypes) {
    const members = model.events.filter((e) => e.discriminators[0]?.value === postType.value);
    if (!members.length) continue;
    const name = postTypeUnionName(postType);
    declare(file, modules, name);
    file.addTypeAlias({ name, isExported: true, docs: [docOf(commentTitle(postType.title), `Every event with post_type \`${tsComment(postType.value)}\`.`)!], type: members.map((e) => e.typeName).join(' | ') });
  }
  declare(file, modules, 'Event');
  file.addTypeAlias({ name: 'Event', isExported: true, docs: ['Any event. Narrow it with `post_type`, then the secondary discriminator, then `sub_type`.'], type: model.events.map((e) => e.typeName).join(' | ') || 'never' });
  addEventMaps(model, file, modules);
  return file;
}

/**
 * What the runtime's typed subscription needs: every event and group of events by its
 * discriminator path (`notice`, `notice.group_recall`, `notice.notify.poke`), the quick operations
 * handlers of each path may answer with, and the discriminator keys and known paths at run time.
 */
function addEventMaps(model: Model, file: FileBuilder, modules: ModuleOf): void {
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
    model.eventBase.postTypes.flatMap((p) => {
      const members = model.events.filter((e) => e.discriminators[0]?.value === p.value);
      return members.length ? [[groupKey(members), postTypeUnionName(p)] as const] : [];
    }),
  );
  declare(file, modules, 'EventMap');
  file.addInterface({
    name: 'EventMap',
    isExported: true,
    docs: [
      'Every event, and every group of events, by its discriminator values joined with `.`: what a handler subscribed to that name receives. Each is the exported event type itself, so a named handler `(e: GroupMessageEvent) => ...` fits `on(\'message.group\', ...)`.',
    ],
    properties: paths.map((path) => {
      const events = groups.get(path)!;
      return { name: quoteName(path), type: (events.length > 1 ? unions.get(groupKey(events)) : undefined) ?? events.map((e) => e.typeName).join(' | ') };
    }),
  });
  declare(file, modules, 'EventName');
  file.addTypeAlias({ name: 'EventName', isExported: true, type: 'keyof EventMap' });
  declare(file, modules, 'QuickOperationMap');
  file.addInterface({
    name: 'QuickOperationMap',
    isExported: true,
    docs: ['What a handler subscribed to an event name may answer with, for the names whose events have a quick operation.'],
    properties: paths.flatMap((path) => {
      const ops = groups.get(path)!.filter((e) => e.quickOperation.length).map((e) => e.typeName.replace(/Event$/, 'QuickOperation'));
      return ops.length ? [{ name: quoteName(path), type: ops.join(' | ') }] : [];
    }),
  });
  declare(file, modules, 'eventCatalog');
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      'What the runtime needs to route events: the key that discriminates each `post_type` further, the full path of every event this spec knows, the segment types it can receive, and the events whose `message` it delivers as segments.',
    ],
    declarations: [
      {
        name: 'eventCatalog',
        initializer: (w) => {
          w.write('{').newLine();
          w.indent(() => {
            w.writeLine(`discriminators: { ${model.eventBase.postTypes.map((p) => `${quoteName(p.value)}: ${tsString(p.discriminator)}`).join(', ')} },`);
            w.writeLine(`events: [${model.events.map((e) => tsString(e.discriminators.map((d) => d.value).join('.'))).join(', ')}],`);
            w.writeLine(`segments: [${model.segments.filter(isReceivable).map((s) => tsString(s.type)).join(', ')}],`);
            w.writeLine(`messages: [${model.events.filter((e) => carriesMessage(model.types, e)).map((e) => tsString(e.discriminators.map((d) => d.value).join('.'))).join(', ')}],`);
          });
          w.write('} as const');
        },
      },
    ],
  });
}

function actionsFile(model: Model, modules: ModuleOf): FileBuilder {
  const file = new FileBuilder('actions');
  for (const action of model.actions) {
    const paramsName = actionParamsName(action);
    const resultName = actionResultName(action);
    const title = commentTitle(action.title);
    const name = tsComment(action.name);
    addNamed(file, modules, paramsName, { kind: 'object', fields: action.params }, `Parameters of \`${name}\` (${title}).`);
    addNamed(file, modules, resultName, action.result ?? { kind: 'primitive', name: 'null' }, `The \`data\` that \`${name}\` (${title}) answers with.`);
  }
  declare(file, modules, 'ActionMap');
  const members: OptionalKind<PropertySignatureStructure>[] = [];
  for (const action of model.actions) {
    const variants = action.variants.map((v) => tsString(v)).join(' | ') || 'never';
    const type = `{ params: ${actionParamsName(action)}; result: ${actionResultName(action)}; variants: ${variants} }`;
    members.push({ name: quoteName(action.name), type, docs: [actionDoc(model, action)] });
    for (const alias of action.aliases) {
      const tag = deprecatedTag(alias.deprecated) ?? '';
      members.push({
        name: quoteName(alias.name),
        type,
        docs: [docOf(`Another name for \`${tsComment(action.name)}\`.`, commentText(alias.description), tag || undefined)!],
      });
    }
  }
  members.sort((a, b) => (a.name < b.name ? -1 : 1));
  file.addInterface({ name: 'ActionMap', isExported: true, docs: ['Every action by the name sent on the wire (aliases included), with its params and result types and the call variants it has.'], properties: members });
  declare(file, modules, 'ActionName');
  file.addTypeAlias({ name: 'ActionName', isExported: true, type: 'keyof ActionMap' });
  declare(file, modules, 'ActionParams');
  file.addTypeAlias({ name: 'ActionParams', isExported: true, typeParameters: [{ name: 'A', constraint: 'ActionName' }], type: "ActionMap[A]['params']" });
  declare(file, modules, 'ActionResult');
  file.addTypeAlias({ name: 'ActionResult', isExported: true, typeParameters: [{ name: 'A', constraint: 'ActionName' }], type: "ActionMap[A]['result']" });
  return file;
}

export function actionDoc(model: Model, action: Model['actions'][number]): string {
  return docOf(commentTitle(action.title), commentText(action.description), supportDoc(model, action.support), deprecatedTag(action.deprecated))!;
}

const quoteName = tsPropertyName;
