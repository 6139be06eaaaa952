#!/usr/bin/env node
// The ebz launcher: runs the built command line and hands its exit code to the shell.
import { readFileSync, statSync } from 'node:fs';

/** The version: set in the single-file build, else package.json's. */
function version() {
  if (typeof __EBZ_VERSION__ === 'string') return __EBZ_VERSION__;
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
}

/**
 * Whether to run the runtime build (dist/run, scripts/bundle.mjs: the same code in a few files, which
 * starts faster) rather than tsc's dist/cli. Only when it is there and no older than tsc's output, so a
 * `tsc` run alone is never hidden behind an old bundle. The single-file build is neither.
 */
function runtime() {
  if (typeof __EBZ_BUNDLE__ === 'boolean' && __EBZ_BUNDLE__) return false;
  try {
    return statSync(new URL('../dist/run/main.js', import.meta.url)).mtimeMs >= statSync(new URL('../dist/cli/main.js', import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
}

// A reader that stops early (`ebz rules | head`) closes the pipe: that is not an error of ours. Any
// other write error (a full disk, `>/dev/full`) is one line on stderr and exit 2, never a stack trace.
let failed = false;
let failedLine = (code) => `ebz: cannot write to standard output (${code})\n`;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') return;
    if (!failed && stream === process.stdout) {
      try {
        process.stderr.write(failedLine(error.code));
      } catch {
        // stderr is gone too: the exit code still tells.
      }
    }
    failed = true;
    process.exitCode = 2;
  });
}
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The version alone needs none of the command line: it is written before anything else is loaded.
  process.stdout.write(`${version()}\n`);
  process.exitCode = failed ? 2 : 0;
} else {
  const { main, stdoutFailedLine } = runtime() ? await import('../dist/run/main.js') : await import('../dist/cli/main.js');
  failedLine = (code) => stdoutFailedLine(args, process.env, code);
  const code = await main(args, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = failed ? 2 : code;
}
