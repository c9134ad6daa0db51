// locateJsonKeys reports keys by path without array positions, so it cannot tell which
// element of `packages` a `name` key belongs to. This scan does: for each named top-level array,
// element by element, the line of one member key. Like locateJsonKeys it only follows strings,
// nesting and separators; on damaged text it stops being exact only after the damage, and callers
// check the text at each line anyway.

/** Per array key, per element index, the line of `member` in that element, or of the element itself without one. */
export function memberLinesInArrays(text: string, arrayKeys: readonly string[], member: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let line = 1;
  let depth = 0;
  let topKey: string | undefined;
  let target: number[] | undefined;
  let index = -1;
  let elementStarted = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 13) {
      if (text.charCodeAt(i + 1) !== 10) line++;
      continue;
    }
    if (c === 32 || c === 9) continue;
    if (target && depth === 2 && c !== 44 && c !== 93 && !elementStarted) {
      elementStarted = true;
      index++;
      target[index] = line;
    }
    switch (c) {
      case 34: {
        const start = i + 1;
        let j = start;
        const keyLine = line;
        // Raw line breaks cannot stand in a valid string, but damaged text must not shift lines.
        while (j < n && text.charCodeAt(j) !== 34) {
          if (text.charCodeAt(j) === 10) line++;
          j += text.charCodeAt(j) === 92 ? 2 : 1;
        }
        const raw = text.slice(start, j);
        i = j;
        // A string followed by ':' is a key; anything else is a value.
        let k = j + 1;
        while (k < n && /\s/.test(text[k]!)) k++;
        if (text.charCodeAt(k) !== 58) break;
        if (depth === 1) topKey = raw;
        else if (depth === 3 && target && raw === member) target[index] = keyLine;
        break;
      }
      case 123:
      case 91:
        depth++;
        if (c === 91 && depth === 2 && topKey !== undefined && arrayKeys.includes(topKey)) {
          target = [];
          out.set(topKey, target);
          index = -1;
          elementStarted = false;
        }
        break;
      case 125:
      case 93:
        if (depth === 2 && target) target = undefined;
        depth = Math.max(0, depth - 1);
        break;
      case 44:
        if (depth === 2) elementStarted = false;
        break;
      default:
        break;
    }
  }
  return out;
}
