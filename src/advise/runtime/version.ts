// Ordering of product versions as endoflife.date spells them: dotted numbers (`1.25.3`, `16.4`,
// `22.04.3`), Java's `17.0.9+9`, `17.0.20.1+1`, `26+35` and `8u392-b08`, Ruby's `2.7.8p225`.
// Numbers compare as numbers and missing parts count as zero; a `+build` suffix only breaks ties
// between equal versions (Temurin's `26+35` is 26.0.0, older than `26.0.1+8`).

function numbers(s: string): number[] {
  return (s.match(/\d+/g) ?? []).map((d) => Number.parseInt(d, 10));
}

function compareNumbers(a: number[], b: number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function compareReleaseVersions(a: string, b: string): number {
  const [mainA = '', buildA = ''] = a.split('+', 2);
  const [mainB = '', buildB = ''] = b.split('+', 2);
  return compareNumbers(numbers(mainA), numbers(mainB)) || compareNumbers(numbers(buildA), numbers(buildB));
}

/**
 * True when `version` lies within `prefix`: `1.25.3` within `1.25`, `17.0.9+9` within `17`,
 * `8u392-b08` within `8`; `1.25.3` is not within `1.2`.
 */
export function versionWithin(version: string, prefix: string): boolean {
  if (version === prefix) return true;
  if (!version.startsWith(prefix)) return false;
  return !/[0-9]/.test(version[prefix.length]!);
}

/** A version that is not a pre-release: `8.0.0-rc1`, `3.13.0b1`, `4.0.0-beta.2` are excluded. */
export function isStableVersion(version: string): boolean {
  const main = version.split('+')[0]!;
  return !/(?:^|[\d._-])(?:alpha|beta|rc|pre|preview|dev|snapshot|ea)(?:[._-]?\d+)?(?:$|[._-])/i.test(main) && !/\d(?:a|b|rc)\d+$/.test(main);
}
