import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exampleReports } from '../../test/helpers/audit-example.js';
import { outsideCode } from '../../test/helpers/markdown-safety.js';
import type { AuditModel } from './compute.js';
import { computeAudit } from './compute.js';
import { csvCell, renderAuditCsv } from './csv.js';
import type { Observation } from './history.js';
import { buildLives, observe } from './history.js';
import { renderAuditHtml } from './html.js';
import { renderAuditJson } from './json.js';
import { renderAuditMarkdown } from './markdown.js';
import { parsePeriod } from './period.js';

// The four audit outputs, on the worked example and on hostile package names and reasons.

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;

function observations(hostile = false): Observation[] {
  return exampleReports().map((r) => {
    if (hostile) {
      for (const f of r.findings) {
        if (f.component.name === 'ws') f.component.name = '=HYPERLINK("https://evil.example","x")';
        if (f.component.name === 'tar') f.component.name = '@here <script>alert(1)</script> | `x`';
      }
      for (const x of r.exceptions) x.reason = '-2+3 "quoted", with\nnewline <img src=https://evil.example/x.png>';
    }
    return {
      repository: r.repository ?? r.root,
      day: r.now.slice(0, 10),
      policy: r.policy,
      findings: r.findings.map(observe),
      exceptions: r.exceptions,
      ...(r.coverage ? { coverage: r.coverage } : {}),
      source: 'x.json',
    };
  });
}

function audit(hostile = false): AuditModel {
  const obs = observations(hostile);
  const period = parsePeriod({ period: '2026-11' });
  if (typeof period === 'string') throw new Error(period);
  return computeAudit({ period, lives: buildLives(obs), observations: obs });
}

/** A minimal RFC 4180 reader, to check the writer against the grammar rather than against itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else while (i < text.length && text[i] !== ',' && text[i] !== '\r') cell += text[i++];
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`bad CSV at ${i}`);
  }
  return rows;
}

describe('CSV of every finding life', () => {
  it('one RFC 4180 row per life, with the worked example values', () => {
    const rows = parseCsv(renderAuditCsv(audit()));
    expect(rows).toHaveLength(13);
    const head = rows[0]!;
    const undici = Object.fromEntries(head.map((h, i) => [h, rows.find((r) => r[2] === 'undici')![i]]));
    expect(undici).toMatchObject({ repository: 'acme/chat', severity: 'high', deadline: '2026-11-24', first_seen: '2026-11-01', resolved: '', reopened: '1', outcome: 'missed', days_to_patch: '26', file: 'package-lock.json', line: '15' });
  });

  it('guards every cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(-3)).toBe('-3');
    const rows = parseCsv(renderAuditCsv(audit(true)));
    const names = rows.map((r) => r[2]);
    expect(names).toContain('\'=HYPERLINK("https://evil.example","x")');
    expect(names).toContain("'@here <script>alert(1)</script> | `x`");
    for (const r of rows) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('JSON audit model', () => {
  it('validates against the committed JSON Schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/audit.v1.json', import.meta.url), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    for (const a of [audit(), audit(true)]) {
      const ok = validate(JSON.parse(renderAuditJson(a)));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
    // And the schema can fail: a share above 1 and an unknown field are refused.
    const bad = JSON.parse(renderAuditJson(audit()));
    bad.compliance.overall.share = 2;
    bad.extra = true;
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.map((x) => x.instancePath || x.params)).toEqual(expect.arrayContaining(['/compliance/overall/share']));
  });
});

describe('Markdown', () => {
  it('states the worked example figures', () => {
    const md = renderAuditMarkdown(audit());
    expect(md).toContain('# Patch audit 2026-11');
    expect(md).toContain('| **Overall** | 50.0% | 2 | 2 | 1 |');
    expect(md).toContain('| high | 2 | 26 d | 28 d | 30 d |');
    expect(md).toContain('9 open: **5 overdue**, 1 due soon, 1 within deadline, 1 with no fix yet, 1 excepted.');
    expect(md).toContain('| 198 | critical | `openssl@6.1.0` | `GHSA-ffff-0000-0000` | `Dockerfile:2` |');
    expect(md).toContain('| Compliance | 0.0% (0/2) | 50.0% (2/4) |');
  });

  it('keeps hostile names and reasons inert', () => {
    const md = renderAuditMarkdown(audit(true));
    const prose = outsideCode(md);
    expect(prose).not.toContain('@here');
    expect(prose).not.toContain('<script>');
    expect(prose).not.toContain('<img');
    expect(prose).toContain('&lt;img src=https:\u200b//evil.example/x.png\\>');
    expect(md).toContain('``@here <script>alert(1)</script> \\| `x`@6.1.1``');
  });
});

describe('HTML page', () => {
  it('is self-contained: no script, no external reference, every chart present', () => {
    const html = renderAuditHtml(audit(true));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\s(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain("default-src 'none'");
    for (const id of ['chart-compliance', 'chart-ttp', 'chart-aging', 'chart-overdue-severity', 'chart-weekly', 'chart-monthly']) {
      expect(html).toMatch(new RegExp(`<figure class="chart" id="${id}">.*?<svg [^>]*role="img"`, 's'));
    }
    expect(html).toContain('&lt;img src=https://evil.example/x.png&gt;');
    expect(html).toContain('@page { size: A4;');
  });
});
