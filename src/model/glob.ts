import picomatch from 'picomatch';
import { LIMITS } from '../limits.js';

// Repository-path globs, written by people who may not be trusted (a policy in a pull request,
// an input of a workflow): the policy's scopes and exceptions, and the paths a run excludes.
// One reading and one set of guards for all of them.

export type PathMatcher = (file: string) => boolean;

export function pathMatcher(globs: readonly string[]): PathMatcher {
  const isMatch = picomatch(globs as string[], { dot: true });
  return (file) => isMatch(file);
}

/** Why a glob cannot be used, or undefined when it can. */
export function globProblem(g: string): string | undefined {
  if (g.length > LIMITS.globMaxLength) return `a glob of ${g.length} characters; the limit is ${LIMITS.globMaxLength}`;
  if (g.startsWith('/') || /^[A-Za-z]:[\\/]/.test(g) || g.split('/').includes('..')) return `expected a repository-relative glob like deploy/**, got '${g}'`;
  // picomatch turns a glob into a regular expression, and each unbounded wildcard can multiply
  // the backtracking on a path that almost matches: `*a*a*a*a*b` takes minutes on a long name.
  const wildcards = (g.match(/\*+/g)?.length ?? 0) + (g.match(/\+\(/g)?.length ?? 0);
  if (wildcards > LIMITS.globMaxWildcards) return `'${g}' has ${wildcards} wildcards (*, **, +(...)); the limit is ${LIMITS.globMaxWildcards}`;
  try {
    picomatch.makeRe(g, { dot: true });
  } catch (err) {
    return `not a glob picomatch can read: ${(err as Error).message.slice(0, 120)}`;
  }
  return undefined;
}
