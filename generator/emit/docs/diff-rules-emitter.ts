/**
 * docs/diff-rules.md (Chinese) and docs/en/diff-rules.md (English): every rule of `pnpm diff`
 * with its id, severity, direction and why, the exit codes and the JSON report's shape, rendered
 * from the rule registry (generator/diff/rules.ts) so the page and the checks cannot disagree.
 */
import { RULES, type Area, type RuleText } from '../../diff/rules.js';
import { EXTENSION } from '../../model/openapi-conventions.js';
import type { Language } from '../../model/text.js';
import type { Model } from '../../model/types.js';
import type { EmittedFile } from '../emitted-file.js';
import { generatedHeader } from '../header.js';
import { layOutMarkdown } from './markdown-layout.js';
import { LANGUAGES, STRINGS, localeDir } from './strings.js';

const AREAS: { area: Area; title: RuleText; flow: RuleText }[] = [
  {
    area: 'action',
    title: { en: 'Actions', zh: '动作' },
    flow: {
      en: 'An action is called by the bot; removing or renaming one breaks its callers.',
      zh: '动作由机器人调用；删除一个动作或给它改名，会使调用它的代码失效。',
    },
  },
  {
    area: 'parameter',
    title: { en: 'Parameters', zh: '参数' },
    flow: {
      en: 'Parameters go **to** the implementation: narrowing what is accepted breaks callers, widening it does not.',
      zh: '参数**发往**实现：收窄可接受的值会破坏调用方，放宽则不会。',
    },
  },
  {
    area: 'response',
    title: { en: 'Responses', zh: '响应' },
    flow: {
      en: 'Responses come **back** from the implementation: widening what can come back breaks consumers, narrowing it does not.',
      zh: '响应从实现**返回**：放宽可能返回的值会破坏使用方，收窄则不会。',
    },
  },
  {
    area: 'segment',
    title: { en: 'Message segments', zh: '消息段' },
    flow: {
      en: 'Segments go **both ways** (sent and received), so a change that breaks either side is breaking.',
      zh: '消息段**双向**传递（既发送也接收），所以破坏任何一方的改动都是破坏性的。',
    },
  },
  {
    area: 'event',
    title: { en: 'Events', zh: '事件' },
    flow: { en: 'Events come **back** from the implementation, like responses.', zh: '事件与响应一样，从实现**返回**。' },
  },
  {
    area: 'support',
    title: { en: 'Support per implementation', zh: '各实现的支持情况' },
    flow: {
      en: 'Compared only for implementations both sides declare; "unknown" is the absence of a claim.',
      zh: '只比较两边都声明了的实现；「未知」表示没有任何声明。',
    },
  },
];

