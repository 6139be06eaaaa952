// `ebz` in a pseudo-terminal, as a clerk runs it: util-linux `script` gives the child a pty, and the test
// types into it. Each answer is written only once the question it answers is on the screen.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Terminal control sequences and carriage returns out, so the screen reads as text. */
export function screenText(raw: string): string {
  return raw.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-B]|\x1b[=>78]|\r/g, '');
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export const KEY = { enter: '\r', down: '\x1b[B', clearLine: '\x15', interrupt: '\x03' } as const;

export class Terminal {
  private readonly child: ChildProcess;
  private raw = '';
  private seen = 0;
  private readonly closed: Promise<number>;

  constructor(root: string, args: string[], env: NodeJS.ProcessEnv = {}) {
    const command = `stty cols 120 rows 50; exec node ${quote(join(root, 'bin', 'ebz.js'))} ${args.map(quote).join(' ')}`;
    this.child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: root,
      env: { ...process.env, EBZ_LANG: 'zh', NO_COLOR: '1', TERM: 'xterm', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    this.closed = new Promise((done) => this.child.on('close', (code) => done(code ?? -1)));
  }

  /** Everything shown so far, as text. */
  get screen(): string {
    return screenText(this.raw);
  }

  /** Waits until `text` shows after what was waited for last; fails with the screen after `ms`. */
  async waitFor(text: string, ms = 60_000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      const at = this.screen.indexOf(text, this.seen);
      if (at >= 0) {
        this.seen = at + text.length;
        return;
      }
      if (Date.now() > until || this.child.exitCode !== null) throw new Error(`"${text}" never showed. The screen:\n${this.screen.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits for the question, then types the answer and Enter. */
  async answer(question: string, keys: string): Promise<void> {
    await this.waitFor(question);
    this.type(keys + KEY.enter);
  }

  type(keys: string): void {
    this.child.stdin!.write(keys);
  }

  /** The exit code, once the program ends (stdin closed so `script` ends too). */
  async exit(): Promise<number> {
    const code = await this.closed;
    return code;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}
