/**
 * Apifox / widdershins Markdown exports (seeds 002 and 004) → the model.
 *
 * The export is OpenAPI rendered for people: `# folder` headings, `## POST title` sections with
 * `POST /action`, a request table whose `»` marks give the nesting, a response table holding the
 * whole envelope, `#### 枚举值` tables, and a `# 数据模型` section of named schemas. Everything is
 * read from those tables; what cannot be read is reported as a note, never dropped silently.
 */
import type { Action, EnumType, Field, Model, NamedType, SourceRef, TypeNode } from '../model/types.js';
import { categoryFor, defaultCategory, draftModel, field, supportedBy, typeName, typeOfExample, type DraftOptions } from './draft-model.js';
import { couldBe, looksLikeMojibake, repairMojibake, restoreKnownWords, UNREADABLE } from './mojibake.js';
import type { ImportNote, ImportResult } from './notes.js';

/** The exporter's own template words; they let the mojibake repair restore its headings. */
const TEMPLATE_WORDS = [
  '请求参数',
  '返回示例',
  '返回结果',
  '返回数据结构',
  '状态码含义',
  '状态码',
  '数据模型',
  '中文名',
  '名称',
  '位置',
  '类型',
  '必选',
  '说明',
  '约束',
  '成功',
  '枚举值',
  '属性',
  '默认模块',
  '否',
];

const COLUMNS: Record<string, keyof Row> = { 名称: 'name', 类型: 'type', 必选: 'required', 中文名: 'title', 说明: 'description' };

interface Row {
  name: string;
  depth: number;
  type: string;
  required: string;
  title: string;
  description: string;
  line: number;
}

interface TreeNode {
  row: Row;
  children: TreeNode[];
}

export function isWiddershinsMarkdown(text: string): boolean {
  return /^generator:\s*"?@?[\w/]*widdershins/m.test(text.slice(0, 2000)) || (/^## (POST|GET) /m.test(text) && /^(POST|GET) \//m.test(text));
}

export function importWiddershinsMarkdown(input: string, options: DraftOptions): ImportResult<Model> {
  const notes: ImportNote[] = [];
  let text = input.replace(/\r\n/g, '\n');
  if (looksLikeMojibake(text)) {
    const repaired = restoreKnownWords(repairMojibake(text), TEMPLATE_WORDS);
    text = repaired.text;
    const byLine = new Map<number, number>();
    for (const u of repaired.unrecovered) byLine.set(u.line, (byLine.get(u.line) ?? 0) + 1);
    notes.push({
      severity: 'warning',
      message: `the text is UTF-8 read as Windows-1252 (mojibake); repaired it, restored ${repaired.restored} character(s) that had lost a byte, and marked ${repaired.unrecovered.length} that could be several characters with ${UNREADABLE}`,
    });
    const lines = text.split('\n');
    for (const [line, count] of byLine)
      notes.push({ severity: 'info', line, message: `${count} unreadable character(s): ${JSON.stringify(lines[line - 1]!.trim().slice(0, 80))}` });
  }
  return new Reader(text, options, notes).read();
}

class Reader {
  private readonly lines: string[];
  private readonly model: Model;
  private readonly taken = new Set<string>();
  /** Display name of a data model (`好友信息`) → its type name (`FriendInfo`). */
  private readonly schemaNames = new Map<string, string>();
  private i = 0;
  private readonly actionNames = new Set<string>();
  private readonly folderCategories = new Map<string, string>();
  /** Field names that carry an enumeration in a data model read so far. */
  private readonly dataModelEnumFields = new Set<string>();
  /** Actions whose section has no response table and no usable example. */
  private readonly undocumented: string[] = [];

  constructor(
    text: string,
    private readonly options: DraftOptions,
    private readonly notes: ImportNote[],
  ) {
    this.lines = text.split('\n');
    const title = /^title:\s*(.+)$/m.exec(text.slice(0, 1000))?.[1]?.trim() ?? '';
    this.model = draftModel(options, title);
  }