/** The page's fixed text, one table per language. */
const TEXT = {
  en: {
    title: STRINGS.en.diffRules,
    intro: [
      '`pnpm diff <old> <new>` reads both sides into the model and reports every difference as a finding of one of these rules.',
      'Each rule has a stable id (safe to match on in scripts), a severity, and the direction the affected part of the protocol flows in.',
    ],
    severityHeader: '| severity | meaning |',
    severities: [
      '| `breaking` | a bot or an implementation that works today may stop working |',
      '| `warning` | nothing breaks yet, but something should be looked at |',
      '| `info` | a compatible change |',
    ],
    ruleHeader: '| id | severity | direction | detects | why |',
    renames: [
      '## Renames',
      '',
      'A rename is a finding (`action-renamed`) only when the new action lists the old name under `aliases`. Otherwise the',
      'report adds _possible renames_: a removed and an added action with the same parameters or a similar title. They are',
      'hints for a person to check, never findings, and they do not affect the exit code.',
    ],
    partial: [
      '## Sides that describe only part of the protocol',
      '',
      "A side read from an implementation's source code (`pnpm upstream`) declares what it can describe, and only that is",
      'compared; the rest is listed under _not compared_, never reported as added or removed. Such a side may leave out an',
      "action's parameters or result, the events of some post types, or a field's type; it may not tell int32, int64 and",
      'number apart (they then compare as one type); it may convert parameters between strings, numbers and booleans before',
      'checking them (a string parameter then also takes numbers); its `any` may mean a type the code does not tell (it then',
      'matches every type); and it may list every name an implementation answers to as an action of its own (an alias on',
      'the other side is then matched by the action of that name). Either way, an event told apart by `sub_type` on one side',
      "is matched with the other side's event whose `sub_type` field allows that value.",
      '',
      'An OpenAPI document declares what it can describe too. It lists actions; segments and events only as this',
      "project's documents carry them (the segment unions and the `Event` union), and which implementations support",
      `something only through \`${EXTENSION.support}\`, which is on operations alone. A type that holds segments or events is`,
      'compared without them when one side has none. A document written elsewhere that never says `integer` does not tell',
      'integers from numbers, its schemas without a type (and `type: object` with no properties) are `any` in that sense,',
      'and with `--implementation napcat` or `go-cqhttp` its string parameters also take numbers, as those implementations',
      'convert them.',
    ],
    exitCodes: [
      '## Exit codes',
      '',
      '| code | meaning |',
      '| --- | --- |',
      '| 0 | no finding at or above `--fail-on` (always 0 without `--fail-on`) |',
      '| 1 | a finding at or above `--fail-on` (`breaking`, `warning` or `info`) |',
      '| 2 | an input cannot be read: missing file, unknown git revision, a spec with errors, an unrecognised or invalid document |',
      '| 3 | bad usage, or an unexpected failure |',
    ],
    json: ['## The JSON report', '', '`pnpm diff --format json` writes one object; `version` changes when a field changes meaning or goes away.'],
    comments: {
      findings: 'worst first, then by subject and path',
      hints: 'possible renames, best first',
      notCompared: 'what one side does not describe, so was left out; absent when nothing was',
      unexplained: 'pnpm upstream: findings the spec does not explain',
      stale: 'pnpm upstream: explanations that no longer hold',
      source: 'as given: a directory, git:REV, a file',
      notes: 'what the importer or extractor could not read',
      rule: 'an id from this page',
      path: 'params.user_id, result[].nickname, data.file, fields.sender.role, support.napcat',
      old: 'the old type, default, enum value or support status, as text',
      explained: 'pnpm upstream: why the spec differs on purpose',
    },
  },
  zh: {
    title: STRINGS.zh.diffRules,
    // A Chinese paragraph is one line: a line break inside it would show as a space.
    intro: [
      '`pnpm diff <old> <new>` 把两边都读入模型，把每一处差异报告为下列某条规则的一条发现。每条规则有一个稳定的 id（可以在脚本中匹配）、一个严重程度，以及受影响的部分在协议中的流向。',
    ],
    severityHeader: '| 严重程度 | 含义 |',
    severities: ['| `breaking` | 今天能工作的机器人或实现可能不再工作 |', '| `warning` | 还没有东西坏掉，但有需要看一看的地方 |', '| `info` | 兼容的改动 |'],
    ruleHeader: '| id | 严重程度 | 方向 | 检测 | 原因 |',
    renames: [
      '## 改名',
      '',
      '只有当新动作在 `aliases` 中列出旧名字时，改名才是一条发现（`action-renamed`）。否则报告会附上*可能的改名*：一个被删除和一个被新增的动作，参数相同或标题相近。它们只是供人核对的提示，从不算作发现，也不影响退出码。',
    ],
    partial: [
      '## 只描述部分协议的一方',
      '',
      '从实现的源码读出的一方（`pnpm upstream`）会声明它能描述什么，只比较这些；其余的列在*未比较*之下，从不报告为新增或删除。这样的一方可能缺少动作的参数或响应数据、某些 post 类型的事件，或字段的类型；它可能不区分 int32、int64 和 number（此时三者按同一类型比较）；它可能在检查参数之前在字符串、数字和布尔值之间转换（此时字符串参数也接受数字）；它的 `any` 可能表示代码没有说明的类型（此时与任何类型都匹配）；它还可能把实现接受的每个名字都列为一个单独的动作（此时另一方的别名与同名的动作相匹配）。无论哪种情况，一方用 `sub_type` 区分的事件，都与另一方中 `sub_type` 字段允许该值的事件相匹配。',
      '',
      'OpenAPI 文档同样声明它能描述什么。它列出动作；消息段和事件只在本项目的文档带有它们时才有（消息段的联合类型和 `Event` 联合类型）；哪些实现支持什么，只能通过 `' +
        EXTENSION.support +
        '` 表达，而它只出现在操作上。一方没有消息段或事件时，包含它们的类型在比较时不计它们。别处写的文档若从不写 `integer`，就不区分整数和数字；它没有类型的 schema（以及没有属性的 `type: object`）在这个意义上是 `any`；在 `--implementation napcat` 或 `go-cqhttp` 下，它的字符串参数也接受数字，因为这两个实现会转换它们。',
    ],
    exitCodes: [
      '## 退出码',
      '',
      '| 退出码 | 含义 |',
      '| --- | --- |',
      '| 0 | 没有达到 `--fail-on` 的发现（不带 `--fail-on` 时总是 0） |',
      '| 1 | 有达到 `--fail-on`（`breaking`、`warning` 或 `info`）的发现 |',
      '| 2 | 无法读取输入：文件不存在、未知的 git 修订、有错误的 spec、无法识别或无效的文档 |',
      '| 3 | 用法错误，或意外的失败 |',
    ],
    json: ['## JSON 报告', '', '`pnpm diff --format json` 输出一个对象；字段的含义改变或字段去掉时，`version` 会改变。'],
    comments: {
      findings: '最严重的在前，再按对象和路径排序',
      hints: '可能的改名，最可能的在前',
      notCompared: '一方不描述、因而未比较的内容；没有时不出现',
      unexplained: 'pnpm upstream：spec 没有说明的发现',
      stale: 'pnpm upstream：已不成立的说明',
      source: '按给出的样子：目录、git:REV 或文件',
      notes: '导入器或提取器无法读取的内容',
      rule: '本页中的一个 id',
      path: 'params.user_id、result[].nickname、data.file、fields.sender.role、support.napcat',
      old: '旧的类型、默认值、枚举值或支持状态，以文本表示',
      explained: 'pnpm upstream：spec 有意不同的原因',
    },
  },
} satisfies Record<Language, unknown>;

