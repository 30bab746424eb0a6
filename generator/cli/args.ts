/**
 * The argument parsing every command shares: one declaration per command gives the parser, the
 * `--help` text (every option, its accepted values, the exit codes) and the one-line error for a
 * bad argument. Built on node:util's parseArgs so the commands need no runtime dependency (the mock
 * may ship in the package, whose only dependency is `ws`).
 */
import { parseArgs } from 'node:util';
import { closest } from '../load/diagnostics.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in the help, e.g. `<dir>`. */
  value?: string;
  description: string;
  /** The only values accepted; anything else is a bad argument. */
  choices?: readonly string[];
  default?: string;
}

export interface PositionalSpec {
  name: string;
  description: string;
  choices?: readonly string[];
}

export interface CommandSpec {
  /** How the user types it, e.g. `pnpm generate`. */
  command: string;
  summary: string;
  positionals?: PositionalSpec[];
  options: Record<string, OptionSpec>;
  /** Code → meaning, listed in the help. */
  exitCodes: Record<number, string>;
  /** The exit code for bad usage. */
  usageCode: number;
  /** More lines at the end of the help. */
  notes?: string[];
}

/** A bad argument: one line for the user, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

/** The full help text. */
export function helpText(spec: CommandSpec): string {
  const positionals = (spec.positionals ?? []).map((p) => `<${p.name}>`).join(' ');
  const rows: [string, string][] = [];
  for (const p of spec.positionals ?? []) rows.push([`<${p.name}>`, p.description + (p.choices ? ` (one of: ${p.choices.join(', ')})` : '')]);
  for (const [name, o] of Object.entries(spec.options)) {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.type === 'string' ? ` ${o.value ?? '<value>'}` : ''}`;
    let text = o.description;
    if (o.choices) text += ` (one of: ${o.choices.join(', ')})`;
    if (o.default !== undefined) text += ` (default: ${o.default})`;
    rows.push([flag, text]);
  }
  rows.push(['-h, --help', 'show this help']);
  const width = Math.min(30, Math.max(...rows.map(([f]) => f.length)) + 2);
  const indent = ' '.repeat(width + 2);
  const lines = rows.map(([flag, text]) => {
    const body = wrap(text, 100 - indent.length).join(`\n${indent}`);
    return flag.length + 2 > width ? `  ${flag}\n${indent}${body}` : `  ${flag.padEnd(width)}${body}`;
  });
  const codes = Object.entries(spec.exitCodes).map(([code, meaning]) => `  ${code}  ${meaning}`);
  return [
    `usage: ${spec.command}${positionals ? ` ${positionals}` : ''} [options]`,
    '',
    spec.summary,
    '',
    ...lines,
    ...(spec.notes?.length ? ['', ...spec.notes] : []),
    '',
    'exit codes:',
    ...codes,
  ].join('\n');
}

/** Words of `text` in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** A hint at the closest accepted word, if the given one looks like a typo of it. */
function didYouMean(given: string, candidates: Iterable<string>): string {
  const near = closest(given, candidates);
  return near ? `; did you mean ${near}?` : '';
}

/** Checks `value` is one of `choices`, or throws the one line that says so. */
/** A comma-separated list of choices (`--only a,b`): each checked as checkChoice does, none left empty, none twice. */
export function checkChoices(what: string, value: string, choices: readonly string[]): string[] {
  const given = value.split(',').map((v) => v.trim());
  if (given.some((v) => v === '')) throw new UsageError(`${what}: '${value}' has an empty name; write names separated by commas, from ${choices.join(', ')}`);
  for (const v of given) checkChoice(what, v, choices);
  return [...new Set(given)];
}

export function checkChoice(what: string, value: string, choices: readonly string[]): void {
  if (!choices.includes(value)) throw new UsageError(`${what}: '${value}' is not one of ${choices.join(', ')}${didYouMean(value, choices)}`);
}

/**
 * Parses argv against the declaration. Throws UsageError for an unknown option, a missing value, a
 * value outside an option's choices, or the wrong number of positionals (unless --help is given).
 */
export function parseCommand(spec: CommandSpec, argv: string[]): Parsed {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type, ...(o.short ? { short: o.short } : {}) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error as Error & { code?: string }, argv, Object.keys(options)));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const help = values.help === true;
  if (help) return { values, positionals: parsed.positionals, help };
  for (const [name, o] of Object.entries(spec.options)) {
    const v = values[name];
    if (typeof v === 'string' && o.choices) checkChoice(`--${name}`, v, o.choices);
    if (v === undefined && o.default !== undefined) values[name] = o.default;
  }
  const expected = spec.positionals ?? [];
  if (parsed.positionals.length < expected.length) {
    const missing = expected.slice(parsed.positionals.length).map((p) => `<${p.name}>`);
    throw new UsageError(`missing ${missing.join(' and ')}: ${spec.command} ${expected.map((p) => `<${p.name}>`).join(' ')}`);
  }
  if (parsed.positionals.length > expected.length) {
    throw new UsageError(
      `unexpected argument '${parsed.positionals[expected.length]}'${expected.length ? `: ${spec.command} takes ${expected.map((p) => `<${p.name}>`).join(' ')}` : `: ${spec.command} takes no arguments`}`,
    );
  }
  expected.forEach((p, i) => p.choices && checkChoice(`<${p.name}>`, parsed.positionals[i]!, p.choices));
  return { values, positionals: parsed.positionals, help };
}

/** parseArgs's messages, shortened to one line that names the argument. */
function parseArgsMessage(error: Error & { code?: string }, argv: string[], names: string[]): string {
  const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const bare = flag?.replace(/^-+/, '').replace(/=.*/, '') ?? '';
      return `unknown option '${flag ?? argv.find((a) => a.startsWith('-'))}'${didYouMean(bare, names).replace(/did you mean (\S+)\?/, 'did you mean --$1?')}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message) && flag ? `option '${flag}' needs a value` : (error.message.split('\n')[0] ?? error.message);
    default:
      return error.message.split('\n')[0] ?? error.message;
  }
}

/** The one line for a bad argument, on stderr; returns the usage exit code. Rethrows anything else. */
export function reportUsage(spec: CommandSpec, error: unknown, err: (line: string) => void): number {
  if (!(error instanceof UsageError)) throw error;
  err(`${spec.command}: ${error.message} (see ${spec.command} --help)`);
  return spec.usageCode;
}

/**
 * Runs a command from the command line. A UsageError is one line and the usage exit code;
 * anything else is a bug, reported with its stack.
 */
export function runMain(spec: CommandSpec, run: () => Promise<number>): void {
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) process.exit(reportUsage(spec, error, (l) => console.error(l)));
      console.error(`${spec.command} failed unexpectedly (a bug; please report it with this trace): ${(error as Error).stack ?? String(error)}`);
      process.exit(spec.usageCode);
    },
  );
}
