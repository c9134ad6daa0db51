// The nouns every pipeline stage shares (DESIGN.md, "Data model"). Stages only ever add
// fields to these shapes; the JSON report (schemaVersion 1) serialises them as they are.

/** OSV ecosystem names, plus the image/runtime ones patchwarden adds for manifests. */
export type Ecosystem = string;

export type Layer = 'os' | 'runtime' | 'library';

/** A place in the scanned repository. `file` is relative to the root, `/`-separated; lines are 1-based. */
export interface Location {
  file: string;
  line: number;
}

/**
 * Where a component's code comes from. Only `registry` components are matched against
 * advisories: a path, git or workspace package is not the registry package of the same name.
 */
export type ComponentSource = 'registry' | 'path' | 'git' | 'workspace' | 'link' | 'url' | 'image';

export interface Component {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  purl: string;
  layer: Layer;
  locations: Location[];
  /** Declared by the project itself rather than pulled in transitively, where the format says. */
  direct?: boolean;
  /** Only needed for development, where the format says. */
  dev?: boolean;
  /** Defaults to `registry` when absent. */
  source?: ComponentSource;
  /** Container images only: the parsed reference and, for catalogued images, the product it runs. */
  image?: ImageInfo;
  /** Operating-system packages only (dpkg, apk, rpm): what distribution advisories key on. */
  os?: OsPackageInfo;
  /**
   * A runtime pinned outside an image (a version-manager file, `engines`, go.mod's toolchain, a
   * Renovate annotation, an Ansible variable): judged on endoflife.date's clock like an image.
   */
  runtime?: RuntimeInfo;
}

export interface RuntimeInfo {
  /** endoflife.date product id: `nodejs`, `python`, `ruby`, `go`, `rust`; absent when only `repository` names it. */
  product?: string;
  /**
   * A GitHub repository (`nginx/nginx`, lowercase) whose releases the pin follows (Renovate's
   * `github-releases`): the product is the one whose endoflife.date page names the repository.
   */
  repository?: string;
  /** The version the file names, in the release data's spelling (`20.11.0`, `3.12`). */
  productVersion: string;
}

/**
 * An installed operating-system package. Its component's `ecosystem` is OSV's name for the
 * distribution release (`Debian:12`, `Ubuntu:24.04:LTS`, `Alpine:v3.20`, `Rocky Linux:9`), or
 * the bare distribution (`Debian`) when the release is unknown; `name` and `version` are the
 * binary package as installed, `layer` is `os`. Distribution advisories name source packages,
 * so matching reads `sourceName`/`sourceVersion` when they are present.
 */
export interface OsPackageInfo {
  /** The package manager whose database or naming the component comes from. */
  manager: 'dpkg' | 'apk' | 'rpm';
  /** os-release `ID`: `debian`, `ubuntu`, `alpine`, `rhel`, `rocky`, ... */
  distro: string;
  /** The release as OSV's ecosystem suffix writes it (`12`, `24.04`, `v3.20`), when known. */
  release?: string;
  /** dpkg `Source:`, apk `o:` (origin), rpm source RPM name; absent when equal to the binary name. */
  sourceName?: string;
  /** The source package's version when it differs from the binary's (dpkg `Source: x (1.2-3)`). */
  sourceVersion?: string;
  arch?: string;
}

export interface ImageInfo {
  /** The reference as written, after variable substitution. */
  reference: string;
  registry: string;
  /** Repository path without registry, `library/` kept for Docker Hub official images. */
  repository: string;
  tag?: string;
  digest?: string;
  /** endoflife.date product id (`nginx`, `postgresql`, `nodejs`, ...) when the runtime catalogue knows the image. */
  product?: string;
  /** The product version the tag names (`16.4` from `16.4-alpine`), when it names one. */
  productVersion?: string;
}

export type ProblemLevel = 'error' | 'warning' | 'notice';

/**
 * A located error or a skip with its reason. Problems never stop a run: the file (or the part of
 * it) is left out, the problem is reported, and everything else goes on.
 */
