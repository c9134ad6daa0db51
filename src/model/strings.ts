// A substring taken from a file's text (a name, a version) can keep the whole text alive: V8
// represents `text.slice(a, b)` of 13 or more characters as a view into its parent string, and the
// parent lives as long as any view does. Components outlive the files they were read from (to the
// end of the run), so a name sliced from a 5 MB yarn.lock would hold all 5 MB for one package name.

/**
 * The same string, as a copy of its own that holds no reference to a larger text it may have been
 * sliced from. Prepending a character makes a two-part string; slicing it flattens the two parts
 * into one new string of `s.length + 1` characters, and the result refers to that copy only.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
