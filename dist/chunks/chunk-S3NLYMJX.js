import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/evaluate/dates.ts
var MS_PER_DAY = 864e5;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt ])/;
function dayOf(value) {
  if (typeof value !== "string" || value === "") return void 0;
  const m = ISO_DATE.exec(value);
  if (!m) return void 0;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return void 0;
  if (value.length > 10) {
    const ms = Date.parse(value);
    if (Number.isNaN(ms) || ms < 0) return void 0;
    return Math.floor(ms / MS_PER_DAY);
  }
  return Math.floor(Date.UTC(y, mo - 1, d) / MS_PER_DAY);
}
function dayOfInstant(at) {
  return Math.floor(at.getTime() / MS_PER_DAY);
}
function formatDay(day) {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function addMonths(day, months) {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const ty = y + Math.floor(m / 12);
  const tm = (m % 12 + 12) % 12;
  const dom = Math.min(d.getUTCDate(), daysInMonth(ty, tm + 1));
  return Math.floor(Date.UTC(ty, tm, dom) / MS_PER_DAY);
}

export {
  dayOf,
  dayOfInstant,
  formatDay,
  daysInMonth,
  addMonths
};
