import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticallyLoaded } from '../helpers/bundle.js';
import { tempDir } from '../helpers/tmp.js';
import { REPO_ROOT } from '../helpers/shared.js';

// The action as the runner runs it: the committed bundle, inputs as INPUT_* variables, outputs
// and the job summary through the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, annotations
// as workflow commands on standard output. CI checks that dist/ equals a fresh build of src/.

const DIST = join(REPO_ROOT, 'dist', 'index.js');

function runAction(inputs: Record<string, string>) {
  const dir = tempDir('pw-action-');
  const summary = join(dir, 'summary.md');
  const output = join(dir, 'output');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: REPO_ROOT,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: dir,
    // no event and no token: nothing may be written to GitHub
    INPUT_MODE: 'report',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const res = spawnSync(process.execPath, [DIST], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60_000 });
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT uses the heredoc form: name<<DELIM, value, DELIM
  const lines = readFileSync(output, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      outputs[m[1]!] = lines[i + 1]!;
      i += 2;
    }
  }
  return { status: res.status, stdout: res.stdout, stderr: res.stderr, summary: readFileSync(summary, 'utf8'), outputs, dir };
}

describe.runIf(existsSync(DIST))('the bundled action (dist/index.js)', () => {
  it('annotates the exact line, writes the summary and outputs, and passes a gate at critical', () => {
    const r = runAction({
      path: 'examples/chat-platform',
      'advisory-db': 'examples/chat-platform/advisories',
      now: '2026-11-24',
      policy: 'builtin:baseline@1',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '::error title=Overdue high patch%3A ws,file=examples/chat-platform/service/package-lock.json,line=6084::ws@8.17.0: GHSA-3h5v-q93c-6h6q (CVE-2024-37890), high, overdue, 860 days overdue; fix: 8.17.1; deadline 2024-07-17',
    );
    const wsRows = r.summary.split('\n').filter((l) => l.includes('`ws` `8.17.0`'));
    expect(wsRows.length).toBeGreaterThan(0);
    for (const row of wsRows) {
      expect(row).toContain('[GHSA-3h5v-q93c-6h6q](https://github.com/advisories/GHSA-3h5v-q93c-6h6q)');
      expect(row).toMatch(/`(examples\/chat-platform\/)?service\/package-lock.json:6084`/);
      expect(row).toContain('2024-07-17');
    }
    expect(r.outputs).toMatchObject({ overdue: '6', 'due-soon': '0', findings: '6', gate: 'incomplete' });
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as { schemaVersion: number; summary: { overdue: number } };
    expect(report.schemaVersion).toBe(1);
    expect(report.summary.overdue).toBe(6);
  });

  it('fails the step when an overdue finding reaches the gate', () => {
    const r = runAction({ path: 'examples/chat-platform', 'advisory-db': 'examples/chat-platform/advisories', now: '2026-11-24', 'fail-on': 'high' });
    expect(r.status).toBe(1);
    // The example's own policy applies: its exception leaves path-to-regexp out of the 6 overdue.
    expect(r.stdout).toMatch(/::error::patchwarden: 5 overdue patch\(es\), at least one at or above high/);
    expect(r.outputs.gate).toBe('fail');
  });

  it('stops on an invalid policy with the file and line, checking nothing', () => {
    const dir = tempDir('pw-policy-');
    const policy = join(dir, 'policy.yml');
    writeFileSync(policy, 'apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata:\n  name: bad\n  version: 1.0.0\ndeadlines:\n  high: 30 days\n');
    const r = runAction({ path: 'examples/chat-platform', 'advisory-db': 'examples/chat-platform/advisories', policy });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`file=${policy},line=7`);
    expect(r.stdout).toContain("deadlines.high: expected a duration like 30d, got '30 days'");
    expect(r.outputs.findings).toBeUndefined();
  });
});

describe('what starting the action loads', () => {
  // Starting the action compiles every chunk it imports statically, so the start-up path holds
  // what a run with nothing to check needs: inputs, the walk, a built-in policy from its shipped
  // resolution, the evaluation of nothing and the report. The rest is import()ed on first use:
  // Octokit and its HTTP stack (undici, 0.8 MB) by runs that write to GitHub; the engine (the
  // advisory sources, the live clients, matching, and their parsers) once there is something to
  // read or ask; the extractors once the walk meets a file; the YAML policy loader and its schema
  // validator for a policy that is not a built-in. A namespace import passed as a value, a
  // dependency's unused OIDC client, or one static import of a module on the far side once pulled
  // the lot back in (scripts/build.mjs says how the first two are kept out). A fresh build of
  // src/ is inspected, so this holds for the code as it is, whatever dist/ holds.
  const out = tempDir('pw-dist-');
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { cwd: REPO_ROOT, encoding: 'utf8' });
  const entry = join(out, 'index.js');
  const loaded = built.status === 0 ? staticallyLoaded(entry) : [];
  const text = loaded.map((f) => readFileSync(f, 'utf8')).join('\n');
  const has = (module: string): boolean => text.includes(`// ${module}`);

  it('builds', () => {
    expect(built.status, built.stderr).toBe(0);
  });

  it('leaves undici, the HTTP clients and Octokit to the chunk that writes', () => {
    for (const pkg of ['undici', '@actions/http-client', '@actions/exec', '@octokit/core']) expect(has(`node_modules/${pkg}/`), pkg).toBe(false);
  });

  it('leaves the engine, the extractors, the YAML loader and the policy validator to the runs that need them', () => {
    const away = [
      ...['yaml', 'ae-cvss-calculator', 'packageurl-js', 'semver', 'saxes', 'smol-toml', 'jsonc-parser', '@renovatebot/ruby-semver'].map((p) => `node_modules/${p}/`),
      'src/engine.ts',
      'src/inventory.ts',
      'src/extract/',
      'src/advise/sources.ts',
      'src/advise/live/index.ts',
      'src/advise/live/http.ts',
      'src/match/',
      'src/enrich/index.ts',
      'src/evaluate/policy/load.ts',
      'src/evaluate/policy/validate-v1.cjs',
      'src/github/issues.ts',
      'src/notify/run.ts',
    ];
    expect(away.filter(has)).toEqual([]);
    // ... while loading what every run needs.
    for (const module of ['node_modules/@actions/core/', 'src/check.ts', 'src/evaluate/policy/resolved.ts', 'src/evaluate/index.ts', 'src/report/json.ts']) expect(has(module), module).toBe(true);
  });

  it('the chunks left out are ones the action can still reach', () => {
    const dynamic = [...new Set([...text.matchAll(/import\("(\.[^"]+)"\)/g)].map((m) => m[1]!.split('/').pop()!))];
    const reached = (name: string): string => {
      const found = dynamic.filter((d) => d.startsWith(`${name}-`));
      expect(found, name).toHaveLength(1);
      return readFileSync(join(out, 'chunks', found[0]!), 'utf8');
    };
    expect(reached('client')).toContain('// node_modules/undici/');
    expect(reached('engine')).toContain('// src/engine.ts');
    expect(reached('registry')).toMatch(/export \{\s*EXTRACTORS\s*\}/);
    expect(reached('load')).toMatch(/export \{\s*loadPolicy\s*\}/);
  });
});
