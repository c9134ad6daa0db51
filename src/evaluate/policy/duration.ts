import { addMonths } from '../dates.js';

// Policy durations are written `7d`, `2w`, `1mo` or `48h` (hours only in whole days, because
// deadlines are whole days). Months are calendar months, as PCI DSS's "within one month of
// release" means, not 30 days.

export interface Duration {
  days: number;
  months: number;
}

export const DURATION_PATTERN = '^(0|[1-9][0-9]{0,4})(d|w|h|mo)$';
const DURATION_RE = new RegExp(DURATION_PATTERN);
const PERCENT_RE = /^(100|[1-9]?[0-9])(\.[0-9]{1,4})?%$/;

/** Parses a duration; undefined when the text is not one (the schema has already said why). */
export function parseDuration(text: string): Duration | undefined {
  const m = DURATION_RE.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'd':
      return { days: n, months: 0 };
    case 'w':
      return { days: n * 7, months: 0 };
    case 'h':
      return n % 24 === 0 ? { days: n / 24, months: 0 } : undefined;
    default:
      return { days: 0, months: n };
  }
}

/** True for `48h`-style durations that are not whole days (the schema pattern accepts them). */
export function isPartialDayDuration(text: string): boolean {
  const m = DURATION_RE.exec(text);
  return m !== null && m[2] === 'h' && Number(m[1]) % 24 !== 0;
}

export function addDuration(day: number, d: Duration): number {
  return addMonths(day, d.months) + d.days;
}

/** A due-soon window: an absolute duration or a share (0..1) of the deadline window. */
export type DueSoon = { kind: 'duration'; duration: Duration } | { kind: 'share'; share: number };

export function parseDueSoon(text: string): DueSoon | undefined {
  if (PERCENT_RE.test(text)) return { kind: 'share', share: Number(text.slice(0, -1)) / 100 };
  const duration = parseDuration(text);
  return duration ? { kind: 'duration', duration } : undefined;
}
