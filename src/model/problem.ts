import { LIMITS } from '../limits.js';
import type { Problem } from './types.js';

export function problem(
  origin: string,
  file: string,
  message: string,
  line?: number,
  level: Problem['level'] = 'error',
): Problem {
  const p: Problem = { level, origin, file, message };
  if (line !== undefined) p.line = line;
  return p;
}

/** A message that quotes a hostile line verbatim could carry megabytes into every sink. */
export function clipMessage(p: Problem): Problem {
  const max = LIMITS.problemMaxChars;
  return p.message.length <= max ? p : { ...p, message: `${p.message.slice(0, max - 1)}…` };
}
