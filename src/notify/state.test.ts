import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.js';
import { defaultChannels } from './route.js';
import { emptyState, loadStateFile, saveStateFile, serializeState } from './state.js';

describe('alert state file', () => {
  it('round-trips, sorted and versioned, leaving no temporary file', () => {
    const dir = tempDir('pw-alert-state-');
    const file = join(dir, 'nested', 'alerts.json');
    const state = emptyState();
    state.channels['slack:b'] = { gate: 'fail', findings: { 'z|npm|ws|1|X': ['overdue', 'due-soon'], 'a|npm|a|1|Y': ['kev'] } };
    state.channels['slack:a'] = { findings: {} };
    saveStateFile(file, state);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['alerts.json']);
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(
      '{\n  "version": 1,\n  "channels": {\n    "slack:a": {\n      "findings": {}\n    },\n    "slack:b": {\n      "gate": "fail",\n      "findings": {\n        "a|npm|a|1|Y": [\n          "kev"\n        ],\n        "z|npm|ws|1|X": [\n          "due-soon",\n          "overdue"\n        ]\n      }\n    }\n  }\n}\n',
    );
    const back = loadStateFile(file);
    expect(back.problems).toEqual([]);
    expect(serializeState(back.state)).toBe(text);
  });

  it('reads a missing file as a first run, and a broken or foreign one as a located warning and a fresh start', () => {
    const dir = tempDir('pw-alert-state-');
    expect(loadStateFile(join(dir, 'none.json'))).toEqual({ state: emptyState(), problems: [] });
    const cases: [string, string][] = [
      ['{"version": 1, "channels": {', 'alert state is not JSON'],
      ['{"version": 2, "channels": {}}', 'not a patchwarden alert state: expected version 1, got 2'],
      ['{"version": 1, "channels": {"x": {"findings": {"k": "overdue"}}}}', 'not a patchwarden alert state: channel x: finding k: expected a list of strings'],
      ['{"version": 1, "channels": {"x": {"gate": "maybe", "findings": {}}}}', 'not a patchwarden alert state: channel x: gate must be pass or fail'],
    ];
    for (const [i, [text, message]] of cases.entries()) {
      const file = join(dir, `bad-${i}.json`);
      writeFileSync(file, text);
      const got = loadStateFile(file);
      expect(got.state).toEqual(emptyState());
      expect(got.problems).toHaveLength(1);
      expect(got.problems[0]).toMatchObject({ level: 'warning', file });
      expect(got.problems[0]!.message).toContain(message);
    }
  });
});

describe('--alert TYPE=URL', () => {
  it('numbers repeated types and never repeats a URL in an error', () => {
    const ok = defaultChannels(['slack=https://hooks.slack.com/services/T/B/one', 'slack=https://hooks.slack.com/services/T/B/two', 'teams=https://example.org/wf']);
    expect(ok.errors).toEqual([]);
    expect(ok.channels.map((c) => c.label)).toEqual(['slack', 'slack #2', 'teams']);
    expect(ok.channels[0]!.id).toMatch(/^slack:[0-9a-f]{16}$/);
    expect(ok.channels[0]!.id).not.toBe(ok.channels[1]!.id);
    const bad = defaultChannels(['email=https://x.example/SECRET1', 'slack=ftp://x.example/SECRET2', 'teams=not a url SECRET3', 'webhook']);
    expect(bad.errors).toEqual(['expected slack=URL, teams=URL, webhook=URL, got a value starting \'email\'', 'slack: expected an https:// URL, got a ftp: one', 'teams: not a URL', 'webhook: no URL']);
  });
});
