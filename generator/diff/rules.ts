/**
 * The diff rules: one entry per kind of change, with a stable id, a severity and the direction
 * the affected part of the protocol flows in. The comparison (compare.ts) only ever reports these
 * ids, and generated/docs/diff-rules.md is rendered from this list, so the docs cannot drift.
 *
 * Severity follows the direction: a parameter goes to the implementation, so narrowing it breaks
 * callers; a response or event field comes back, so widening it breaks consumers; a segment goes
 * both ways, so a change that breaks either side is breaking.
 */

export type Severity = 'breaking' | 'warning' | 'info';
/** request: caller → implementation; response / event: implementation → caller; both: segments. */
export type FlowDirection = 'request' | 'response' | 'both' | 'none';
export type Area = 'action' | 'parameter' | 'response' | 'segment' | 'event' | 'support';

/** A line in both languages of the docs (generated/docs/diff-rules.md and its English page). */
export interface RuleText {
  en: string;
  zh: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  direction: FlowDirection;
  area: Area;
  /** One line: what the rule detects. */
  title: RuleText;
  /** One line: why it has this severity. */
  why: RuleText;
}

export const SEVERITIES: readonly Severity[] = ['breaking', 'warning', 'info'];

/** Whether `severity` is at least as serious as `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

const rule = (id: string, severity: Severity, direction: FlowDirection, area: Area, title: RuleText, why: RuleText): Rule => ({
  id,
  severity,
  direction,
  area,
  title,
  why,
});

/** The field rules of one area, which differ only in severity and wording. */
function fieldRules(
  area: 'segment' | 'event',
  prefix: string,
  direction: FlowDirection,
  what: RuleText,
  severities: Record<string, Severity>,
  whys: Record<string, RuleText>,
): Rule[] {
  const changes: [string, RuleText][] = [
    ['field-added-required', { en: `a required ${what.en} field was added`, zh: `新增了一个必需的${what.zh}字段` }],
    ['field-added-optional', { en: `an optional ${what.en} field was added`, zh: `新增了一个可选的${what.zh}字段` }],
    ['field-removed', { en: `a ${what.en} field was removed`, zh: `删除了一个${what.zh}字段` }],
    ['field-became-required', { en: `a ${what.en} field became required`, zh: `一个${what.zh}字段变为必需` }],
    ['field-became-optional', { en: `a ${what.en} field became optional`, zh: `一个${what.zh}字段变为可选` }],
    ['field-type-narrowed', { en: `a ${what.en} field accepts fewer values`, zh: `一个${what.zh}字段接受的值变少了` }],
    ['field-type-widened', { en: `a ${what.en} field accepts more values`, zh: `一个${what.zh}字段接受的值变多了` }],
    ['field-type-changed', { en: `a ${what.en} field's type changed incompatibly`, zh: `一个${what.zh}字段的类型发生了不兼容的变化` }],
    ['field-default-changed', { en: `a ${what.en} field's default changed`, zh: `一个${what.zh}字段的默认值变了` }],
    ['field-enum-value-added', { en: `a ${what.en} field's enumeration gained a value`, zh: `一个${what.zh}字段的枚举多了一个值` }],
    ['field-enum-value-removed', { en: `a ${what.en} field's enumeration lost a value`, zh: `一个${what.zh}字段的枚举少了一个值` }],
  ];
  return changes.map(([change, title]) => rule(`${prefix}-${change}`, severities[change]!, direction, area, title, whys[change]!));
}

