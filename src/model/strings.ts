// A substring taken from a file's text (a name, a version) can keep the whole text alive: V8
// represents `text.slice(a, b)` of 13 or more characters as a view into its parent string, and the
// parent lives as long as any view does. Components outlive the files they were read from (to the
// end of the run), so a name sliced from a 5 MB yarn.lock would hold all 5 MB for one package name.

/**
 * The same string, as a copy of its own that holds no reference to a larger text it may have been
 * sliced from. JSON.parse builds every string it returns from the text it reads, so the copy is one
 * flat string (a slice of a two-part string, the cheaper trick, leaves a 32-byte view on top of the
 * copy; for the monorepo benchmark's 56,000 long names and purls that was 1.7 MB, against about
 * 15 ms for this).
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
