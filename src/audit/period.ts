import { dayOf, daysInMonth, formatDay } from '../evaluate/dates.js';

// The period an audit covers: whole UTC days, both ends included.

export interface Period {
  /** `2026-11`, `2026-Q4`, or `2026-10-01..2026-12-31` for --from/--to. */
  label: string;
  from: string;
  to: string;
  /** Whether the period is a calendar month or quarter (the audit issue is one per such period). */
  kind: 'month' | 'quarter' | 'range';
}

/** Parses `--period` (YYYY-MM or YYYY-Qn) or `--from`/`--to` (YYYY-MM-DD); returns an error message when neither fits. */
export function parsePeriod(spec: { period?: string; from?: string; to?: string }): Period | string {
  if (spec.period !== undefined) {
    if (spec.from !== undefined || spec.to !== undefined) return '--period cannot be combined with --from/--to';
    const m = /^(\d{4})-(\d{2})$/.exec(spec.period);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return `--period: no month ${m[2]} in '${spec.period}'`;
      return { label: spec.period, from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(daysInMonth(y, mo)).padStart(2, '0')}`, kind: 'month' };
    }
    const q = /^(\d{4})-Q([1-4])$/i.exec(spec.period);
    if (q) {
      const y = Number(q[1]);
      const first = (Number(q[2]) - 1) * 3 + 1;
      const last = first + 2;
      return {
        label: `${q[1]}-Q${q[2]}`,
        from: `${q[1]}-${String(first).padStart(2, '0')}-01`,
        to: `${q[1]}-${String(last).padStart(2, '0')}-${String(daysInMonth(y, last)).padStart(2, '0')}`,
        kind: 'quarter',
      };
    }
    return `--period: expected a month like 2026-11 or a quarter like 2026-Q4, got '${spec.period}'`;
  }
  if (spec.from === undefined || spec.to === undefined) return 'give --period (2026-11 or 2026-Q4), or both --from and --to';
  const from = strictDay(spec.from);
  const to = strictDay(spec.to);
  if (from === undefined) return `--from: expected a date like 2026-10-01, got '${spec.from}'`;
  if (to === undefined) return `--to: expected a date like 2026-12-31, got '${spec.to}'`;
  if (to < from) return `--to ${spec.to} is before --from ${spec.from}`;
  return { label: `${formatDay(from)}..${formatDay(to)}`, from: formatDay(from), to: formatDay(to), kind: 'range' };
}

function strictDay(value: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayOf(value) : undefined;
}

/** The calendar month or quarter containing `day` (YYYY-MM-DD), as a Period. */
export function periodContaining(day: string, kind: 'month' | 'quarter'): Period {
  const y = day.slice(0, 4);
  const mo = Number(day.slice(5, 7));
  const p = kind === 'month' ? parsePeriod({ period: `${y}-${day.slice(5, 7)}` }) : parsePeriod({ period: `${y}-Q${Math.floor((mo - 1) / 3) + 1}` });
  if (typeof p === 'string') throw new Error(p);
  return p;
}

/** The calendar month or quarter before the one containing `day`: what a scheduled audit at the start of a period reports on. */
export function previousPeriod(day: string, kind: 'month' | 'quarter'): Period {
  const current = periodContaining(day, kind);
  const before = dayOf(current.from)! - 1;
  return periodContaining(formatDay(before), kind);
}
