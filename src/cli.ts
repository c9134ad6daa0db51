import { runCli } from './cli/run.js';

// Thin entry point: everything testable lives in cli/run.ts.
const columns = Number.parseInt(process.env.COLUMNS ?? '', 10);
const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  now: () => new Date(),
  terminal: {
    ...(columns > 0 ? { columns } : process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  },
});
process.exitCode = code;
