// What every command receives: the language, streams, environment and clock, so tests can inject them.
import type { Lang } from '../i18n/index.js';

import type { Prompter } from '../authoring/wizard.js';

export interface Io {
  stdin?: { isTTY?: boolean };
  /** A stream's `write` returns false when its buffer is full; a Node stream then says 'drain' (a pipe). */
  stdout: { write(text: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: NodeJS.ProcessEnv;
  cwd: string;
  now?: Date;
  /** The wizard's prompts; on a terminal, inquirer's unless a test gives its own. */
  prompter?: Prompter;
}

export interface CommandContext {
  io: Io;
  lang: Lang;
  /** --no-color given. */
  noColor: boolean;
}
