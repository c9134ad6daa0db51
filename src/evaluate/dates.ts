// Calendar arithmetic on UTC days. Deadlines are whole days in UTC (DESIGN.md), so every date is
// reduced to a day number (days since 1970-01-01) before any arithmetic: no local time zone, no
// daylight-saving hour and no time of day can move a deadline.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt ])/;

/**
 * The UTC day of an ISO date or date-time, or undefined when it is not a real date. Dates before
 * 1970 count as unknown: OSV data uses `0001-01-01T00:00:00Z` for "not set" (Go's vulndb), and a
 * clock started in year 1 would make a 2,000-year-old deadline.
 */
export function dayOf(value: string | undefined | null): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  if (value.length > 10) {
    // A date-time: honour its offset, which can move it to another UTC day.
    const ms = Date.parse(value);
    if (Number.isNaN(ms) || ms < 0) return undefined;
    return Math.floor(ms / MS_PER_DAY);
  }
  return Math.floor(Date.UTC(y, mo - 1, d) / MS_PER_DAY);
}

/** The UTC day of an instant. */
export function dayOfInstant(at: Date): number {
  return Math.floor(at.getTime() / MS_PER_DAY);
}

export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `day` plus whole calendar months; the day of month is clamped (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const dom = Math.min(d.getUTCDate(), daysInMonth(ty, tm + 1));
  return Math.floor(Date.UTC(ty, tm, dom) / MS_PER_DAY);
}