export interface Problem {
  level: ProblemLevel;
  /** Which stage or source raised it, e.g. `extract/npm`, `discover`, `advise/osv-zip`. */
  origin: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  /**
   * Set when the problem also leaves a group of components only partly known (a go.mod before
   * Go 1.17): the coverage of that layer and ecosystem is `partial`, with `note` said once.
   */
  coverage?: { layer: Layer; ecosystem: Ecosystem; note: string };
}

export type SeverityLabel = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITY_ORDER: readonly SeverityLabel[] = ['low', 'medium', 'high', 'critical'];

export interface AdvisorySeverity {
  label: SeverityLabel;
  /** `label`: the record's own label (GitHub's database_specific.severity); `cvss`: computed from a vector. */
  source: 'label' | 'cvss';
  score?: number;
  vector?: string;
}

export interface RangeEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

export interface AffectedRange {
  type: 'SEMVER' | 'ECOSYSTEM' | 'GIT';
  events: RangeEvent[];
}

export interface AffectedPackage {
  ecosystem: Ecosystem;
  /** As the record spells it; matching uses `matchKey(ecosystem, name)`. */
  name: string;
  ranges: AffectedRange[];
  versions: string[];
}

export interface Reference {
  type: string;
  url: string;
}

/** An OSV record, normalised. Dates are ISO strings, or undefined where the record has no real date. */
export interface Advisory {
  id: string;
  aliases: string[];
  summary: string;
  published?: string;
  modified?: string;
  withdrawn?: string;
  severity?: AdvisorySeverity;
  affected: AffectedPackage[];
  references: Reference[];
  /** Human page for the advisory. */
  url: string;
  /** Which source (kind:path) the record came from. */
  source: string;
  /**
   * OS advisories: the distribution's own urgency of the fix, lower case: the Debian changelog
   * urgency of the security upload, or the highest Ubuntu priority of a notice's CVEs. Not a
   * severity; a policy rule may use it (`when.urgency`).
   */
  distroUrgency?: string;
  /**
   * Not a plain vulnerability: an OpenSSF malicious-package record (`MAL-*`), or a RustSec
   * informational record that is still a finding (`unsound`, `unmaintained`).
   */
  kind?: 'malicious' | 'unsound' | 'unmaintained';
}

/**
 * What an advisory says is wrong. `vulnerability` is an OSV-style record; the others are
 * patchwarden's own runtime findings, made from release data, that the policy prices separately.
 */
export type AdvisoryKind = 'vulnerability' | 'malicious' | 'patch-lag' | 'end-of-life' | 'unpinned';

export interface Match {
  kind: AdvisoryKind;
  component: Component;
  /** The chosen record for this vulnerability; `ids` lists it and every alias-linked record merged into it. */
  advisory: Advisory;
  ids: string[];
  aliases: string[];
  /** Lowest fixed version above the component's version, or null when no fix exists. */
  fixedVersion: string | null;
  /**
   * When the fixed version was released (ISO), where a registry or release data says; the clock
   * starts at the later of this and the advisory's publication.
   */
  fixReleased?: string;
  /** Runtime findings: the releases to move to, named (see UpgradeAdvice). */
  upgrade?: UpgradeAdvice;
}

/** A release to move a runtime image to: its version, its release cycle and that cycle's end of life. */
export interface UpgradeTarget {
  version: string;
  cycle: string;
  /** YYYY-MM-DD, or false when no end is announced. */
  eol: string | false;
}

/**
 * Where a runtime image can go. Patch lag: `step` is the newest release of the same cycle. End
 * of life: `step` is the smallest supported move (the oldest supported cycle at its newest
 * release) and `newest` the newest cycle, when that is another one.
 */
export interface UpgradeAdvice {
  step: UpgradeTarget;
  newest?: UpgradeTarget;
}

/** What dated a fixed version's release: a package registry, or runtime release data (Go's own releases). */
export type FixReleaseSource = 'registry' | 'release-data';

/** `unknown-clock`: fixable, but no real date starts its clock (Go's `0001-01-01`), so it has no deadline and is counted apart. */
export type FindingStatus = 'overdue' | 'due-soon' | 'within' | 'unknown-clock' | 'no-fix' | 'excepted';
export type ClockBasis = 'fix-release' | 'published' | 'unknown';
