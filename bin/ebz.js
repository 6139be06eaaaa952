#!/usr/bin/env node
// The ebz launcher: runs the built command line and hands its exit code to the shell.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
