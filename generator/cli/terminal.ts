/** What the commands do differently on a terminal: colour and live progress. */

export interface Terminal {
  /** Colour escapes in messages (a TTY, and NO_COLOR unset). */
  colour: boolean;
  /** A live progress line on stderr (a TTY, and not under CI). */
  progress: boolean;
  /** Writes raw text to stderr without a newline (the progress line). */
  write?: (text: string) => void;
}

/** Plain text: tests and pipes. */
export const PLAIN: Terminal = { colour: false, progress: false };

/** The process's own stderr, as https://no-color.org and CI conventions ask. */
export function detectTerminal(env: NodeJS.ProcessEnv = process.env, stderr: NodeJS.WriteStream = process.stderr): Terminal {
  const tty = stderr.isTTY === true;
  return {
    colour: tty && !env.NO_COLOR && env.TERM !== 'dumb',
    progress: tty && !env.CI && env.TERM !== 'dumb',
    write: (text) => void stderr.write(text),
  };
}

const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;

export type Paint = Record<keyof typeof CODES, (text: string) => string>;

export function paint(terminal: Terminal): Paint {
  const wrap = (code: number) => (terminal.colour ? (text: string) => `\x1b[${code}m${text}\x1b[0m` : (text: string) => text);
  return Object.fromEntries(Object.entries(CODES).map(([name, code]) => [name, wrap(code)])) as Paint;
}

/** `file:1:2: error: …` with the severity coloured. */
export function paintDiagnostic(line: string, p: Paint): string {
  return line.replace(
    /^([^\n]*?: )(error|warning)(:)/,
    (_, head: string, severity: string, colon: string) => `${head}${severity === 'error' ? p.red(severity) : p.yellow(severity)}${colon}`,
  );
}

/** Times named stages; shows the current one live on a terminal. */
export class StageTimer {
  private current?: { name: string; start: number };
  readonly timings: { name: string; ms: number }[] = [];

  constructor(private readonly terminal: Terminal) {}

  start(name: string): void {
    this.finish();
    this.current = { name, start: performance.now() };
    if (this.terminal.progress && this.terminal.write) {
      const done = this.timings.map((t) => `${t.name} ${seconds(t.ms)}`).join(', ');
      this.terminal.write(`\r\x1b[K${done ? `${done}, ` : ''}${name}…`);
    }
  }

  /** Ends the running stage, and clears the live line. */
  finish(): void {
    if (!this.current) return;
    this.timings.push({ name: this.current.name, ms: performance.now() - this.current.start });
    this.current = undefined;
  }

  /** Clears the live line before other output. */
  clear(): void {
    if (this.terminal.progress && this.terminal.write) this.terminal.write('\r\x1b[K');
  }

  summary(): string {
    return this.timings.map((t) => `${t.name} ${seconds(t.ms)}`).join(', ');
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}
