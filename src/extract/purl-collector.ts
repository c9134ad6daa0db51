import { byCodePoint } from '../model/order.js';
import type { Component, Problem } from '../model/types.js';
import { componentFromPurl } from '../model/purl-parse.js';
import type { DistroHint } from '../model/purl-parse.js';
import { problem } from '../model/problem.js';

/** Located skips listed one by one; beyond this, a file's skips are only counted. */
const MAX_LISTED_SKIPS = 20;

/**
 * Components of one SBOM or report, from purls at lines. The same purl listed twice (SBOMs of
 * multi-stage images do) is one component with both lines. Whatever cannot be matched (no purl,
 * a purl type no ecosystem has) is counted and reported with its line, never dropped unsaid.
 */
export class PurlCollector {
  private readonly byPurl = new Map<string, Component>();
  private readonly problems: Problem[] = [];
  private readonly skipped = new Map<string, number>();
  private listed = 0;

  constructor(
    private readonly origin: string,
    private readonly file: string,
    private readonly format: string,
    private readonly hint: DistroHint | undefined,
  ) {}

  /** A package by purl; returns the component (new or merged) or undefined when skipped. */
  add(purl: string, line: number): Component | undefined {
    const read = componentFromPurl(purl, { file: this.file, line }, this.hint);
    if ('skip' in read) {
      const type = /^pkg:([^/]+)\//i.exec(purl.trim())?.[1]?.toLowerCase();
      this.skip(type ? `purl type ${type}` : 'an unreadable purl', read.skip, line);
      return undefined;
    }
    const c = read.component;
    const key = `${c.ecosystem}\u0000${c.purl}`;
    const have = this.byPurl.get(key);
    if (have) {
      if (!have.locations.some((l) => l.line === line)) have.locations.push({ file: this.file, line });
      return have;
    }
    this.byPurl.set(key, c);
    return c;
  }

  /** A package that cannot be matched; `kind` groups the count in the file's summary. */
  skip(kind: string, message: string, line: number): void {
    this.skipped.set(kind, (this.skipped.get(kind) ?? 0) + 1);
    if (this.listed++ < MAX_LISTED_SKIPS) this.problems.push(problem(this.origin, this.file, `${message}; not checked`, line, 'notice'));
  }

  note(p: Problem): void {
    this.problems.push(p);
  }

  result(): { components: Component[]; problems: Problem[] } {
    const total = [...this.skipped.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
      const parts = [...this.skipped].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0])).map(([k, n]) => `${n} with ${k}`);
      const more = total > MAX_LISTED_SKIPS ? ` (the first ${MAX_LISTED_SKIPS} are listed)` : '';
      this.problems.push(problem(this.origin, this.file, `${this.format}: ${total} of ${total + this.byPurl.size} packages not checked: ${parts.join(', ')}${more}`, undefined, 'warning'));
    }
    return { components: [...this.byPurl.values()], problems: this.problems };
  }
}
