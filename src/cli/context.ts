// What every command receives: the language, streams, environment and clock, so tests can inject them.
import type { Lang } from '../i18n/index.js';

export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  now?: Date;
}

export interface CommandContext {
  io: Io;
  lang: Lang;
  /** --no-color given. */
  noColor: boolean;
}