  private at(line: number): SourceRef {
    return { file: this.options.file, line, column: 1 };
  }

  private note(severity: ImportNote['severity'], line: number | undefined, message: string): void {
    this.notes.push({ severity, ...(line ? { line } : {}), message });
  }

  read(): ImportResult<Model> {
    // Data models first: actions refer to them by name.
    const modelsAt = this.lines.findIndex((l) => /^# /.test(l) && couldBe(l.slice(2), '数据模型'));
    if (modelsAt >= 0) this.readDataModels(modelsAt + 1);
    let folder: string | undefined;
    const end = modelsAt >= 0 ? modelsAt : this.lines.length;
    let firstH1 = true;
    for (this.i = this.lines.indexOf('---', 1) + 1; this.i < end; ) {
      const line = this.lines[this.i]!;
      // (Sliced and trimmed, not matched with `(.+?)\s*$`: that backtracks over every run of blanks, quadratic on a long line.)
      const h1 = line.startsWith('# ') ? line.slice(2).trimEnd() : undefined;
      if (h1) {
        // The first heading is the document's title; `Authentication` is the exporter's own.
        if (!firstH1 && h1 !== 'Authentication') folder = h1;
        firstH1 = false;
        this.i++;
        continue;
      }
      const h2 = /^## (POST|GET|PUT|DELETE|PATCH) (.*)$/.exec(line);
      if (h2) {
        this.readAction(h2[2]!.trim(), folder, end);
        continue;
      }
      this.i++;
    }
    this.model.types.sort((a, b) => (a.name < b.name ? -1 : 1));
    this.model.actions.sort((a, b) => (a.name < b.name ? -1 : 1));
    if (!this.model.envelope.fields.length) this.note('warning', undefined, 'no response table shows the envelope; it is left empty');
    if (this.undocumented.length) {
      this.note(
        'warning',
        undefined,
        `${this.undocumented.length} action(s) document no response structure; their result is read as \`any\`: ${this.undocumented.sort().join(', ')}`,
      );
    }
    return { model: this.model, notes: this.notes };
  }

  // ---- actions ----------------------------------------------------------------------------

  private readAction(title: string, folder: string | undefined, end: number): void {
    const start = this.i;
    this.i++;
    let sectionEnd = this.i;
    while (sectionEnd < end && !/^## (POST|GET|PUT|DELETE|PATCH) /.test(this.lines[sectionEnd]!) && !/^# /.test(this.lines[sectionEnd]!)) sectionEnd++;
    const body = this.lines.slice(start + 1, sectionEnd);
    this.i = sectionEnd;
    const pathIndex = body.findIndex((l) => /^(POST|GET|PUT|DELETE|PATCH) \/\S*/.test(l));
    if (pathIndex < 0) {
      this.note('warning', start + 1, `section '${title}' has no \`POST /action\` line; skipped`);
      return;
    }
    const name = /^\w+ \/(\S*)/.exec(body[pathIndex]!)![1]!;
    const lineOf = (k: number) => start + 2 + k;
    if (this.actionNames.has(name)) {
      this.note('warning', lineOf(pathIndex), `action '${name}' is documented twice; the later section is skipped`);
      return;
    }
    this.actionNames.add(name);
    // Description: everything between the path line and the first exporter block.
    const descEnd = body.findIndex((l, k) => k > pathIndex && /^(> |### )/.test(l));
    const description = body
      .slice(pathIndex + 1, descEnd < 0 ? undefined : descEnd)
      .join('\n')
      .trim();

    const section = (word: string) => body.findIndex((l) => /^### /.test(l) && couldBe(l.slice(4), word));
    const paramsAt = section('请求参数');
    const responseAt = section('返回数据结构');
    let params: Field[] = [];
    if (paramsAt >= 0) {
      const { rows, enums } = this.tableAfter(body, paramsAt, lineOf);
      const tree = buildTree(rows);
      const root = tree.find((n) => n.row.name === 'body') ?? { row: rows[0]!, children: tree };
      params = root.children.filter((c) => c.row.name !== '*anonymous*').map((c) => this.field(c));
      this.applyEnums(params, enums, name);
    }
    const requestExample = this.exampleAfter(
      body,
      body.findIndex((l) => /^> Body/.test(l)),
      lineOf,
    );
    if (requestExample.error)
      this.note(
        'warning',
        requestExample.line,
        `the request example of '${name}' is not valid JSON (${requestExample.error}); not checked against the parameters`,
      );
    else if (requestExample.value && typeof requestExample.value === 'object' && !Array.isArray(requestExample.value)) {
      const names = new Set(params.map((p) => p.name));
      const extra = Object.keys(requestExample.value).filter((k) => !names.has(k));
      if (extra.length)
        this.note(
          'warning',
          requestExample.line,
          `the request example of '${name}' sends ${extra.map((k) => `'${k}'`).join(', ')}, which the parameter table does not list; not imported`,
        );
    }

    let result: TypeNode = { kind: 'primitive', name: 'any' };
    const responseRows = responseAt >= 0 ? this.tableAfter(body, responseAt, lineOf) : undefined;
    if (responseRows?.rows.length) {
      const tree = buildTree(responseRows.rows);
      const isEnvelope = tree.some((n) => n.row.name === 'retcode') || tree.some((n) => n.row.name === 'status');
      if (isEnvelope) {
        this.readEnvelope(tree);
        const data = tree.find((n) => n.row.name === 'data');
        result = data ? this.type(data) : { kind: 'primitive', name: 'null' };
        if (data) {
          const fields = result.kind === 'object' ? result.fields : result.kind === 'array' && result.items.kind === 'object' ? result.items.fields : [];
          this.applyEnums(fields, responseRows.enums, name);
        }
      } else {
        this.note(
          'warning',
          responseRows.rows[0]!.line,
          `the response table of '${name}' has no envelope (no status, retcode, data); its fields are read as the result`,
        );
        result = { kind: 'object', fields: tree.filter((c) => c.row.name !== '*anonymous*').map((c) => this.field(c)) };
      }
    } else {
      const example = this.exampleAfter(
        body,
        body.findIndex((l) => /^> 返回示例/.test(l) || (couldBe(l.replace(/^> /, ''), '返回示例') && l.startsWith('> '))),
        lineOf,
        true,
      );
      const v = example.value as Record<string, unknown> | undefined;
      if (v && typeof v === 'object' && 'data' in v && ('retcode' in v || 'status' in v)) {
        result = typeOfExample(v.data, this.at(example.line ?? 0));
        result.description = { en: 'inferred from the response example' };
        this.note('info', example.line, `'${name}' has no response table; its result is inferred from the response example`);
      } else {
        this.undocumented.push(name);
      }
    }

    const category = folder ? this.folderCategory(folder) : defaultCategory(this.model.categories);
    const action: Action = {
      name,
      title: { zh: title },
      ...(description ? { description: { zh: description } } : {}),
      category,
      origin: this.options.implementation,
      params,
      result,
      variants: [],
      aliases: [],
      support: supportedBy(this.options.implementation),
      examples: [],
      source: this.at(start + 1),
    };
    this.model.actions.push(action);
  }

  /** The category of a folder heading, worked out once per heading (a heading may be very long). */
  private folderCategory(folder: string): string {
    let id = this.folderCategories.get(folder);
    if (id === undefined) this.folderCategories.set(folder, (id = categoryFor(folder, this.model.categories)));
    return id;
  }

  private readEnvelope(tree: TreeNode[]): void {
    if (this.model.envelope.fields.length) return;
    this.model.envelope = {
      fields: tree
        .filter((n) => n.row.name !== '*anonymous*')
        .map((n) =>
          n.row.name === 'data' ? field('data', { kind: 'primitive', name: 'any' }, true, this.at(n.row.line)) : this.field({ ...n, children: [] }),
        ),
    };
  }

  /** The table (and any `#### 枚举值` table) after the heading at `from`, before the next heading. */
  private tableAfter(
    body: string[],
    from: number,
    lineOf: (k: number) => number,
  ): { rows: Row[]; enums: { name: string; depth: number; value: string; line: number }[] } {
    const rows: Row[] = [];
    const enums: { name: string; depth: number; value: string; line: number }[] = [];
    let k = from + 1;
    let columns: (keyof Row | undefined)[] | undefined;
    let inEnum = false;
    for (; k < body.length && !/^##? |^### /.test(body[k]!); k++) {
      const line = body[k]!;
      if (/^#### /.test(line)) {
        inEnum = couldBe(line.slice(5), '枚举值');
        columns = undefined;
        continue;
      }
      if (!line.startsWith('|')) continue;
      const cells = splitRow(line);
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      const next = body[k + 1] ?? '';
      if (next.startsWith('|') && splitRow(next).every((c) => /^:?-+:?$/.test(c))) {
        columns = cells.map((c) => Object.entries(COLUMNS).find(([word]) => couldBe(c, word))?.[1]);
        continue;
      }
      if (inEnum) {
        const [raw, value] = cells;
        const { name, depth } = nameAndDepth(raw ?? '');
        enums.push({ name, depth, value: value ?? '', line: lineOf(k) });
        continue;
      }
      if (!columns) {
        this.note('warning', lineOf(k), 'a table row without a header row; skipped');
        continue;
      }
      const row: Row = { name: '', depth: 0, type: '', required: '', title: '', description: '', line: lineOf(k) };
      columns.forEach((col, c) => {
        if (col) (row as unknown as Record<string, string | number>)[col] = cells[c] ?? '';
      });
      Object.assign(row, nameAndDepth(row.name));
      if (!row.name) this.note('warning', row.line, 'a table row has no name; skipped');
      else rows.push(row);
    }
    return { rows, enums };
  }

  /** The first JSON code block after line `from` of the section. */
  private exampleAfter(body: string[], from: number, lineOf: (k: number) => number, quiet = false): { value?: unknown; error?: string; line?: number } {
    if (from < 0) return {};
    const open = body.findIndex((l, k) => k > from && /^```json/.test(l));
    if (open < 0) return {};
    const close = body.findIndex((l, k) => k > open && /^```/.test(l));
    const source = body
      .slice(open + 1, close < 0 ? undefined : close)
      .join('\n')
      .trim();
    if (!source) return { line: lineOf(open) };
    try {
      return { value: JSON.parse(source), line: lineOf(open) };
    } catch (e) {
      return quiet ? { line: lineOf(open) } : { error: (e as Error).message.split('\n')[0], line: lineOf(open) };
    }
  }

  // ---- tables → types ---------------------------------------------------------------------

  private field(node: TreeNode): Field {
    const { row } = node;
    // Request tables say 是 / 否, response and model tables true / false; 否 may be unreadable (〓) in mojibake.
    const required = row.required === '是' || row.required === 'true';
    if (!required && row.required !== 'false' && !couldBe(row.required, '否'))
      this.note('warning', row.line, `'${row.name}': cannot read whether it is required (${JSON.stringify(row.required)}); read as optional`);
    const description = [row.title, row.description].filter((d) => d && d !== 'none').join(' — ');
    return field(row.name, this.type(node), required, this.at(row.line), description ? { description: { zh: description } } : {});
  }

  /** The type of a row, from its type cell and, for inline objects and unions, its children. */
  private type(node: TreeNode): TypeNode {
    return this.parseType(node.row.type.trim(), node);
  }

  private parseType(text: string, node: TreeNode): TypeNode {
    const link = /^\[([^\]]*)\]\(#schema[^)]*\)$/.exec(text);
    if (link) return this.ref(link[1]!, node);
    const array = /^\[(.*)\]$/.exec(text);
    if (array) return { kind: 'array', items: this.parseType(array[1]!, node) };
    if (text.includes('¦')) return union(text.split('¦').map((t) => this.parseType(t.trim(), { row: node.row, children: [] })));
    const anonymous = node.children.filter((c) => c.row.name === '*anonymous*');
    const named = node.children.filter((c) => c.row.name !== '*anonymous*');
    // `integer(int64)` → `integer` (with indexOf: the regex `\(.*\)$` is quadratic on many parentheses).
    const open = text.indexOf('(');
    switch (open >= 0 && text.endsWith(')') ? text.slice(0, open) : text) {
      case 'string':
        return { kind: 'primitive', name: 'string' };
      case 'number':
        return { kind: 'primitive', name: 'number' };
      case 'integer':
        return { kind: 'primitive', name: 'int64' };
      case 'boolean':
        return { kind: 'primitive', name: 'boolean' };
      case 'null':
        return { kind: 'primitive', name: 'null' };
      case 'object':
        if (anonymous.length && !named.length) return union(anonymous.map((c) => this.type(c)));
        return { kind: 'object', fields: named.map((c) => this.field(c)) };
      case 'any':
      case 'anyOf':
      case 'oneOf':
      case 'allOf':
        if (anonymous.length) return union(anonymous.map((c) => this.type(c)));
        if (named.length) return { kind: 'object', fields: named.map((c) => this.field(c)) };
        return { kind: 'primitive', name: 'any' };
      default:
        this.note('warning', node.row.line, `unknown type ${JSON.stringify(text)} of '${node.row.name}'; read as any`);
        return { kind: 'primitive', name: 'any' };
    }
  }

  private ref(display: string, node: TreeNode): TypeNode {
    const name = this.schemaNames.get(display);
    if (name) return { kind: 'ref', name };
    // Not among the data models: fall back on the expansion the table gives.
    this.note('warning', node.row.line, `'${node.row.name}' refers to '${display}', which is not among the data models; read from the rows below it`);
    return this.parseType('object', node);
  }

  private applyEnums(fields: Field[], enums: { name: string; depth: number; value: string; line: number }[], owner: string): void {
    const byName = new Map<string, { values: Set<string>; line: number }>();
    for (const e of enums) {
      const entry = byName.get(e.name) ?? { values: new Set<string>(), line: e.line };
      entry.values.add(e.value);
      byName.set(e.name, entry);
    }
    for (const [name, { values: valueSet, line }] of byName) {
      const values = [...valueSet];
      let applied = false;
      const visit = (list: Field[]) => {
        for (const f of list) {
          if (f.name === name) {
            const next = enumOf(f.type, values);
            if (next) {
              f.type = next;
              applied = true;
            }
          }
          const inner = f.type.kind === 'array' ? f.type.items : f.type;
          if (inner.kind === 'object') visit(inner.fields);
        }
      };
      visit(fields);
      // Tables repeat the enumerations of the data models they expand; those are read there.
      if (!applied && !this.dataModelEnumFields.has(name))
        this.note('warning', line, `the enumeration of '${name}' in '${owner}' matches no field; not imported`);
    }
  }

  // ---- data models ------------------------------------------------------------------------

  private readDataModels(from: number): void {
    const starts: { display: string; line: number }[] = [];
    for (let k = from; k < this.lines.length; k++) {
      const m = /^<h2 id="[^"]*">(.*)<\/h2>/.exec(this.lines[k]!);
      if (m) starts.push({ display: m[1]!.trim(), line: k });
    }
    // Names first, so models can refer to each other in any order.
    for (const s of starts) this.schemaNames.set(s.display, typeName(s.display, this.taken));
    starts.forEach((s, n) => {
      const end = starts[n + 1]?.line ?? this.lines.length;
      const body = this.lines.slice(s.line, end);
      const propsAt = body.findIndex((l) => /^### /.test(l) && couldBe(l.slice(4), '属性'));
      const lineOf = (k: number) => s.line + 1 + k;
      let type: TypeNode = { kind: 'primitive', name: 'any' };
      if (propsAt < 0) {
        this.note('warning', s.line + 1, `data model '${s.display}' has no properties table; read as any`);
      } else {
        const { rows, enums } = this.tableAfterModel(body, propsAt, lineOf);
        const tree = buildTree(rows);
        const anonymous = tree.filter((n) => n.row.name === '*anonymous*');
        const named = tree.filter((n) => n.row.name !== '*anonymous*');
        if (anonymous.length && !named.length) type = union(anonymous.map((c) => this.type(c)));
        else {
          const fields = named.map((c) => this.field(c));
          this.applyEnums(fields, enums, s.display);
          type = { kind: 'object', fields };
        }
      }
      const named: NamedType = { name: this.schemaNames.get(s.display)!, type, title: { zh: s.display }, source: this.at(s.line + 1) };
      this.model.types.push(named);
      if (type.kind === 'object') for (const f of type.fields) if (f.type.kind === 'enum') this.dataModelEnumFields.add(f.name);
    });
  }

  /** A data model's tables run on through `oneOf` / `or` / `continued` paragraphs until the next model. */
  private tableAfterModel(body: string[], from: number, lineOf: (k: number) => number) {
    const stripped = body.map((l) =>
      /^(#### |\||$)/.test(l) ? l : /^(oneOf|anyOf|allOf|xor|or|and|continued)\s*$/.test(l) ? '' : l.startsWith('### ') ? l : '',
    );
    return this.tableAfter(stripped, from, lineOf);
  }
}

// ---- helpers ---------------------------------------------------------------------------------

function splitRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  // Cells may hold `\|`; a link's `(#schema…)` never holds a pipe.
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

function nameAndDepth(cell: string): { name: string; depth: number } {
  const m = /^((?:»\s*)*)(.*)$/.exec(cell.trim())!;
  return { depth: (m[1]!.match(/»/g) ?? []).length, name: m[2]!.trim() };
}

/** Rows with `»` depth marks → a tree; the shallowest depth present is the top. */
function buildTree(rows: Row[]): TreeNode[] {
  const roots: TreeNode[] = [];
  const stack: TreeNode[] = [];
  for (const row of rows) {
    const node: TreeNode = { row, children: [] };
    while (stack.length && stack[stack.length - 1]!.row.depth >= row.depth) stack.pop();
    if (stack.length) stack[stack.length - 1]!.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

function union(variants: TypeNode[]): TypeNode {
  const unique: TypeNode[] = [];
  const seen = new Set<string>();
  for (const v of variants) {
    const key = JSON.stringify(v);
    if (!seen.has(key)) unique.push(v);
    seen.add(key);
  }
  return unique.length === 1 ? unique[0]! : { kind: 'union', variants: unique };
}

function enumOf(type: TypeNode, values: string[]): EnumType | undefined {
  if (type.kind === 'enum') {
    const known = new Set(type.values.map((w) => String(w.value)));
    return { ...type, values: [...type.values, ...values.filter((v) => !known.has(v)).map((v) => ({ value: v, name: v }))] };
  }
  if (type.kind !== 'primitive') return undefined;
  if (type.name === 'string') return { kind: 'enum', base: 'string', values: values.map((v) => ({ value: v, name: v })) };
  if ((type.name === 'number' || type.name === 'int64' || type.name === 'int32') && values.every((v) => /^-?\d+$/.test(v))) {
    return {
      kind: 'enum',
      base: type.name === 'int32' ? 'int32' : 'int64',
      values: values.map((v) => ({ value: Number(v), name: `value_${v.replace('-', 'minus_')}` })),
    };
  }
  return undefined;
}
