import { parseOsRelease } from '../model/os.js';
import type { Problem } from '../model/types.js';
import type { ExtractContext } from '../model/extractor.js';
import { problem } from '../model/problem.js';

// Which distribution a package database belongs to. A database found at its usual place in a
// scanned root filesystem (`var/lib/dpkg/status`, `lib/apk/db/installed`) has that root's
// os-release beside it (`etc/os-release`, else `usr/lib/os-release`); a standalone database file
// (`host.dpkg-status`) may have one named after it (`host.os-release`) or an `os-release` in its
// folder; otherwise the run's `--distro` applies, and failing that the package manager's usual
// distribution with no release, said in a Problem.

export interface DistroGuess {
  distro: string;
  release?: string;
  /** Where it came from, for the problem that says so. */
  from: string;
}

/**
 * The distribution of the database at `path`, whose usual location within a root filesystem is
 * `usual` (e.g. `var/lib/dpkg/status`); `fallback` is the package manager's usual distribution.
 * Adds a warning to `problems` when neither an os-release nor `--distro` says which release it is.
 */
export function distroOf(path: string, usual: RegExp, ctx: ExtractContext, origin: string, fallback: string, problems: Problem[]): DistroGuess {
  const candidates: string[] = [];
  const m = usual.exec(path);
  if (m) {
    const root = path.slice(0, m.index + (m[0].startsWith('/') ? 1 : 0));
    candidates.push(`${root}etc/os-release`, `${root}usr/lib/os-release`);
  } else {
    const slash = path.lastIndexOf('/');
    const dot = path.indexOf('.', slash + 2);
    if (dot > slash + 1) candidates.push(`${path.slice(0, dot)}.os-release`);
    candidates.push(`${path.slice(0, slash + 1)}os-release`);
  }
  for (const c of candidates) {
    const text = ctx.readFile(c);
    if (text === undefined) continue;
    const os = parseOsRelease(text);
    if (!os) {
      problems.push(problem(origin, c, 'os-release without an ID= line; not used', undefined, 'warning'));
      continue;
    }
    const guess: DistroGuess = { distro: os.id, from: c };
    if (os.versionId !== undefined) guess.release = os.versionId;
    if (guess.release === undefined) {
      problems.push(problem(origin, path, `${c} names ${os.id} but no VERSION_ID: release unknown, so no release-specific advisory applies`, undefined, 'warning'));
    }
    return guess;
  }
  if (ctx.distro) return { ...ctx.distro, from: '--distro' };
  problems.push(
    problem(
      origin,
      path,
      `distribution release unknown (no ${candidates.join(' or ')}, no --distro): read as ${fallback} with no release, so no release-specific advisory applies`,
      undefined,
      'warning',
    ),
  );
  return { distro: fallback, from: 'assumed' };
}
