import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/limits.ts
var LIMITS = {
  /** A repository file larger than this is skipped by discovery, with its size in the reason. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Files discovery will hand to extractors in one run; the rest are skipped with one notice. */
  maxFiles: 2e4,
  /** Directory depth below the root that discovery descends to. */
  maxDepth: 64,
  /** YAML aliases resolved per document (billion-laughs guard). */
  yamlMaxAliases: 1e3,
  /**
   * Entries copied by YAML merge keys (`<<: *base`) in one manifest document. Real files merge a
   * few dozen; a chain of maps each merging the previous one copies quadratically many.
   */
  yamlMaxMergedEntries: 1e5,
  /** Collections nested in one YAML document (parsers recurse per level; deeper is refused). */
  maxNestingDepth: 256,
  /** YAML syntax errors in one file before it is refused unread (composing each one is costly). */
  yamlMaxErrors: 1e3,
  /** An advisory zip smaller than this is read into memory once; larger ones are read by position. */
  zipInMemoryBytes: 512 * 1024 * 1024,
  /** Declared inflated size of one zip entry (an OSV record is a few KB; 10 MB summaries exist). */
  zipMaxEntryBytes: 32 * 1024 * 1024,
  /** Total inflated bytes read from one zip. */
  zipMaxTotalBytes: 4 * 1024 * 1024 * 1024,
  /** Entries read from one zip. */
  zipMaxEntries: 2e6,
  /** An advisory JSON file in a folder database larger than this is skipped. */
  advisoryMaxFileBytes: 32 * 1024 * 1024,
  /** Events in one affected range; a record with a longer range is skipped (cutting it could drop its fix). */
  maxRangeEvents: 2e4,
  /** Characters of an advisory's summary kept for reports (its first line, cut with an ellipsis). */
  advisorySummaryMaxChars: 300,
  /** A policy file larger than this is refused. */
  policyMaxBytes: 1024 * 1024,
  /** Policy files in one `extends` chain. */
  policyMaxExtendsDepth: 16,
  /** Compose services one `extends:` chain follows to find an image (Compose refuses cycles; a chain this long is hostile). */
  composeMaxExtends: 16,
  /** Characters in one path glob of a policy (scopes, exceptions). */
  globMaxLength: 1024,
  /**
   * Unbounded wildcards (`*`, `**`, `+(...)`) in one path glob: each can multiply the work of
   * matching a path, so a glob like `*a*a*a*a*b` takes minutes on a long file name.
   */
  globMaxWildcards: 3,
  /** Characters of a problem message an extractor reports; longer ones (which quote a hostile line) are cut. */
  problemMaxChars: 1e3,
  /** Advisory records loaded in one run. */
  maxAdvisories: 2e6
};

export {
  LIMITS
};