/** The JSON report's shape as TypeScript, its comments in the page's language. */
function reportShape(c: (typeof TEXT)[Language]['comments']): string[] {
  return [
    '```ts',
    'interface DiffReport {',
    '  version: 1;',
    '  old: DiffSide;',
    '  new: DiffSide;',
    '  summary: { breaking: number; warning: number; info: number };',
    `  findings: Finding[];      // ${c.findings}`,
    `  hints: RenameHint[];      // ${c.hints}`,
    `  notCompared?: string[];   // ${c.notCompared}`,
    `  unexplained?: { breaking: number; warning: number; info: number };  // ${c.unexplained}`,
    `  stale?: { rule: string; where: string; source: string; at: string; why: string }[];  // ${c.stale}`,
    '}',
    'interface DiffSide {',
    `  source: string;           // ${c.source}`,
    "  kind: 'spec' | 'git' | 'openapi' | 'markdown' | 'code';",
    '  counts: { actions: number; types: number; segments: number; events: number };',
    `  notes: { severity: 'warning' | 'info'; file?: string; line?: number; message: string }[];  // ${c.notes}`,
    '}',
    'interface Finding {',
    `  rule: string;             // ${c.rule}`,
    "  severity: 'breaking' | 'warning' | 'info';",
    "  direction: 'request' | 'response' | 'both' | 'none';",
    "  area: 'action' | 'parameter' | 'response' | 'segment' | 'event' | 'support';",
    "  subject: { kind: 'action' | 'segment' | 'event'; name: string };",
    `  path?: string;            // ${c.path}`,
    '  message: string;',
    `  old?: string;             // ${c.old}`,
    '  new?: string;',
    `  explained?: { reason: { zh?: string; en?: string }; source: string; at: string };  // ${c.explained}`,
    '}',
    'interface RenameHint { from: string; to: string; score: number; reasons: string[] }',
    '```',
  ];
}

function page(model: Model, language: Language): string {
  const t = TEXT[language];
  const out: string[] = [generatedHeader(model, 'md').trimEnd(), '', `# ${t.title}`, ''];
  out.push(...t.intro, '', t.severityHeader, '| --- | --- |', ...t.severities, '');
  for (const { area, title, flow } of AREAS) {
    out.push(`## ${title[language]}`, '', flow[language], '', t.ruleHeader, '| --- | --- | --- | --- | --- |');
    for (const r of RULES.filter((x) => x.area === area)) {
      out.push(`| <a id="${r.id}"></a>\`${r.id}\` | ${r.severity} | ${r.direction} | ${r.title[language]} | ${r.why[language]} |`);
    }
    out.push('');
  }
  out.push(...t.renames, '', ...t.partial, '', ...t.exitCodes, '', ...t.json, '', ...reportShape(t.comments), '');
  return layOutMarkdown(out.join('\n'));
}

/** The page in every language of the docs site, at the same path in each locale's folder. */
export function emitDiffRules(model: Model, options: { dir: string }): EmittedFile[] {
  return LANGUAGES.map((language) => ({ path: `${options.dir}/${localeDir(language)}diff-rules.md`, content: page(model, language) }));
}
