#!/usr/bin/env node
// The ebz launcher: runs the built command line and hands its exit code to the shell. In the single-file
// build the loader's worker threads start this same file, which then does a worker's job instead.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  // A reader that stops early (`ebz rules | head`) closes the pipe: that is not an error of ours.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
} else {
  await import('../dist/load/worker.js');
}
