// The width output for people must fit: light enough for the command line's help to use at start-up.

/** Narrower than this, nothing can be laid out usefully; wider terminals get their own width. */
const MIN_WIDTH = 40;
/** A pipe or a file has no width of its own: lines of this width read well anywhere. */
export const DEFAULT_WIDTH = 80;

/** COLUMNS when set (the user's explicit wish), else the terminal's width, else 80. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : stream.isTTY && stream.columns ? stream.columns : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, width);
}
