/**
 * docs/diff-rules.md: every rule of `pnpm diff` with its id, severity, direction and why, the exit
 * codes and the JSON report's shape, rendered from the rule registry (generator/diff/rules.ts)
 * so the page and the checks cannot disagree.
 */
import { RULES, type Area } from '../../diff/rules.js';
import { EXTENSION } from '../../model/openapi-conventions.js';
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { generatedHeader } from '../header.js';
import { layOutMarkdown } from './markdown-layout.js';

const AREAS: { area: Area; title: string; flow: string }[] = [
  { area: 'action', title: 'Actions', flow: 'An action is called by the bot; removing or renaming one breaks its callers.' },
  { area: 'parameter', title: 'Parameters', flow: 'Parameters go **to** the implementation: narrowing what is accepted breaks callers, widening it does not.' },
  { area: 'response', title: 'Responses', flow: 'Responses come **back** from the implementation: widening what can come back breaks consumers, narrowing it does not.' },
  { area: 'segment', title: 'Message segments', flow: 'Segments go **both ways** (sent and received), so a change that breaks either side is breaking.' },
  { area: 'event', title: 'Events', flow: 'Events come **back** from the implementation, like responses.' },
  { area: 'support', title: 'Support per implementation', flow: 'Compared only for implementations both sides declare; "unknown" is the absence of a claim.' },
];

export function emitDiffRules(model: Model, options: { dir: string }): EmittedFile[] {
  const out: string[] = [generatedHeader(model, 'md').trimEnd(), '', '# Protocol diff rules', ''];
  out.push(
    '`pnpm diff <old> <new>` reads both sides into the model and reports every difference as a finding of one of these rules.',
    'Each rule has a stable id (safe to match on in scripts), a severity, and the direction the affected part of the protocol flows in.',
    '',
    '| severity | meaning |',
    '| --- | --- |',
    '| `breaking` | a bot or an implementation that works today may stop working |',
    '| `warning` | nothing breaks yet, but something should be looked at |',
    '| `info` | a compatible change |',
    '',
  );
  for (const { area, title, flow } of AREAS) {
    out.push(`## ${title}`, '', flow, '', '| id | severity | direction | detects | why |', '| --- | --- | --- | --- | --- |');
    for (const r of RULES.filter((x) => x.area === area)) {
      out.push(`| <a id="${r.id}"></a>\`${r.id}\` | ${r.severity} | ${r.direction} | ${r.title} | ${r.why} |`);
    }
    out.push('');
  }
  out.push(
    '## Renames',
    '',
    'A rename is a finding (`action-renamed`) only when the new action lists the old name under `aliases`. Otherwise the',
    'report adds _possible renames_: a removed and an added action with the same parameters or a similar title. They are',
    'hints for a person to check, never findings, and they do not affect the exit code.',
    '',
    '## Sides that describe only part of the protocol',
    '',
    "A side read from an implementation's source code (`pnpm upstream`) declares what it can describe, and only that is",
    'compared; the rest is listed under _not compared_, never reported as added or removed. Such a side may leave out an',
    "action's parameters or result, the events of some post types, or a field's type; it may not tell int32, int64 and",
    'number apart (they then compare as one type); it may convert parameters between strings, numbers and booleans before',
    'checking them (a string parameter then also takes numbers); its `any` may mean a type the code does not tell (it then',
    'matches every type); and it may list every name an implementation answers to as an action of its own (an alias on',
    'the other side is then matched by the action of that name). Either way, an event told apart by `sub_type` on one side',
    'is matched with the other side\'s event whose `sub_type` field allows that value.',
    '',
    'An OpenAPI document declares what it can describe too. It lists actions; segments and events only as this',
    "project's documents carry them (the segment unions and the `Event` union), and which implementations support",
    `something only through \`${EXTENSION.support}\`, which is on operations alone. A type that holds segments or events is`,
    'compared without them when one side has none. A document written elsewhere that never says `integer` does not tell',
    'integers from numbers, its schemas without a type (and `type: object` with no properties) are `any` in that sense,',
    'and with `--implementation napcat` or `go-cqhttp` its string parameters also take numbers, as those implementations',
    'convert them.',
    '',
    '## Exit codes',
    '',
    '| code | meaning |',
    '| --- | --- |',
    '| 0 | no finding at or above `--fail-on` (always 0 without `--fail-on`) |',
    '| 1 | a finding at or above `--fail-on` (`breaking`, `warning` or `info`) |',
    '| 2 | an input cannot be read: missing file, unknown git revision, a spec with errors, an unrecognised or invalid document |',
    '| 3 | bad usage, or an unexpected failure |',
    '',
    '## The JSON report',
    '',
    '`pnpm diff --format json` writes one object; `version` changes when a field changes meaning or goes away.',
    '',
    '```ts',
    'interface DiffReport {',
    '  version: 1;',
    '  old: DiffSide;',
    '  new: DiffSide;',
    "  summary: { breaking: number; warning: number; info: number };",
    '  findings: Finding[];      // worst first, then by subject and path',
    '  hints: RenameHint[];      // possible renames, best first',
    '  notCompared?: string[];   // what one side does not describe, so was left out; absent when nothing was',
    '  unexplained?: { breaking: number; warning: number; info: number };  // pnpm upstream: findings the spec does not explain',
    '  stale?: { rule: string; where: string; source: string; at: string; why: string }[];  // pnpm upstream: explanations that no longer hold',
    '}',
    'interface DiffSide {',
    '  source: string;           // as given: a directory, git:REV, a file',
    "  kind: 'spec' | 'git' | 'openapi' | 'markdown' | 'code';",
    '  counts: { actions: number; types: number; segments: number; events: number };',
    "  notes: { severity: 'warning' | 'info'; file?: string; line?: number; message: string }[];  // what the importer or extractor could not read",
    '}',
    'interface Finding {',
    '  rule: string;             // an id from this page',
    "  severity: 'breaking' | 'warning' | 'info';",
    "  direction: 'request' | 'response' | 'both' | 'none';",
    "  area: 'action' | 'parameter' | 'response' | 'segment' | 'event' | 'support';",
    "  subject: { kind: 'action' | 'segment' | 'event'; name: string };",
    '  path?: string;            // params.user_id, result[].nickname, data.file, fields.sender.role, support.napcat',
    '  message: string;',
    '  old?: string;             // the old type, default, enum value or support status, as text',
    '  new?: string;',
    "  explained?: { reason: { zh?: string; en?: string }; source: string; at: string };  // pnpm upstream: why the spec differs on purpose",
    '}',
    'interface RenameHint { from: string; to: string; score: number; reasons: string[] }',
    '```',
    '',
  );
  return [{ path: `${options.dir}/diff-rules.md`, content: layOutMarkdown(out.join('\n')) }];
}
