// Orderings that give the same bytes on every machine: a locale's collation (localeCompare,
// Intl.Collator without a fixed locale) depends on LANG and ICU data, so reports sorted with it
// differ between a Swedish and an American runner.

/** Compares strings by UTF-16 code units: the same order everywhere, whatever the locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
