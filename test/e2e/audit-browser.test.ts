import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { historyFromReports, audit, renderAudit } from '../../src/audit/index.js';
import { parsePeriod } from '../../src/audit/period.js';
import { renderJson } from '../../src/report/json.js';
import { exampleReports } from '../helpers/audit-example.js';
import { tempDir } from '../helpers/tmp.js';

// The audit's HTML page in a real browser: Debian's Chromium, driven by puppeteer-core (which
// downloads no browser). CI installs Chromium (.ci/run); a fresh clone without it skips this
// one test and says why.

// The evaluate() callbacks run inside the page; the project compiles without the DOM library.
interface PageElement {
  id: string;
  getBoundingClientRect(): { width: number; height: number; right: number };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
declare const document: { documentElement: { scrollWidth: number }; querySelectorAll(selector: string): Iterable<PageElement> & ArrayLike<PageElement> };

const CHROMIUM = process.env.PW_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const CHARTS = ['chart-compliance', 'chart-ttp', 'chart-aging', 'chart-overdue-severity', 'chart-weekly', 'chart-monthly'];
/** A4 (210 x 297 mm) in PDF points; Chromium rounds the page to whole CSS pixels, within 1.5 points. US Letter is 612 x 792. */
const A4 = [595.28, 841.89];

function page(): string {
  const dir = tempDir('pw-audit-html-');
  const reports = join(dir, 'reports');
  // Two repositories, so that the per-repository table is on the page too.
  for (const repo of ['acme/chat', 'acme/billing']) {
    for (const r of exampleReports(repo)) {
      const sub = join(reports, repo.replace('/', '-'), r.now.slice(0, 10));
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, 'report.json'), renderJson(r));
    }
  }
  const period = parsePeriod({ period: '2026-11' });
  if (typeof period === 'string') throw new Error(period);
  const file = join(dir, 'audit.html');
  writeFileSync(file, renderAudit(audit(historyFromReports(reports), period), 'html'));
  return file;
}

/** Pages and their MediaBox sizes, read from the PDF's page objects. */
function pdfPages(pdf: Buffer): number[][] {
  const text = pdf.toString('latin1');
  const boxes: number[][] = [];
  for (const m of text.matchAll(/\/Type\s*\/Page\b[^]*?\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)) boxes.push(m[1]!.trim().split(/\s+/).map(Number));
  return boxes;
}

// CI sets PW_REQUIRE_CHROMIUM: there a missing browser is a failure, not a skip.
if (!hasChromium && process.env.PW_REQUIRE_CHROMIUM) {
  it('finds Chromium (PW_REQUIRE_CHROMIUM is set)', () => {
    expect.fail(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  });
}

describe.skipIf(!hasChromium)(`the audit page in headless Chromium (${hasChromium ? CHROMIUM : `skipped: no Chromium at ${CHROMIUM}; apt-get install -y chromium`})`, () => {
  it('loads with no console error and no request, shows every chart, and prints its tables on A4 pages', async () => {
    const file = page();
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check'] });
    try {
      const tab = await browser.newPage();
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warn') consoleErrors.push(m.text());
      });
      tab.on('pageerror', (e) => consoleErrors.push(String(e)));
      tab.on('request', (r) => requests.push(r.url()));
      await tab.setViewport({ width: 1000, height: 900 });
      await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(consoleErrors).toEqual([]);
      // The page itself is the only request: no font, image, script or stylesheet is fetched.
      expect(requests).toEqual([pathToFileURL(file).href]);

      const charts = await tab.evaluate(() =>
        [...document.querySelectorAll('figure.chart')].map((f) => {
          const svg = f.querySelector('svg')!.getBoundingClientRect();
          return { id: f.id, width: Math.round(svg.width), height: Math.round(svg.height), bars: f.querySelectorAll('rect').length };
        }),
      );
      expect(charts.map((c) => c.id)).toEqual(CHARTS);
      for (const c of charts) {
        expect(c.width, c.id).toBeGreaterThan(300);
        expect(c.height, c.id).toBeGreaterThan(50);
        expect(c.bars, c.id).toBeGreaterThan(1);
      }
      const shot = join(process.env.PW_SCREENSHOT_DIR ?? tempDir('pw-audit-shot-'), 'audit.png');
      await tab.screenshot({ path: shot as `${string}.png`, fullPage: true });

      // In print, laid out at the A4 page's printable width (210 mm - 2 x 12 mm margins), every
      // table fits: nothing sticks out to be cut off at the page's edge.
      await tab.emulateMediaType('print');
      const printable = Math.floor((186 / 25.4) * 96);
      await tab.setViewport({ width: printable, height: 1100 });
      const layout = await tab.evaluate(() => ({ page: document.documentElement.scrollWidth, tables: [...document.querySelectorAll('table')].map((t) => t.getBoundingClientRect().right) }));
      expect(layout.tables.length).toBeGreaterThanOrEqual(8);
      for (const right of layout.tables) expect(right).toBeLessThanOrEqual(printable + 1);
      expect(layout.page).toBeLessThanOrEqual(printable);

      const pdf = Buffer.from(await tab.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const box of pages) {
        expect(Math.abs(box[2]! - box[0]! - A4[0]!)).toBeLessThan(1.5);
        expect(Math.abs(box[3]! - box[1]! - A4[1]!)).toBeLessThan(1.5);
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});
