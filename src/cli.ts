import { runCli } from './cli/run.js';

// Thin entry point: everything testable lives in cli/run.ts.
const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  now: () => new Date(),
});
process.exitCode = code;
