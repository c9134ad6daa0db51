/**
 * An ecosystem's own version ordering. OSV ECOSYSTEM ranges are evaluated with it, so it must
 * agree with the package manager: a wrong order is a wrong deadline.
 */
export interface VersionScheme {
  /** OSV ecosystem name this scheme orders (`npm`, `PyPI`, `Go`, ...). */
  ecosystem: string;
  /** True when the ecosystem can parse and order this version string. */
  isValid(version: string): boolean;
  /**
   * Negative when a < b, zero when equal in the ecosystem's eyes, positive when a > b.
   * Only called with versions for which isValid is true; a total order over those.
   */
  compare(a: string, b: string): number;
}
