import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../src/extract/images/reference.js';
import { expectSane, locationsOf, put, scan, scratchDir } from './kit.js';
import { timed } from './yaml-kit.js';

// Regular expressions that backtrack on text the pull request writes. Each case was found by
// the fuzzer or by reading the code, and took from seconds to hours before it was fixed; each
// must now take well under a second. (Policy globs, which picomatch turns into regular
// expressions, are in policy.test.ts.)


describe('catastrophic backtracking on repository text', () => {
  it('a Dockerfile FROM of variables against a long stage name (four wildcards: 52 s at 800 characters)', async () => {
    const root = scratchDir();
    put(root, 'Dockerfile', `FROM node:20 AS a${'a'.repeat(5_000)}\nFROM \${A}a\${B}a\${C}a\${D}b\nFROM node:20.11.1\n`);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/library/node@20.11.1')).toEqual(['Dockerfile:3']);
    expect(ms).toBeLessThan(10_000);
  });

  it('a Renovate-annotated line of spaces, a long annotation word and an Ansible value of spaces (adjacent \\s* before $, an unanchored \\s+#: 2.2 s at 40,000 characters, 20 s and more at 120,000)', async () => {
    const root = scratchDir();
    put(root, 'roles/x/defaults/main.yml', `# renovate: datasource=docker depName=nginx\nnginx_version: "{{${' '.repeat(120_000)}x\n# renovate: ${'a'.repeat(40_000)}\nx: 1\nplain: a${' '.repeat(120_000)}b\n# renovate: datasource=docker depName=nginx\nnginx_tag: 1.25.3 # pinned\n`);
    put(root, 'main.tf', `# renovate: datasource=docker depName=nginx\ndefault = "1.25.4"${' '.repeat(40_000)},x\n`);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/library/nginx@1.25.3')).toEqual(['roles/x/defaults/main.yml:7']);
    expect(ms).toBeLessThan(10_000);
  });

  it('a FROM made of variables still finds the stage it names', async () => {
    const root = scratchDir();
    put(root, 'Dockerfile', 'ARG TARGETARCH\nFROM alpine:3.19 AS build_amd64\nFROM alpine:3.19 AS build_arm64\nFROM build_${TARGETARCH}\nFROM ${UNKNOWN}-x\n');
    const s = await scan(root);
    expectSane(s.report);
    const warned = s.report.problems.filter((p) => p.file === 'Dockerfile').map((p) => p.line);
    expect(warned).toEqual([5]);
  });

  it('a Dockerfile line of a million blanks before an instruction (trailing-blank trimming was quadratic)', async () => {
    const root = scratchDir();
    put(root, 'Dockerfile', `FROM node:20.11.1${' '.repeat(1_000_000)}x \\\n  AS base\nFROM redis:7.2.4\n`);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/library/redis@7.2.4')).toEqual(['Dockerfile:3']);
    expect(ms).toBeLessThan(10_000);
  });

  it('200,000 blank indented lines before a key in any YAML file (the manifest sniffing regex was quadratic: 5 s at 40,000)', async () => {
    // Found by the full fuzz run on a real compose file: `/^\s*kind\s*:/m` lets \s* run across line
    // ends, so each blank line rescanned every blank line after it.
    const root = scratchDir();
    const blanks = '  \n'.repeat(200_000);
    put(root, 'prometheus.yml', `services:\n${blanks}  prometheus:\n    image: prom/prometheus:v2.51.0\n`);
    put(root, 'deploy/app.yaml', `apiVersion: apps/v1\n${blanks}kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.25.3\n`);
    put(root, 'notes.yaml', `title: x\n${blanks}kind_of: note\n`);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/prom/prometheus@v2.51.0')).toEqual([`prometheus.yml:${200_003}`]);
    expect(locationsOf(s.report, 'image/docker.io/library/nginx@1.25.3')).toEqual([`deploy/app.yaml:${200_008}`]);
    expect(ms).toBeLessThan(10_000);
  }, 120_000);

  it('image references made of long separator runs are refused fast', () => {
    for (const s of ['a' + '-'.repeat(2_000) + '!', 'a_'.repeat(1_000) + '!', 'a.'.repeat(1_000) + ':', `${'a/'.repeat(1_000)}!`, 'a'.repeat(100_000)]) {
      const t = performance.now();
      const r = parseImageReference(s);
      expect(r.ok, s.slice(0, 20)).toBe(false);
      expect(performance.now() - t).toBeLessThan(500);
    }
  });
});
