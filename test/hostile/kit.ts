import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import * as core from '@actions/core';
import { expect } from 'vitest';
import { check } from '../../src/check.js';
import type { CheckOptions, CheckResult } from '../../src/check.js';
import type { ExtractResult } from '../../src/model/extractor.js';
import type { Problem } from '../../src/model/types.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';

// The hostile-input catalogue's workbench: throwaway repositories under the system temp folder,
// a full check() over them with every sink rendered, and the assertions every case shares (no
// extractor bug surfaced as a thrown error, bounded messages, no prototype pollution).

export const NOW = new Date('2026-11-24T00:00:00Z');

/** Longest problem message any input may cause: a message that echoes a hostile file is a leak and a flood. */
export const MAX_MESSAGE = 2_000;


/** A new empty folder, removed when the test file is done. */
export function scratchDir(prefix = 'pw-hostile-'): string {
  return tempDir(prefix);
}

/** Writes `content` at `rel` below `root`, creating folders; returns the absolute path. */
export function put(root: string, rel: string, content: string | Buffer): string {
  const abs = join(root, ...rel.split('/'));
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** A sparse file of `size` bytes at `abs`: instant, and no disk space used (2 GB lockfiles are made so). */
export function sparse(abs: string, size: number): void {
  const fd = openSync(abs, 'w');
  try {
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

/** A symbolic link at `rel` below `root` pointing at `target` (as written, relative or absolute). */
export function link(root: string, rel: string, target: string): string {
  const abs = join(root, ...rel.split('/'));
  mkdirSync(dirname(abs), { recursive: true });
  symlinkSync(target, abs);
  return abs;
}

export interface Rendered {
  text: string;
  json: string;
  markdown: string;
  sarif: string;
  /** The workflow commands the action prints for annotations and error problems, as the runner reads them. */
  commands: string;
}

export interface Scan {
  result: CheckResult;
  report: Report;
  out: Rendered;
}

/** Captures what @actions/core writes to standard output while `fn` runs. */
function captureStdout(fn: () => void): string {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array): boolean => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

/** The workflow commands for the report's annotations and error problems, made as src/github/run.ts makes them. */
export function workflowCommands(report: Report): string {
  return captureStdout(() => {
    for (const a of annotationsFor(report)) {
      const props = { title: a.title, file: a.file, startLine: a.line };
      if (a.level === 'error') core.error(a.message, props);
      else core.warning(a.message, props);
    }
    for (const p of report.problems) {
      if (p.level !== 'error') continue;
      core.error(p.message, { title: `patchwarden ${p.origin}`, ...(p.file ? { file: p.file } : {}), ...(p.file && p.line ? { startLine: p.line } : {}) });
    }
  });
}

export function render(report: Report): Rendered {
  return {
    text: renderText(report),
    json: renderJson(report),
    markdown: renderMarkdown(report),
    sarif: renderSarif(report),
    commands: workflowCommands(report),
  };
}

/** A full check() of `root` as the CLI runs it offline, with every sink rendered. */
export async function scan(root: string, opts: Partial<CheckOptions> = {}): Promise<Scan> {
  const result = await check({ root, now: NOW, cacheDir: false, ...opts });
  if (!result.report) throw new Error(`check() made no report: ${JSON.stringify(result.fatal)}`);
  return { result, report: result.report, out: render(result.report) };
}

/** Problems an extractor threw instead of reporting (extractAll turns a throw into this). */
export function extractorBugs(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => /extractor failed|patchwarden bug/.test(p.message));
}

const PROTOTYPES: [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
];

function snapshot(): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const [name, proto] of PROTOTYPES) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      m.set(`${name}.${String(key)}`, d.value ?? d.get);
    }
  }
  return m;
}

const PRISTINE = snapshot();

/** Object.prototype and friends exactly as they were when this module loaded, and no `polluted` anywhere. */
export function expectPrototypesIntact(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  const now = snapshot();
  const changed = [...new Set([...now.keys(), ...PRISTINE.keys()])].filter((k) => now.get(k) !== PRISTINE.get(k));
  expect(changed).toEqual([]);
}

/** What every hostile scan must show whatever the case: no throw surfaced, messages bounded, prototypes intact. */
export function expectSane(report: Report): void {
  expect(extractorBugs(report.problems)).toEqual([]);
  const long = report.problems.filter((p) => p.message.length > MAX_MESSAGE).map((p) => `${p.file}: ${p.message.slice(0, 120)}… (${p.message.length} chars)`);
  expect(long).toEqual([]);
  expectPrototypesIntact();
}

/** The problems about one file. */
export function about(report: Report, file: string): Problem[] {
  return report.problems.filter((p) => p.file === file);
}

/** Components as comparable strings: ecosystem/name@version and every location. */
export function inventory(report: Report): string[] {
  return report.components
    .map((c) => `${c.ecosystem}/${c.name}@${c.version} ${c.locations.map((l) => `${l.file}:${l.line}`).sort().join(',')}`)
    .sort();
}

/** `file:line` of every location of the component `ecosystem/name@version`. */
export function locationsOf(report: Report, id: string): string[] {
  return report.components.filter((c) => `${c.ecosystem}/${c.name}@${c.version}` === id).flatMap((c) => c.locations.map((l) => `${l.file}:${l.line}`));
}

/** Findings as comparable strings: advisory, package, version, status and locations. */
export function findingKeys(report: Report): string[] {
  return report.findings
    .map((f) => `${f.advisory.id} ${f.component.ecosystem}/${f.component.name}@${f.component.version} ${f.status} ${f.locations.map((l) => `${l.file}:${l.line}`).sort().join(',')}`)
    .sort();
}

/** Components and problems as comparable text: everything a sink shows. */
export function comparable(r: ExtractResult): { components: string[]; problems: string[] } {
  return {
    components: r.components
      .map((c) => `${c.ecosystem}/${c.name}@${c.version} ${c.layer} ${c.source ?? ''} ${c.direct ?? ''} ${c.dev ?? ''} @${c.locations.map((l) => l.line).join(',')}`)
      .sort(),
    problems: r.problems.map((p) => `${p.level} ${p.line ?? ''} ${p.message}`).sort(),
  };
}
