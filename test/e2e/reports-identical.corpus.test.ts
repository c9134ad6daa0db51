import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { renderJson } from '../../src/report/json.js';
import { corpusRepositories, reportDigests } from './report-digests-kit.js';

// The stage layout is a refactoring: every shared repository's JSON report must keep the exact
// bytes the engine produced before it (digests in report-digests.json; how they were made is in
// report-digests-kit.ts). A deliberate change of what reports say remakes them with the kit, and
// names the change: images mapped from endoflife.date's identifiers (new grafana-loki and
// prometheus findings), a notice per unmapped image, upgrade advice on runtime findings, and
// Helm subcharts that the values switch off (a notice in mattermost-helm), and runtimes pinned
// by version-manager files (.ruby-version, .nvmrc, .node-version, rust-toolchain.toml in four).

const GOLDEN = JSON.parse(readFileSync(new URL('./report-digests.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('reports over the shared repositories', () => {
  it('covers all 17 repositories', () => {
    expect(corpusRepositories()).toEqual(Object.keys(GOLDEN));
    expect(Object.keys(GOLDEN)).toHaveLength(17);
  });

  it('are byte-identical to the reports made before the stage layout', async () => {
    expect(await reportDigests(check, renderJson)).toEqual(GOLDEN);
  });
});
