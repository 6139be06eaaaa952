#!/usr/bin/env node
// The ebz launcher: runs the built command line and hands its exit code to the shell.
import { main } from '../dist/cli/main.js';

// A reader that stops early (`ebz rules | head`) closes the pipe: that is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
