#!/usr/bin/env node
// The ebz launcher: runs the built command line and hands its exit code to the shell. In the single-file
// build the loader's worker threads start this same file, which then does a worker's job instead.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
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
  const { main, stdoutFailedLine } = await import('../dist/cli/main.js');
  failedLine = (code) => stdoutFailedLine(process.argv.slice(2), process.env, code);
  const code = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = failed ? 2 : code;
} else {
  await import('../dist/load/worker.js');
}
