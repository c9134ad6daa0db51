import type { Problem } from '../model/types.js';
import type { AuditModel } from './compute.js';
import { computeAudit } from './compute.js';
import { renderAuditCsv } from './csv.js';
import type { FindingLife, Observation } from './history.js';
import { buildLives } from './history.js';
import { renderAuditHtml } from './html.js';
import { renderAuditJson } from './json.js';
import { renderAuditMarkdown } from './markdown.js';
import type { Period } from './period.js';
import { readReports } from './reports.js';

// The audit's one entry: history in (reports folder or issue lives), the model out, rendered by
// the sink the caller names. The CLI and the action both come through here.

export const AUDIT_FORMATS = ['markdown', 'html', 'csv', 'json'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

const SINKS: Record<AuditFormat, (a: AuditModel) => string> = {
  markdown: renderAuditMarkdown,
  html: renderAuditHtml,
  csv: renderAuditCsv,
  json: renderAuditJson,
};

export function renderAudit(a: AuditModel, format: AuditFormat): string {
  return SINKS[format](a);
}

export interface History {
  observations: Observation[];
  lives: FindingLife[];
  problems: Problem[];
}

/** The history a folder of past JSON reports holds. */
export function historyFromReports(dir: string): History {
  const read = readReports(dir);
  return { observations: read.observations, lives: buildLives(read.observations), problems: read.problems };
}

/** Joins histories (several report folders, or reports and issues): each keeps its own lives. */
export function joinHistories(parts: readonly History[]): History {
  return { observations: parts.flatMap((p) => p.observations), lives: parts.flatMap((p) => p.lives), problems: parts.flatMap((p) => p.problems) };
}

export function audit(history: History, period: Period): AuditModel {
  return computeAudit({ period, lives: history.lives, observations: history.observations, problems: history.problems });
}
