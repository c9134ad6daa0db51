import type { Finding } from '../evaluate/types.js';

// Small phrasing shared by the human-facing sinks, so text, Markdown and annotations agree.

export function daysPhrase(f: Finding): string {
  if (f.daysLeft === null) return f.status === 'no-fix' ? 'no fix yet' : f.status === 'unknown-clock' ? 'no date to start the clock' : 'no deadline';
  if (f.daysLeft < 0) return `${-f.daysLeft} day${f.daysLeft === -1 ? '' : 's'} overdue`;
  if (f.daysLeft === 0) return 'due today';
  return `${f.daysLeft} day${f.daysLeft === 1 ? '' : 's'} left`;
}

export function fixPhrase(f: Finding): string {
  if (f.fixedVersion === null) return 'no fix';
  const rec = f.recommendedVersion;
  const fix = rec && rec !== f.fixedVersion ? `${f.fixedVersion} (recommended ${rec})` : f.fixedVersion;
  // Leaving an ended cycle: how long the smallest step lasts, and how far the newest cycle is.
  const up = f.kind === 'end-of-life' ? f.upgrade : undefined;
  if (!up) return fix;
  return `${fix}${up.step.eol ? ` (supported to ${up.step.eol})` : ''}${up.newest ? `, newest ${up.newest.version}` : ''}`;
}

export function firstLocation(f: Finding): string {
  const loc = f.locations[0];
  if (!loc) return '';
  const more = f.locations.length > 1 ? ` (+${f.locations.length - 1})` : '';
  return `${loc.file}:${loc.line}${more}`;
}

/** One line a person reads in an annotation or a log. */
export function headline(f: Finding): string {
  const ids = f.advisory.aliases.length > 0 ? `${f.advisory.id} (${f.advisory.aliases.slice(0, 3).join(', ')})` : f.advisory.id;
  return `${f.component.name}@${f.component.version}: ${ids}, ${f.severity}, ${f.status}, ${daysPhrase(f)}; fix: ${fixPhrase(f)}${f.deadline ? `; deadline ${f.deadline}` : ''}`;
}
