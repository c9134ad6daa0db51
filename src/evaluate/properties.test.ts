import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './index.js';
import { loadPolicy } from './policy/load.js';
import { match } from './__fixtures__/build.js';
import { loadText } from './policy/__fixtures__/tmp.js';
import type { FindingStatus } from '../model/types.js';

// Properties of the deadline arithmetic that hold for every date, not only the hand-worked ones.

const baseline = loadPolicy({ spec: 'builtin:baseline@1', root: '/nonexistent-root' }).policy!;
const DAY = 86_400_000;
const ORDER: Record<FindingStatus, number> = { within: 0, 'due-soon': 1, overdue: 2, 'unknown-clock': 3, 'no-fix': 4, excepted: 5 };

const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) });

describe('deadline properties (baseline)', () => {
  it('deadline = UTC day of the clock start + the severity window; daysLeft counts whole UTC days', () => {
    const windows = { critical: 7, high: 30, medium: 90, low: 180 } as const;
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 400 * DAY }), fc.constantFrom('critical', 'high', 'medium', 'low'), (pub, later, sev) => {
        const f = evaluate({ matches: [match({ severity: sev, published: new Date(pub).toISOString() })], policy: baseline, now: new Date(pub + later) }).findings[0]!;
        const startDay = Math.floor(pub / DAY);
        expect(f.clockStart).toBe(new Date(startDay * DAY).toISOString().slice(0, 10));
        expect(f.deadline).toBe(new Date((startDay + windows[sev]) * DAY).toISOString().slice(0, 10));
        expect(f.daysLeft).toBe(startDay + windows[sev] - Math.floor((pub + later) / DAY));
        expect(f.status === 'overdue').toBe(f.daysLeft! < 0);
      }),
    );
  });

  it('as time passes a finding only moves forward: within, then due soon, then overdue', () => {
    fc.assert(
      fc.property(instant, fc.array(fc.integer({ min: 0, max: 300 * DAY }), { minLength: 2, maxLength: 8 }), (pub, offsets) => {
        const m = match({ published: new Date(pub).toISOString() });
        const statuses = [...offsets].sort((a, b) => a - b).map((o) => evaluate({ matches: [m], policy: baseline, now: new Date(pub + o) }).findings[0]!.status);
        for (let i = 1; i < statuses.length; i++) expect(ORDER[statuses[i]!]).toBeGreaterThanOrEqual(ORDER[statuses[i - 1]!]);
      }),
    );
  });

  it('a finding without a fix is never overdue', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3000 * DAY }), (pub, later) => {
        const f = evaluate({ matches: [match({ published: new Date(pub).toISOString(), fixedVersion: null })], policy: baseline, now: new Date(pub + later) }).findings[0]!;
        expect(f.status).toBe('no-fix');
      }),
    );
  });
});

describe('loader robustness', () => {
  it('never throws on arbitrary text: a policy, or problems with a line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: {name: a, version: 1.0.0}\n')).chain((s) => fc.tuple(fc.constant(s), fc.string({ maxLength: 40 }))), ([a, b]) => {
        const r = loadText(a + b);
        if (!r.policy) {
          expect(r.problems.length).toBeGreaterThan(0);
          for (const p of r.problems) expect(p.origin).toBe('policy');
        }
      }),
      { numRuns: 60 },
    );
  });
});
