#!/usr/bin/env node
/** The `arr-rules` executable: wires `run` to the process. */
import module from 'node:module';
import { keepMemoryFlat } from './memory.js';
import { run } from './run.js';

declare const __VERSION__: string;

// Node 22.1+ keeps the code it compiled for the next start (in the system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1
// turns it off). Where it cannot, the command runs as before.
try {
  module.enableCompileCache?.();
} catch {}

// A closed pipe (`arr-rules batch … | head`) is not an error of the user's; any other write error is said briefly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`arr-rules: standard ut kan ikke skrives / standard output cannot be written (${error.code ?? '?'})\n`);
  process.exit(1);
});
process.stderr.on('error', () => process.exit(process.exitCode ?? 1));

run(process.argv.slice(2), {
  // Made when first read: setting up standard input costs a command that never reads it.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
  version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
  signals: process,
  keepMemoryFlat,
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // run() answers every failure itself; this is the last guard, and it says nothing of the input either.
    process.stderr.write('arr-rules: unexpected error / uventet feil\n');
    process.exitCode = 1;
  },
);
