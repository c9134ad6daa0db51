import type {
  AdvisoryKind,
  ClockBasis,
  Component,
  FindingStatus,
  Location,
  Match,
  Problem,
  SeverityLabel,
  UpgradeAdvice,
} from '../model/types.js';

/** The component as a finding shows it (its locations are listed once, beside it). */
export type FindingComponent = Pick<Component, 'ecosystem' | 'name' | 'version' | 'purl' | 'layer'> &
  Partial<Pick<Component, 'direct' | 'dev'>>;

export interface FindingAdvisory {
  id: string;
  aliases: string[];
  summary: string;
  published: string | null;
  url: string;
}

/** Where a finding's severity came from, after escalation. */
export type SeveritySource =
  | 'label' // the advisory's own label (GitHub's database_specific.severity)
  | 'cvss' // computed from the advisory's CVSS vector
  | 'kev' // escalated: the CVE is in CISA's KEV catalogue
  | 'epss' // escalated: EPSS probability above the policy's threshold
  | 'unknown' // no severity in the advisory: the policy's unknownSeverity
  | 'policy'; // runtime findings (patch lag, end of life, unpinned): severity set by the policy

export interface AppliedException {
  /** Index in the resolved policy's exception list, and where it was declared. */
  index: number;
  reason: string;
  approvedBy: string;
  expires: string;
  source?: Location;
}

export interface Finding {
  kind: AdvisoryKind;
  component: FindingComponent;
  locations: Location[];
  advisory: FindingAdvisory;
  /** Every record id merged into this finding (the advisory's own first). */
  ids: string[];
  severity: SeverityLabel;
  severitySource: SeveritySource;
  /** The severity before escalation, when escalation changed it. */
  baseSeverity?: SeverityLabel;
  cvssScore?: number;
  fixedVersion: string | null;
  /** The version the policy recommends (the oldest fix past the cooldown), when it differs from fixedVersion. */
  recommendedVersion?: string | null;
  /** Runtime findings: the release cycle's way forward (the smallest supported step, the newest cycle). */
  upgrade?: UpgradeAdvice;
  /** YYYY-MM-DD (UTC) or null when no real date is known. */
  clockStart: string | null;
  clockBasis: ClockBasis;
  /** With clockBasis `fix-release`, what dated the fix when a distribution's data did (Match.fixReleasedBy). */
  clockEvidence?: string;
  /** With `clockBasis: fix-release`: where the fix's release date came from (a registry, or runtime release data). */
  fixReleaseSource?: 'registry' | 'release-data';
  /** YYYY-MM-DD (UTC): clockStart + the policy's deadline, or the KEV due date; null when there is no clock. */
  deadline: string | null;
  status: FindingStatus;
  /** Whole days from `now` to the deadline; negative when overdue; null without a deadline. */
  daysLeft: number | null;
  /** The policy rule that set the deadline, as a readable path (`deadlines.high`, `scopes[internet].deadlines.critical`, `kev.dueDate`). */
  rule: string;
  exception?: AppliedException;
  /** What to do besides upgrading: `remove` a malicious package, `replace` an unmaintained one. */
  recommendation?: 'remove' | 'replace';
  /** Fails the gate whatever its status and the gate severity (a malicious package, by default). */
  failsGate?: true;
  kev?: { dateAdded: string; dueDate: string };
  epss?: { score: number; percentile?: number };
  /** The team that owns the finding: the first policy `owners` entry that selects its component. */
  owner?: string;
  /** The policy scopes that selected this finding's component, in policy order. */
  scopes?: string[];
  /**
   * Set when the policy's cooldown holds the fix back: the day (YYYY-MM-DD, UTC) from which
   * `fixedVersion` is old enough to recommend; `recommendedVersion` is null until then.
   */
  cooldownUntil?: string;
  /** Neither publication nor fix release had a real date; the clock started at the advisory's `modified` (policy `unknownClock`). */
  clockFallback?: 'modified';
}

export interface PolicyIdentity {
  apiVersion: string;
  name: string;
  version: string;
  /** sha256 of the resolved policy's canonical JSON, `sha256:<hex>`. */
  digest: string;
}

export interface ExceptionReport {
  index: number;
  reason: string;
  approvedBy: string;
  expires: string;
  state: 'applied' | 'expired' | 'unused';
  /** Advisory ids or packages it names, for the report. */
  target: string;
  source?: Location;
}

export interface EvaluateResult {
  findings: Finding[];
  exceptions: ExceptionReport[];
  problems: Problem[];
}

export type { Match };