export const RULES: readonly Rule[] = [
  // ---- actions ----
  rule(
    'action-added',
    'info',
    'none',
    'action',
    { en: 'an action was added', zh: '新增了一个动作' },
    { en: 'nothing a caller does today stops working', zh: '调用方今天做的事都不会失效' },
  ),
  rule(
    'action-removed',
    'breaking',
    'request',
    'action',
    { en: 'an action was removed', zh: '删除了一个动作' },
    { en: 'calls to it now fail with 1404', zh: '对它的调用现在以 1404 失败' },
  ),
  rule(
    'action-deprecated',
    'warning',
    'request',
    'action',
    { en: 'an action became deprecated', zh: '一个动作被弃用' },
    { en: 'it still works, but callers should move to the replacement', zh: '它仍然可用，但调用方应改用替代的动作' },
  ),
  rule(
    'action-renamed',
    'warning',
    'request',
    'action',
    { en: 'an action was renamed and its old name kept as an alias', zh: '一个动作改了名，旧名字保留为别名' },
    { en: 'the old name still reaches it, but may be dropped later', zh: '旧名字仍能调用它，但以后可能被去掉' },
  ),
  rule(
    'action-alias-removed',
    'breaking',
    'request',
    'action',
    { en: 'an alias of an action was removed', zh: '删除了一个动作的别名' },
    { en: 'calls by that name now fail', zh: '用这个名字的调用现在会失败' },
  ),

  // ---- parameters (caller → implementation) ----
  rule(
    'parameter-added-required',
    'breaking',
    'request',
    'parameter',
    { en: 'a required parameter was added', zh: '新增了一个必需参数' },
    { en: 'existing calls do not send it', zh: '现有的调用不会发送它' },
  ),
  rule(
    'parameter-added-optional',
    'info',
    'request',
    'parameter',
    { en: 'an optional parameter was added', zh: '新增了一个可选参数' },
    { en: 'existing calls keep working', zh: '现有的调用照常工作' },
  ),
  rule(
    'parameter-removed',
    'warning',
    'request',
    'parameter',
    { en: 'a parameter was removed', zh: '删除了一个参数' },
    { en: 'callers that send it are ignored at best, and lose what it did', zh: '发送它的调用方最好的情况是被忽略，并失去它原来的作用' },
  ),
  rule(
    'parameter-became-required',
    'breaking',
    'request',
    'parameter',
    { en: 'an optional parameter became required', zh: '一个可选参数变为必需' },
    { en: 'calls that omit it now fail', zh: '省略它的调用现在会失败' },
  ),
  rule(
    'parameter-became-optional',
    'info',
    'request',
    'parameter',
    { en: 'a required parameter became optional', zh: '一个必需参数变为可选' },
    { en: 'existing calls still send it', zh: '现有的调用仍会发送它' },
  ),
  rule(
    'parameter-type-narrowed',
    'breaking',
    'request',
    'parameter',
    { en: 'a parameter accepts fewer values', zh: '一个参数接受的值变少了' },
    { en: 'values callers send today may be rejected', zh: '调用方今天发送的值可能被拒绝' },
  ),
  rule(
    'parameter-type-widened',
    'info',
    'request',
    'parameter',
    { en: 'a parameter accepts more values', zh: '一个参数接受的值变多了' },
    { en: 'everything callers send today is still accepted', zh: '调用方今天发送的一切仍被接受' },
  ),
  rule(
    'parameter-type-changed',
    'breaking',
    'request',
    'parameter',
    { en: "a parameter's type changed incompatibly", zh: '一个参数的类型发生了不兼容的变化' },
    { en: 'values callers send today may be rejected', zh: '调用方今天发送的值可能被拒绝' },
  ),
  rule(
    'parameter-default-changed',
    'warning',
    'request',
    'parameter',
    { en: "a parameter's default changed", zh: '一个参数的默认值变了' },
    { en: 'calls that omit it now behave differently', zh: '省略它的调用现在表现不同' },
  ),
  rule(
    'parameter-enum-value-added',
    'info',
    'request',
    'parameter',
    { en: "a parameter's enumeration gained a value", zh: '一个参数的枚举多了一个值' },
    { en: 'callers may send more; nothing they send today breaks', zh: '调用方可以发送更多的值；今天发送的都不受影响' },
  ),
  rule(
    'parameter-enum-value-removed',
    'breaking',
    'request',
    'parameter',
    { en: "a parameter's enumeration lost a value", zh: '一个参数的枚举少了一个值' },
    { en: 'calls that send it may be rejected', zh: '发送该值的调用可能被拒绝' },
  ),

  // ---- responses (implementation → caller) ----
  rule(
    'response-field-added',
    'info',
    'response',
    'response',
    { en: 'a response field was added', zh: '新增了一个响应字段' },
    { en: 'consumers ignore what they do not read', zh: '使用方会忽略它不读取的内容' },
  ),
  rule(
    'response-field-removed',
    'breaking',
    'response',
    'response',
    { en: 'a response field was removed', zh: '删除了一个响应字段' },
    { en: 'consumers that read it get undefined', zh: '读取它的使用方得到 undefined' },
  ),
  rule(
    'response-field-became-optional',
    'breaking',
    'response',
    'response',
    { en: 'a response field became optional', zh: '一个响应字段变为可选' },
    { en: 'consumers that rely on it may get undefined', zh: '依赖它的使用方可能得到 undefined' },
  ),
  rule(
    'response-field-became-required',
    'info',
    'response',
    'response',
    { en: 'a response field is now always present', zh: '一个响应字段现在总会出现' },
    { en: 'consumers that checked for it keep working', zh: '检查它是否存在的使用方照常工作' },
  ),
  rule(
    'response-type-narrowed',
    'info',
    'response',
    'response',
    { en: 'a response value has fewer possible values', zh: '一个响应值的可能取值变少了' },
    { en: 'every value consumers handle today is still what they get', zh: '使用方今天处理的每个值仍是它会收到的' },
  ),
  rule(
    'response-type-widened',
    'breaking',
    'response',
    'response',
    { en: 'a response value has more possible values', zh: '一个响应值的可能取值变多了' },
    { en: 'consumers may receive values they do not handle', zh: '使用方可能收到它不处理的值' },
  ),
  rule(
    'response-type-changed',
    'breaking',
    'response',
    'response',
    { en: "a response value's type changed incompatibly", zh: '一个响应值的类型发生了不兼容的变化' },
    { en: 'consumers may receive values they do not handle', zh: '使用方可能收到它不处理的值' },
  ),
  rule(
    'response-enum-value-added',
    'warning',
    'response',
    'response',
    { en: "a response value's enumeration gained a value", zh: '一个响应值的枚举多了一个值' },
    { en: 'exhaustive consumers meet a value they do not know', zh: '穷举处理的使用方会遇到不认识的值' },
  ),
  rule(
    'response-enum-value-removed',
    'info',
    'response',
    'response',
    { en: "a response value's enumeration lost a value", zh: '一个响应值的枚举少了一个值' },
    { en: 'consumers just never see it again', zh: '使用方只是再也见不到它' },
  ),

  // ---- segments (both ways) ----
  rule(
    'segment-added',
    'info',
    'both',
    'segment',
    { en: 'a message segment type was added', zh: '新增了一个消息段类型' },
    { en: 'receivers should carry unknown segments anyway; senders gain an option', zh: '接收方本就应保留未知的消息段；发送方多了一个选择' },
  ),
  rule(
    'segment-removed',
    'breaking',
    'both',
    'segment',
    { en: 'a message segment type was removed', zh: '删除了一个消息段类型' },
    { en: 'senders of it are rejected and receivers lose a type', zh: '发送它会被拒绝，接收方少了一种类型' },
  ),
  ...fieldRules(
    'segment',
    'segment',
    'both',
    { en: 'segment data', zh: '消息段数据' },
    {
      'field-added-required': 'breaking',
      'field-added-optional': 'info',
      'field-removed': 'breaking',
      'field-became-required': 'breaking',
      'field-became-optional': 'breaking',
      'field-type-narrowed': 'breaking',
      'field-type-widened': 'breaking',
      'field-type-changed': 'breaking',
      'field-default-changed': 'warning',
      'field-enum-value-added': 'warning',
      'field-enum-value-removed': 'breaking',
    },
    {
      'field-added-required': { en: 'senders do not send it', zh: '发送方不会发送它' },
      'field-added-optional': { en: 'senders may omit it and receivers ignore it', zh: '发送方可以省略它，接收方会忽略它' },
      'field-removed': { en: 'receivers that read it get undefined', zh: '读取它的接收方得到 undefined' },
      'field-became-required': { en: 'senders that omit it are rejected', zh: '省略它的发送方会被拒绝' },
      'field-became-optional': { en: 'receivers that rely on it may get undefined', zh: '依赖它的接收方可能得到 undefined' },
      'field-type-narrowed': { en: 'segments go both ways: senders may send values that are now rejected', zh: '消息段双向传递：发送方今天发送的值可能被拒绝' },
      'field-type-widened': { en: 'segments go both ways: receivers may get values they do not handle', zh: '消息段双向传递：接收方可能收到它不处理的值' },
      'field-type-changed': { en: 'neither senders nor receivers can rely on the old type', zh: '发送方和接收方都不能再依赖原来的类型' },
      'field-default-changed': { en: 'segments that omit it now mean something else', zh: '省略它的消息段现在含义不同' },
      'field-enum-value-added': { en: 'exhaustive receivers meet a value they do not know', zh: '穷举处理的接收方会遇到不认识的值' },
      'field-enum-value-removed': { en: 'senders of that value may be rejected', zh: '发送该值的发送方可能被拒绝' },
    },
  ),

  // ---- events (implementation → caller) ----
  rule(
    'event-added',
    'info',
    'response',
    'event',
    { en: 'an event type was added', zh: '新增了一个事件类型' },
    { en: 'handlers should ignore events they do not know', zh: '处理器应忽略不认识的事件' },
  ),
  rule(
    'event-removed',
    'breaking',
    'response',
    'event',
    { en: 'an event type was removed', zh: '删除了一个事件类型' },
    { en: 'handlers for it are never called again', zh: '它的处理器再也不会被调用' },
  ),
  ...fieldRules(
    'event',
    'event',
    'response',
    { en: 'event', zh: '事件' },
    {
      'field-added-required': 'info',
      'field-added-optional': 'info',
      'field-removed': 'breaking',
      'field-became-required': 'info',
      'field-became-optional': 'breaking',
      'field-type-narrowed': 'info',
      'field-type-widened': 'breaking',
      'field-type-changed': 'breaking',
      'field-default-changed': 'info',
      'field-enum-value-added': 'warning',
      'field-enum-value-removed': 'info',
    },
    {
      'field-added-required': { en: 'handlers ignore what they do not read', zh: '处理器会忽略它不读取的内容' },
      'field-added-optional': { en: 'handlers ignore what they do not read', zh: '处理器会忽略它不读取的内容' },
      'field-removed': { en: 'handlers that read it get undefined', zh: '读取它的处理器得到 undefined' },
      'field-became-required': { en: 'handlers that checked for it keep working', zh: '检查它是否存在的处理器照常工作' },
      'field-became-optional': { en: 'handlers that rely on it may get undefined', zh: '依赖它的处理器可能得到 undefined' },
      'field-type-narrowed': { en: 'every value handlers handle today is still what they get', zh: '处理器今天处理的每个值仍是它会收到的' },
      'field-type-widened': { en: 'handlers may receive values they do not handle', zh: '处理器可能收到它不处理的值' },
      'field-type-changed': { en: 'handlers may receive values they do not handle', zh: '处理器可能收到它不处理的值' },
      'field-default-changed': { en: 'a default only documents what an absent field means', zh: '默认值只说明字段缺省时的含义' },
      'field-enum-value-added': { en: 'exhaustive handlers meet a value they do not know', zh: '穷举处理的处理器会遇到不认识的值' },
      'field-enum-value-removed': { en: 'handlers just never see it again', zh: '处理器只是再也见不到它' },
    },
  ),

  // ---- support per implementation ----
  rule(
    'support-gained',
    'info',
    'none',
    'support',
    { en: 'an implementation now supports an action, segment or event', zh: '一个实现现在支持某个动作、消息段或事件' },
    { en: 'more programs run the same bot', zh: '同一个机器人能在更多程序上运行' },
  ),
  rule(
    'support-lost',
    'breaking',
    'none',
    'support',
    { en: 'an implementation no longer supports an action, segment or event', zh: '一个实现不再支持某个动作、消息段或事件' },
    { en: 'bots relying on it there stop working', zh: '在那里依赖它的机器人不再工作' },
  ),
  rule(
    'support-claim-dropped',
    'warning',
    'none',
    'support',
    { en: 'an implementation was said to support something and now nothing is claimed', zh: '曾说一个实现支持某样东西，现在没有任何声明' },
    { en: 'it may still work, but nobody vouches for it', zh: '它可能仍然可用，但没有人为它担保' },
  ),
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown diff rule '${id}'`);
  return found;
}
