import type { Problem } from './types.js';

// One way to print a problem, for every command and sink a person reads: the compiler's
// `file:line:col: level: message`, which terminals and editors turn into links.

export function formatProblem(p: Problem): string {
  const where = p.file === undefined ? '' : `${p.file}${p.line === undefined ? '' : `:${p.line}${p.column === undefined ? '' : `:${p.column}`}`}: `;
  return `${where}${p.level}: ${p.message}`;
}
