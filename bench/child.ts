// One measured CLI run in a process of its own, so that its peak RSS is its own: the benchmark
// bundles this file and runs it with plain node. Prints one JSON line with the figures.
//
//   node child.mjs OUTPUT_FILE -- <patchwarden check arguments>
import { readFileSync } from 'node:fs';
import { indexIo } from '../src/advise/osv-cache.js';
import { zipIo } from '../src/advise/zip.js';
import { runCli } from '../src/cli/run.js';
import type { Report } from '../src/report/model.js';

export interface ChildFigures {
  exitCode: number;
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  components: number;
  findings: number;
  stderr: string;
  /** Bytes read from advisory bundles and from their cached indexes. */
  bundleBytesRead: number;
  indexBytesRead: number;
}

const [output, sep, ...args] = process.argv.slice(2);
if (!output || sep !== '--') {
  process.stderr.write('usage: child OUTPUT_FILE -- check ARGS...\n');
  process.exit(2);
}
let stderr = '';
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const exitCode = await runCli([...args, '--format', 'json', '--output', output], {
  stdout: () => undefined,
  stderr: (t) => (stderr += t),
  cwd: process.cwd(),
  now: () => new Date('2026-11-24T00:00:00Z'),
});
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// Before the report is read back below, which is the benchmark's own cost. On Linux, VmHWM (the
// peak RSS of this process image): resourceUsage().maxRSS survives exec, so a child spawned by a
// big benchmark process would report the parent's peak. Both are in kilobytes.
const hwm = (() => {
  try {
    return Number(/^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
  } catch {
    return NaN;
  }
})();
const maxRssMB = (Number.isFinite(hwm) ? hwm : process.resourceUsage().maxRSS) / 1024;
let report: Report | undefined;
try {
  report = JSON.parse(readFileSync(output, 'utf8')) as Report;
} catch {
  report = undefined;
}
const figures: ChildFigures = {
  exitCode,
  wallMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  maxRssMB,
  // An audit's output has neither (the audit section runs this child too).
  components: report?.components?.length ?? 0,
  findings: report?.findings?.length ?? 0,
  stderr: stderr.slice(0, 2000),
  bundleBytesRead: zipIo.bytesRead,
  indexBytesRead: indexIo.bytesRead,
};
process.stdout.write(JSON.stringify(figures) + '\n');
