import { matchKey } from '../model/names.js';
import type { Match, Problem, SeverityLabel } from '../model/types.js';
import { dayOf, formatDay } from './dates.js';
import { addDuration, parseDuration } from './policy/duration.js';
import type { PolicyException, ResolvedPolicy } from './policy/types.js';
import { pathMatcher } from '../model/glob.js';
import type { PathMatcher } from '../model/glob.js';
import { anyLocation } from './scope.js';
import type { AppliedException, ExceptionReport } from './types.js';

// Exceptions are accepted risks with an end date. An exception applies through its `expires`
// day (UTC) and not after; an expired one no longer hides anything and is listed so that someone
// renews or removes it. The policy may cap how long an exception may run per severity; the cap
// needs the finding's severity, so it is checked here rather than when the policy loads.

interface CompiledException {
  index: number;
  ex: PolicyException;
  ids?: string;
  purl?: { base: string; version?: string };
  key?: string;
  paths?: PathMatcher;
  expiresDay: number;
  createdDay?: number;
  used: boolean;
  /** Why it was passed over for some finding, once per reason. */
  notes: Set<string>;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A package URL without qualifiers or subpath, split into its versionless part and version. */
export function splitPurl(purl: string): { base: string; version?: string } {
  const cut = purl.search(/[?#]/);
  const p = cut === -1 ? purl : purl.slice(0, cut);
  const slash = p.lastIndexOf('/');
  const at = p.indexOf('@', slash + 1);
  const base = decode(at === -1 ? p : p.slice(0, at));
  const colon = base.indexOf('/');
  // The purl type is case-insensitive; the rest is compared as the registry spells it.
  const normal = colon === -1 ? base.toLowerCase() : base.slice(0, colon).toLowerCase() + base.slice(colon);
  return at === -1 ? { base: normal } : { base: normal, version: decode(p.slice(at + 1)) };
}

function compile(policy: ResolvedPolicy): CompiledException[] {
  return policy.settings.exceptions.map((ex, index) => {
    const c: CompiledException = { index, ex, expiresDay: dayOf(ex.expires) ?? -1, used: false, notes: new Set() };
    if (ex.advisory !== undefined) c.ids = ex.advisory.toUpperCase();
    if (ex.package !== undefined) {
      if (ex.package.toLowerCase().startsWith('pkg:')) c.purl = splitPurl(ex.package);
      else {
        const slash = ex.package.indexOf('/');
        c.key = matchKey(ex.package.slice(0, slash), ex.package.slice(slash + 1));
      }
    }
    if (ex.paths) c.paths = pathMatcher(ex.paths);
    const created = dayOf(ex.created);
    if (created !== undefined) c.createdDay = created;
    return c;
  });
}

function targets(c: CompiledException, m: Match): boolean {
  if (c.ids !== undefined) {
    const all = [m.advisory.id, ...m.ids, ...m.aliases, ...m.advisory.aliases];
    if (!all.some((id) => id.toUpperCase() === c.ids)) return false;
  }
  if (c.purl) {
    const comp = splitPurl(m.component.purl);
    if (comp.base !== c.purl.base) return false;
    if (c.purl.version !== undefined && comp.version !== c.purl.version) return false;
  }
  if (c.key !== undefined && matchKey(m.component.ecosystem, m.component.name) !== c.key) return false;
  if (c.paths && !anyLocation(m.component.locations, c.paths)) return false;
  return true;
}

export function describeTarget(ex: PolicyException): string {
  const parts: string[] = [];
  if (ex.advisory !== undefined) parts.push(ex.advisory);
  if (ex.package !== undefined) parts.push(parts.length ? `in ${ex.package}` : ex.package);
  if (ex.paths) parts.push(`under ${ex.paths.join(', ')}`);
  return parts.join(' ');
}

export class ExceptionBook {
  private readonly list: CompiledException[];

  constructor(
    private readonly policy: ResolvedPolicy,
    private readonly today: number,
  ) {
    this.list = compile(policy);
  }

  /** The first exception that targets this match, is not expired and is within the severity cap. */
  apply(m: Match, severity: SeverityLabel): AppliedException | undefined {
    for (const c of this.list) {
      if (!targets(c, m)) continue;
      if (this.today > c.expiresDay) continue;
      const capText = this.policy.settings.exceptionLimits[severity];
      const cap = capText === undefined ? undefined : parseDuration(capText);
      if (cap) {
        const start = c.createdDay ?? this.today;
        const latest = addDuration(start, cap);
        if (c.expiresDay > latest) {
          c.notes.add(
            `exceptions[${c.index}] not applied to ${severity} findings: it runs to ${c.ex.expires}, past the ${capText} that exceptionLimits.${severity} allows from ${formatDay(start)} (${formatDay(latest)})`,
          );
          continue;
        }
      }
      c.used = true;
      const applied: AppliedException = { index: c.index, reason: c.ex.reason, approvedBy: c.ex.approvedBy, expires: c.ex.expires };
      const source = this.policy.exceptionSources[c.index];
      if (source) applied.source = source;
      return applied;
    }
    return undefined;
  }

  report(): { exceptions: ExceptionReport[]; problems: Problem[] } {
    const problems: Problem[] = [];
    const exceptions = this.list.map((c) => {
      const state: ExceptionReport['state'] = this.today > c.expiresDay ? 'expired' : c.used ? 'applied' : 'unused';
      const r: ExceptionReport = {
        index: c.index,
        reason: c.ex.reason,
        approvedBy: c.ex.approvedBy,
        expires: c.ex.expires,
        state,
        target: describeTarget(c.ex),
      };
      const source = this.policy.exceptionSources[c.index];
      if (source) r.source = source;
      for (const note of c.notes) {
        const p: Problem = { level: 'warning', origin: 'evaluate', message: note };
        if (source) {
          p.file = source.file;
          p.line = source.line;
        }
        problems.push(p);
      }
      if (state === 'expired') {
        const p: Problem = { level: 'warning', origin: 'evaluate', message: `exceptions[${c.index}] (${r.target}) expired on ${c.ex.expires} and no longer applies` };
        if (source) {
          p.file = source.file;
          p.line = source.line;
        }
        problems.push(p);
      }
      return r;
    });
    return { exceptions, problems };
  }
}
