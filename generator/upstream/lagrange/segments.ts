/**
 * Message segments: every class with `[SegmentSubscriber(typeof(Entity), "type", "sendType")]`.
 * Its JSON properties are the segment's data keys; one class serves both directions. A segment
 * whose `FromEntity` only returns null is never produced (send only); one whose `Build` adds nothing
 * is never sent (receive only).
 */
import { supportedBy } from '../../import/draft-model.js';
import type { Direction, Model, Segment } from '../../model/types.js';
import type { Token } from './csharp.js';
import { literalValue, type ClassInfo, type Declarations } from './declarations.js';

export function readSegments(declarations: Declarations, model: Model): void {
  for (const info of declarations.classes.values()) {
    const attribute = declarations.attributesOf(info).find((a) => a.name === 'SegmentSubscriber');
    if (!attribute) continue;
    const type = attribute.args[1] ? literalValue(attribute.args[1]) : undefined;
    const decl = info.decls.find((d) => d.attributes.includes(attribute))!;
    if (typeof type !== 'string') {
      declarations.note(decl, attribute.line, `the [SegmentSubscriber] of ${info.name} does not name the segment type with a string literal`);
      continue;
    }
    const sendType = attribute.args[2] ? literalValue(attribute.args[2]) : undefined;
    if (typeof sendType === 'string' && sendType !== type) {
      declarations.note(decl, attribute.line, `segment '${type}' is sent as '${sendType}'; recorded under '${type}'`);
    }
    const direction = directionOf(declarations, info, type);
    const fields = declarations.fields(info, 'param').map((f) => ({ ...f, direction: 'both' as Direction }));
    const segment: Segment = {
      type,
      title: { en: type },
      origin: 'lagrange',
      direction,
      fields,
      support: supportedBy('lagrange'),
      examples: [],
      source: declarations.source(decl, attribute.line),
    };
    model.segments.push(segment);
  }
  model.segments.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

function directionOf(declarations: Declarations, info: ClassInfo, type: string): Direction {
  const methods = info.decls.flatMap((d) => d.members.map((m) => ({ m, d })));
  const fromEntity = methods.find(({ m }) => m.kind === 'method' && m.name === 'FromEntity');
  const build = methods.find(({ m }) => m.kind === 'method' && m.name === 'Build');
  const receives = fromEntity ? !onlyReturnsNull(fromEntity.m.body ?? []) : false;
  const entity = declarations.attributesOf(info).find((a) => a.name === 'SegmentSubscriber')?.args[0];
  const entityName = entity?.find((_, i) => entity[i - 2]?.text === 'typeof')?.text;
  if (entityName && declarations.classes.has(entityName)) {
    // `typeof(LongMsgSegment)`: a class of Lagrange.OneBot, never an entity of a received message.
    declarations.note(info.primary, info.primary.line, `segment '${type}' subscribes to ${entityName}, which no received message contains; send only`, 'info');
    return 'send';
  }
  // `VideoSegment.FromEntity` returning `new RecordSegment(...)`: received under the other class's data keys.
  const body = fromEntity?.m.body ?? [];
  for (const [i, t] of body.entries()) {
    const created = body[i + 1]?.text;
    if (t.text === 'new' && created && created !== info.name && created.endsWith('Segment') && declarations.classes.has(created)) {
      declarations.note(fromEntity!.d, t.line, `segment '${type}' is received as a ${created}, with that class's data keys`);
    }
  }
  const sends = build ? (build.m.body ?? []).length > 0 : false;
  if (!fromEntity || !build) {
    declarations.note(info.primary, info.primary.line, `segment '${type}' lacks ${!fromEntity ? 'FromEntity' : 'Build'}; its direction is a guess`);
  }
  if (receives && !sends) return 'receive';
  if (sends && !receives) return 'send';
  return 'both';
}

/** `return null;` and nothing else, or nothing but checks ending in `return null;` (FromEntity that never produces a segment). */
function onlyReturnsNull(body: Token[]): boolean {
  const texts = body.map((t) => t.text);
  const returns = texts.flatMap((t, i) => (t === 'return' ? [texts[i + 1]] : []));
  return returns.length > 0 && returns.every((r) => r === 'null') && !texts.includes('new');
}
