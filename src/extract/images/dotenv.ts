import { interpolate } from './interpolate.js';

// The `.env` file Compose reads from the project folder for interpolation (compose-spec
// "Interpolation" and docs.docker.com "Set environment variables … .env file syntax"):
// `KEY=value` lines, `#` comments, optional `export `, single quotes literal, double quotes with
// escapes, unquoted values trimmed and cut at ` #`, and `${VAR}` in values expanded from the
// variables defined before them.

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function parseDotenv(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('export ')) line = line.slice(7).trimStart();
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    if (!KEY.test(key)) continue;
    let raw = line.slice(eq + 1).trimStart();
    let value: string;
    const quote = raw[0];
    if (quote === "'" || quote === '"') {
      // A quoted value may span lines until its closing quote.
      let body = raw.slice(1);
      let close = findClose(body, quote);
      while (close === -1 && i + 1 < lines.length) {
        body += '\n' + lines[++i]!;
        close = findClose(body, quote);
      }
      raw = close === -1 ? body : body.slice(0, close);
      value =
        quote === "'"
          ? raw
          : expand(
              raw.replace(/\\([\\"nrt$])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', $: '$$' })[c] ?? c),
              vars,
            );
    } else {
      const hash = raw.search(/\s#/);
      value = expand((hash === -1 ? raw : raw.slice(0, hash)).trim(), vars);
    }
    vars.set(key, value);
  }
  return vars;
}

function findClose(body: string, quote: string): number {
  for (let j = 0; j < body.length; j++) {
    if (body[j] === '\\' && quote === '"') {
      j++;
      continue;
    }
    if (body[j] === quote) return j;
  }
  return -1;
}

function expand(value: string, vars: Map<string, string>): string {
  return interpolate(value, { escape: '$$', lookup: (name) => vars.get(name) }).value;
}
