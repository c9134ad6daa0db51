import type { Layer, Location, SeverityLabel } from '../../model/types.js';
import type { PolicyIdentity } from '../types.js';

// The policy as written (patchwarden/v1) and as resolved. The written form mirrors
// policies/schema/patch-policy.v1.json; every field is optional except the identity, because a
// layer only says what it changes. The resolved form has every top-level setting filled.

export type Exposure = 'public' | 'internal';
export type TechnicalImpact = 'partial' | 'total';
export type Gate = SeverityLabel | 'none';

export type Deadlines = Partial<Record<SeverityLabel, string>>;

export interface KevSettings {
  /** `none` turns an inherited escalation off. */
  severity?: SeverityLabel | 'none';
  /** `kev-due-date`, a duration, or `none`. */
  deadline?: string;
}

export interface EpssSettings {
  threshold?: number;
  percentile?: number;
  severity?: SeverityLabel | 'none';
  deadline?: string;
}

export interface SsvcSettings {
  deriveFromCvss?: boolean;
  automatable?: boolean;
  technicalImpact?: TechnicalImpact;
}

export interface RuleConditions {
  kev?: boolean;
  ransomware?: boolean;
  exposure?: Exposure;
  automatable?: boolean;
  technicalImpact?: TechnicalImpact;
  /** OS packages: the Debian changelog urgency or Ubuntu priority of the fix (Advisory.distroUrgency). */
  urgency?: string[];
  severity?: SeverityLabel[];
}

export interface Rule {
  name: string;
  description?: string;
  when?: RuleConditions;
  deadline: string;
  severity?: SeverityLabel;
}

export interface RuntimeRule {
  severity?: SeverityLabel;
  deadline?: string;
  dueSoon?: string;
}

export interface RuntimeSettings {
  patchLag?: RuntimeRule;
  endOfLife?: RuntimeRule;
  unpinned?: RuntimeRule;
}

/** What a run whose data did not cover everything in scope does (see the README, "What a pass means"). */
export type MissingData = 'fail' | 'warn' | 'ignore';

export interface CoverageSettings {
  /** `fail`: an incomplete run fails with its own exit code; `warn`: a warning; `ignore`: said in the report only. */
  missingData?: MissingData;
  /** Advisory data whose newest record is older than this is stale. */
  maxDataAge?: string;
}

/** Advisory records that are not plain vulnerabilities. */
export interface KindSettings {
  /** OpenSSF malicious-package records (`MAL-*`): the package must be removed. */
  malicious?: { severity?: SeverityLabel; deadline?: string; failsGate?: boolean };
  /** RustSec `unsound` records: the severity when the record has none. */
  unsound?: { severity?: SeverityLabel };
  /** RustSec `unmaintained` records: a library at its end of life (no fix; replace it). */
  unmaintained?: { severity?: SeverityLabel };
}

/** Settings a scope may override. */
export interface ScopedSettings {
  exposure?: Exposure;
  deadlines?: Deadlines;
  dueSoon?: string;
  unknownSeverity?: SeverityLabel;
  cooldown?: string;
  kev?: KevSettings;
  epss?: EpssSettings;
  runtime?: RuntimeSettings;
}

export interface Scope extends ScopedSettings {
  name: string;
  description?: string;
  paths?: string[];
  layers?: Layer[];
  ecosystems?: string[];
  dev?: boolean;
  direct?: boolean;
}

/** A team, the findings it owns, and (by environment variable name) where its alerts go. */
export interface Owner {
  team: string;
  paths?: string[];
  layers?: Layer[];
  ecosystems?: string[];
  alerts?: { slack?: string; teams?: string; webhook?: string };
}

export interface PolicyException {
  advisory?: string;
  package?: string;
  paths?: string[];
  reason: string;
  approvedBy: string;
  created?: string;
  expires: string;
  ticket?: string;
}

export interface PolicyMetadata {
  name: string;
  version: string;
  title?: string;
  description?: string;
  owner?: string;
  sources?: { title?: string; url: string }[];
  supersededBy?: string;
}

/** Everything a layer can set (a v1 document without its identity). */
export interface PolicySettings extends ScopedSettings {
  gate?: Gate;
  unknownClock?: 'modified' | 'none';
  coverage?: CoverageSettings;
  kinds?: KindSettings;
  ssvc?: SsvcSettings;
  rules?: Rule[];
  scopes?: Scope[];
  exceptions?: PolicyException[];
  exceptionLimits?: Partial<Record<SeverityLabel, string>>;
  owners?: Owner[];
  /** Image repository (`registry.acme.internal/hub/postgres`) -> endoflife.date product it runs. */
  images?: Record<string, string>;
  /** How the repository's Helm charts are installed: values files layered over their chart's values.yaml, in order. */
  helm?: { values?: string[] };
}

export interface PolicyDocumentV1 extends PolicySettings {
  $schema?: string;
  apiVersion: 'patchwarden/v1';
  kind: 'PatchPolicy';
  metadata: PolicyMetadata;
  extends?: string | string[];
}

/** The merged settings with every top-level default filled in. */
export type ResolvedSettings = PolicySettings &
  Required<
    Pick<
      PolicySettings,
      | 'exposure'
      | 'deadlines'
      | 'dueSoon'
      | 'gate'
      | 'unknownSeverity'
      | 'unknownClock'
      | 'coverage'
      | 'kinds'
      | 'cooldown'
      | 'kev'
      | 'epss'
      | 'ssvc'
      | 'rules'
      | 'runtime'
      | 'scopes'
      | 'exceptions'
      | 'exceptionLimits'
    >
  >;

export interface ResolvedPolicy {
  identity: PolicyIdentity;
  gate: Gate;
  metadata: PolicyMetadata;
  settings: ResolvedSettings;
  /** The layers applied, first to last (`defaults`, built-ins, files), ending with the policy itself. */
  chain: string[];
  /** Where each resolved value came from, by field path (`deadlines.high` -> `builtin:baseline@1 line 12`). */
  origins: Record<string, string>;
  /** Where each exception was declared, by index in `settings.exceptions`. */
  exceptionSources: (Location | undefined)[];
}
