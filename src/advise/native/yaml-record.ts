import { parse } from 'yaml';

// Native advisory records are small YAML documents; aliases are capped so a hostile tree cannot
// expand one into gigabytes.

export function parseRecord(text: string): { value: Record<string, unknown>; error?: undefined } | { value?: undefined; error: string } {
  let value: unknown;
  try {
    value = parse(text, { maxAliasCount: 100, prettyErrors: false });
  } catch (err) {
    return { error: `invalid YAML (${(err as Error).message.split('\n')[0]})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'not a YAML mapping' };
  return { value: value as Record<string, unknown> };
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** A YAML date (`2024-02-21`, read as a string or a Date) or timestamp as ISO, when real. */
export function isoDate(v: unknown): string | undefined {
  const text = v instanceof Date ? v.toISOString() : str(v)?.replace(' ', 'T');
  if (text === undefined) return undefined;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(t) || new Date(t).getUTCFullYear() < 1970 ? undefined : new Date(t).toISOString();
}
