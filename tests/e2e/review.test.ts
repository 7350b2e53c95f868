// The reviewer's workflow in the viewer (the built extension, a real budget of ../shared), the same
// test bodies in Chromium and in Firefox ESR (review-tab.ts drives either): marks on findings that
// survive a reload and a re-check and go into every export (and into `dlens check --marks`), an
// orphaned mark named as such, a tick and tie over cells of two rows kept as the reader's own
// finding, the annotated PDF read back with pdf.js (its annotations counted) and opened in the
// viewer, and the memo with its crops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as Firefox } from 'puppeteer-core';
import { writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import {
  CORPUS,
  GOV_HOST,
  REPO,
  launchChromium,
  launchFirefox,
  poll,
  startServer,
  type ExtensionBrowser,
  type LocalServer,
} from './harness';
import { loadDocument } from '../../lib/cli/inputs';
import { pdfLoader } from '../../lib/cli/pdf';
import { loadPdfjsForNode } from '../../lib/pdf/node';
import { annotatedFindings, findingBoxes } from '../../lib/report/annotate';
import type { CheckReport } from '../../lib/report';
import type { BBox, Table } from '../../lib/model';
import { chromiumTab, firefoxTab, type ReviewTab } from './review-tab';

/** 21 pages; 支出总表 on p. 8 (行政单位离退休 72.62 + 机关事业单位基本养老保险缴费支出 105.80 = 行政事业单位养老支出 178.42 万元); several fails. */
const DOC = 'cities-renwu/cc_xinfangju_2026_budget.pdf';
const FILE = path.join(CORPUS, DOC);
const VIEWER_TIMEOUT_MS = 60_000;
/** Screenshots and downloads the reviewer looks at (kept after the run). */
const OUT = '/tmp/dlens-review-e2e';

let server: LocalServer;
let expense: Table;

beforeAll(async () => {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(OUT, { recursive: true });
  server = await startServer();
  expense = (await loadDocument(FILE, pdfLoader)).doc.tables.find((t) => /支出总表/.test(t.title))!;
});

afterAll(() => server?.server.close());

/** How a browser opens tabs: the document as a reader would (a link on a government site), and an
 *  empty viewer (to open a file in). */
interface Browserish {
  name: 'chromium' | 'firefox';
  newTab(url: string): Promise<ReviewTab>;
}

const poll20 = <T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000) => poll(fn, ok, ms);
/** The notes of every mark in the viewer's IndexedDB (the library's 'dlens-marks' store). */
const storedNotes = (tab: ReviewTab) =>
  tab.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('dlens-marks');
        req.onsuccess = () => {
          const all = req.result.transaction('marks', 'readonly').objectStore('marks').getAll();
          all.onsuccess = () => resolve((all.result as { note?: string }[]).flatMap((m) => (m.note ? [m.note] : [])));
          all.onerror = () => reject(all.error);
        };
        req.onerror = () => reject(req.error);
      }),
    null,
  );

/** Opens the document from the site's link and waits for findings and marks. */
async function open(b: Browserish): Promise<ReviewTab> {
  const tab = await b.newTab(server.url(GOV_HOST, `/corpus/${DOC}`));
  await ready(tab);
  return tab;
}

async function ready(tab: ReviewTab) {
  await tab.waitFor('#dlens-viewer[data-state="done"]', VIEWER_TIMEOUT_MS);
  await tab.waitFor('#dlens-viewer[data-marks-state="done"]', 20_000);
}

const attr = (tab: ReviewTab, name: string) => tab.attr('#dlens-viewer', name);

/** Clicks an export button; keeps the file for the reviewer and returns it. */
async function exported(tab: ReviewTab, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const file = await tab.exported(selector);
  writeFileSync(path.join(OUT, `${tab.browser}-${file.name}`), file.bytes);
  return file;
}

const selectFinding = async (tab: ReviewTab, selector: string) => {
  await tab.click(`${selector} .dl-finding-head`);
  return (await tab.attr(selector, 'data-finding'))!;
};

/** The screen point of a model point (points on the unrotated page) on page `n`. */
async function screenPoint(tab: ReviewTab, n: number, x: number, y: number) {
  const r = await tab.box(`.dl-page[data-page="${n}"]`);
  const s = Number(await attr(tab, 'data-scale'));
  return { x: r.x + x * s, y: r.y + y * s };
}

const cell = (code: string, col = 2): { text: string; bbox: BBox } => {
  const row = expense.rows.find((r) => r[0]?.text.trim() === code)!;
  return { text: row[col].text, bbox: row[col].bbox! };
};
const centre = (b: BBox) => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] as const;
const shot = (tab: ReviewTab, name: string) => tab.screenshot(path.join(OUT, `${name}${tab.browser === 'firefox' ? '-firefox' : ''}.png`));

/** The four reviewer tests, in order (each builds on the one before), for one browser. */
function reviewerTests(browser: () => Browserish) {
  let marked: string[] = [];

  it('marks three findings; the panel counts them; they survive a reload and a re-check, and a mark without its finding is shown as orphaned', async () => {
    const b = browser();
    const page = await open(b);
    console.log(`[e2e review ${b.name}] first findings at ${await attr(page, 'data-ms-first-findings')} ms (marks are read after them)`);
    expect(Number(await attr(page, 'data-count-fail'))).toBeGreaterThanOrEqual(3);
    const ids = await page.evaluate(
      () => [...document.querySelectorAll('.dl-finding.dl-s-fail')].slice(0, 3).map((e) => e.getAttribute('data-finding')!),
      null,
    );
    const kinds = ['confirmed', 'false-alarm', 'asked'] as const;
    for (const [i, id] of ids.entries()) {
      const sel = `.dl-finding[data-finding="${id}"]`;
      await selectFinding(page, sel);
      // Keyboard: the mark buttons are reachable with Tab and pressed with Enter.
      const button = `${sel} .dl-mark-controls [data-kind="${kinds[i]}"]`;
      await page.waitFor(button);
      expect(await page.attr(button, 'aria-label')).toBeTruthy();
      await page.press(button, 'Enter');
      expect(
        await poll20(
          () => page.attr(`${sel} .dl-mark-tag`, 'data-mark'),
          (v) => v === kinds[i],
        ),
      ).toBe(kinds[i]);
    }
    const note = `.dl-finding[data-finding="${ids[2]}"] .dl-mark-note`;
    await page.fill(note, '已去电问询，待回复');
    await page.press(note, 'Enter');
    expect(
      await poll20(
        () => attr(page, 'data-marks'),
        (v) => v === '3',
      ),
    ).toBe('3');
    // The note is written to the library's IndexedDB after Enter; the reload below must not race it.
    expect(
      await poll20(
        () => storedNotes(page),
        (v) => !!v?.includes('已去电问询，待回复'),
      ),
    ).toContain('已去电问询，待回复');
    for (const k of kinds) expect(await page.attr(`.dl-mark-count[data-kind="${k}"]`, 'data-count')).toBe('1');
    await shot(page, 'review-01-marked');
    marked = ids;

    // A reload: the document is fetched and checked again, the marks come back from the library.
    await page.reload();
    await ready(page);
    expect(await attr(page, 'data-marks')).toBe('3');
    for (const [i, id] of ids.entries())
      expect(await page.attr(`.dl-finding[data-finding="${id}"] .dl-mark-tag`, 'data-mark')).toBe(kinds[i]);
    await selectFinding(page, `.dl-finding[data-finding="${ids[2]}"]`);
    await page.waitFor(note);
    expect(await page.inputValue(note)).toBe('已去电问询，待回复');
    await shot(page, 'review-02-after-reload');

    // A mark whose finding the check no longer reports (as after the document changed): orphaned.
    const docKey = (await attr(page, 'data-doc-key'))!;
    expect(docKey).toContain('|dept-budget|2026');
    await page.evaluate(
      (doc) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('dlens-marks');
          req.onsuccess = () => {
            const tx = req.result.transaction('marks', 'readwrite');
            tx.objectStore('marks').put({
              doc,
              key: 'N1|p99|1.00;2.00',
              kind: 'confirmed',
              date: '2026-12-01T00:00:00.000Z',
              rule: 'N1',
              message: 'a finding the document no longer has',
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      docKey,
    );
    await page.close();

    // A re-check in a new tab, from the site's link: same marks, plus the orphan named.
    const again = await open(b);
    expect(await attr(again, 'data-marks')).toBe('3');
    expect(await attr(again, 'data-orphans')).toBe('1');
    expect(await again.text('.dl-orphan')).toContain('a finding the document no longer has');
    await shot(again, 'review-03-recheck-orphan');

    // Every export carries the marks.
    const json = JSON.parse((await exported(again, '.dl-export button:nth-of-type(3)')).bytes.toString('utf8')) as CheckReport;
    const byId = new Map(json.findings.map((f) => [f.id, f]));
    expect(ids.map((id) => byId.get(id)?.mark?.kind)).toEqual([...kinds]);
    expect(byId.get(ids[2])?.mark?.note).toBe('已去电问询，待回复');
    expect(json.orphanedMarks?.map((m) => m.key)).toEqual(['N1|p99|1.00;2.00']);
    const csv = (await exported(again, '.dl-export button:nth-of-type(2)')).bytes.toString('utf8');
    expect(csv.split('\n')[0]).toContain('mark');
    expect(csv).toContain('已去电问询，待回复');
    const md = (await exported(again, '.dl-export button:nth-of-type(1)')).bytes.toString('utf8');
    for (const w of ['已核实', '误报', '已问询']) expect(md).toContain(w);

    // The marks file, read by the CLI: the same three findings get the same marks.
    const marksFile = await exported(again, '[data-export="marks"]');
    expect(marksFile.name).toBe('cc_xinfangju_2026_budget.marks.json');
    const file = JSON.parse(marksFile.bytes.toString('utf8'));
    expect(file.schema).toBe('dlens.marks/1');
    expect(file.marks).toHaveLength(4);
    const marksPath = path.join(OUT, `${b.name}-${marksFile.name}`);
    const cli = await promisify(execFile)(
      'node',
      [path.join(REPO, 'bin/dlens.mjs'), 'check', FILE, '--marks', marksPath, '--format', 'json'],
      {
        maxBuffer: 64 << 20,
      },
    ).catch((e: { stdout: string }) => e);
    const report = JSON.parse(cli.stdout) as CheckReport;
    const cliMarked = report.findings.filter((f) => f.mark);
    expect(cliMarked.map((f) => [f.id, f.mark!.kind])).toEqual(ids.map((id, i) => [id, kinds[i]]));
    expect(report.orphanedMarks).toHaveLength(1);
    await again.close();
  });

  it('tick and tie: a box dragged over the cells of two rows and a clicked total; the exact sum, the interval, kept as the reader’s own finding with its mark', async () => {
    const b = browser();
    const page = await open(b);
    await page.click('.dl-tab-ticktie');
    await page.waitFor('.dl-ticktie-empty');
    expect(await page.text('.dl-ticktie-empty')).toBeTruthy();
    await page.evaluate(() => document.querySelector('.dl-page[data-page="8"]')!.scrollIntoView(), null);
    await page.waitFor('.dl-page[data-page="8"] [data-pick-layer]');
    const a = cell('2080501');
    const c = cell('2080505');
    const total = cell('20805');
    expect([a.text, c.text, total.text]).toEqual(['72.62', '105.80', '178.42']);
    // Drag inside the 合计 column from the first row's cell to the second's.
    const from = await screenPoint(page, 8, a.bbox[0] + 8, a.bbox[1] + 4);
    const to = await screenPoint(page, 8, c.bbox[2] - 8, c.bbox[3] - 4);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2);
    await page.mouse.move(to.x, to.y);
    await page.mouse.up();
    const picked = await poll20(
      () => page.texts('[data-pick] .dl-ticktie-num'),
      (v) => v.join() === '72.62,105.80',
    );
    expect(picked).toEqual(['72.62', '105.80']);
    // Click the total, then make it the total.
    const t = await screenPoint(page, 8, ...centre(total.bbox));
    await page.mouse.click(t.x, t.y);
    expect(
      await poll20(
        () => page.count('[data-pick]'),
        (n) => n === 3,
      ),
    ).toBe(3);
    await page.waitFor('[data-pick="2"] [data-action="total"]');
    await page.click('[data-pick="2"] [data-action="total"]');
    expect(
      await poll20(
        () => page.text('[data-sum]'),
        (v) => v === '178.42 万元',
      ),
    ).toBe('178.42 万元');
    expect(await page.text('[data-total]')).toContain('178.42');
    expect(await page.attr('[data-verdict]', 'data-verdict')).toBe('pass');
    expect(await page.text('[data-interval]')).toMatch(/舍入区间/);
    expect(await page.count('.dl-page[data-page="8"] .dl-picked')).toBe(3);
    await shot(page, 'review-04-ticktie');
    console.log(`[e2e review ${b.name}] tick and tie: ${await page.text('.dl-ticktie-verdict')} · ${await page.text('[data-interval]')}`);

    const counts = () => Promise.all(['pass', 'rounding', 'fail', 'warn', 'unverifiable'].map((s) => attr(page, `data-count-${s}`)));
    const before = await counts();
    await page.waitFor('[data-action="keep"]');
    await page.click('[data-action="keep"]');
    await page.click('.dl-tab[data-tab="findings"]');
    await page.click('.dl-count.dl-s-pass'); // passes shown
    const own = '.dl-finding[data-finding="R1:1"]';
    await page.waitFor(own);
    await selectFinding(page, own);
    await page.waitFor(`${own} .dl-mark-controls [data-kind="confirmed"]`);
    await page.click(`${own} .dl-mark-controls [data-kind="confirmed"]`);
    expect(
      await poll20(
        () => attr(page, 'data-marks'),
        (v) => v === '4',
      ),
    ).toBe('4');
    // Listed and marked, but not counted among the document's findings (the counts stay the CLI's).
    expect(await counts()).toEqual(before);
    await page.reload();
    await ready(page);
    await page.click('.dl-count.dl-s-pass');
    await page.waitFor(`${own} .dl-mark-tag`);
    expect(await page.attr(`${own} .dl-mark-tag`, 'data-mark')).toBe('confirmed');
    expect(await page.text(`${own} .dl-msg`)).toContain('178.42');
    await shot(page, 'review-05-own-check-kept');
    await page.close();
  });

  it('the annotated PDF: read back with pdf.js, one note per shown finding and one square per box; opened in the viewer', async () => {
    const b = browser();
    const page = await open(b);
    const json = JSON.parse((await exported(page, '.dl-export button:nth-of-type(3)')).bytes.toString('utf8')) as CheckReport;
    const pdf = await exported(page, '[data-export="annotated"]');
    expect(pdf.name).toBe('cc_xinfangju_2026_budget.annotated.pdf');
    const shown = annotatedFindings(json);
    const boxes = shown.reduce((n, f) => n + findingBoxes(f).length, 0);
    const { pdfjs, assets } = await loadPdfjsForNode();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf.bytes), ...assets, cMapPacked: true, verbosity: 0 }).promise;
    const counts = { Text: 0, Square: 0 };
    const notes: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of (await (await doc.getPage(n)).getAnnotations()) as { subtype: string; contentsObj?: { str: string } }[]) {
        if (a.subtype === 'Text' || a.subtype === 'Square') counts[a.subtype]++;
        if (a.subtype === 'Text') notes.push(a.contentsObj?.str ?? '');
      }
    }
    await doc.destroy();
    console.log(
      `[e2e review ${b.name}] annotated PDF: ${shown.length} findings with boxes → ${counts.Text} notes, ${counts.Square} squares (${boxes} boxes)`,
    );
    expect(shown.length).toBeGreaterThan(3);
    expect(counts).toEqual({ Text: shown.length, Square: boxes });
    // The marked findings' notes carry their mark (and the own check, kept in the last test, its sum).
    expect(notes.filter((s) => /标记: 已核实|标记：已核实|已核实 20/.test(s)).length).toBeGreaterThanOrEqual(2);
    expect(notes.some((s) => s.includes('178.42'))).toBe(true);

    // Opened in the viewer as a local file (pdf.js draws the squares on the canvas): the same tab,
    // emptied (an extension page may open its own address in either browser).
    const viewer = page;
    await viewer.evaluate(() => location.assign('/viewer.html'), null);
    await viewer.waitFor('#dlens-viewer[data-state="idle"]');
    await viewer.waitFor('input[type="file"]');
    await viewer.evaluate(
      ([name, base64]) => {
        const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
        const input = document.querySelector('input[type="file"]') as HTMLInputElement;
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, { type: 'application/pdf' }));
        input.files = dt.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [pdf.name, pdf.bytes.toString('base64')] as const,
    );
    await viewer.waitFor('#dlens-viewer[data-state="done"]', VIEWER_TIMEOUT_MS);
    // As a reader would: the document is on screen before they type a page.
    await viewer.waitFor('.dl-page[data-rendered="yes"]');
    await viewer.click('.dl-collapse'); // the panel closed: the page and its annotations alone
    await viewer.fill('.dl-page-input', '8');
    await viewer.press('.dl-page-input', 'Enter');
    expect(
      await poll20(
        () => attr(viewer, 'data-page'),
        (v) => v === '8',
      ),
    ).toBe('8');
    expect(
      await poll20(
        () => viewer.attr('.dl-page[data-page="8"]', 'data-rendered'),
        (v) => v === 'yes',
      ),
    ).toBe('yes');
    // Only what pdf.js drew on the canvas (the copy's annotations), not the viewer's own boxes.
    await viewer.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '.dl-layer { display: none !important; }';
      document.head.append(style);
    }, null);
    await shot(viewer, 'review-06-annotated-in-viewer');
    await page.close();
  });

  it('the memo: the confirmed findings with formula, numbers, page and a PNG crop of each', async () => {
    const b = browser();
    expect(marked.length).toBe(3);
    const page = await open(b);
    const memo = await exported(page, '[data-export="memo"]');
    expect(memo.name).toBe('cc_xinfangju_2026_budget.memo.md');
    const text = memo.bytes.toString('utf8');
    // The first fail (confirmed in the first test) and the own check (confirmed in the second).
    const sections = text.split('\n## ').slice(1);
    expect(sections).toHaveLength(2);
    const crops = [...text.matchAll(/!\[[^\]]*\]\(data:image\/png;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => Buffer.from(m[1], 'base64'));
    expect(crops).toHaveLength(2);
    for (const [i, png] of crops.entries()) {
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThan(100); // width in pixels
      writeFileSync(path.join(OUT, `${b.name}-memo-crop-${i + 1}.png`), png);
    }
    // Asserted as booleans: a failure must not print the crops' data: URLs.
    expect(sections.map((x) => /- 算式: `[^`]+`/.test(x) && /- 数字: /.test(x) && /- 页码: 第\d+页/.test(x))).toEqual([true, true]);
    expect(sections[1].includes('72.62') && sections[1].includes('105.80') && sections[1].includes('178.42')).toBe(true);
    // The memo as a reader sees it, rendered (crops inline).
    const html = text
      .split('\n')
      .map((l) =>
        l.startsWith('![')
          ? `<img src="${/\((data:[^)]+)\)/.exec(l)![1]}" style="max-width:100%">`
          : `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
      )
      .join('');
    await page.evaluate((h) => {
      document.open();
      document.write(`<meta charset="utf-8"><body style="font:13px sans-serif;width:900px">${h}</body>`);
      document.close();
    }, html);
    await shot(page, 'review-07-memo');
    await page.close();
  });
}

describe('the reviewer in the viewer (Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchChromium({ profilePrefix: 'dlens-e2e-review-', acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  reviewerTests(() => ({
    name: 'chromium',
    newTab: async (url) => {
      const page = await browser.ctx.newPage();
      await page.goto(url, { waitUntil: 'commit' }).catch(() => {});
      return chromiumTab(page);
    },
  }));
});

describe('the reviewer in Firefox ESR', () => {
  let ff: Firefox;
  beforeAll(async () => {
    ff = await launchFirefox(server);
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
  });
  reviewerTests(() => ({
    name: 'firefox',
    newTab: async (url) => {
      const page = await ff.newPage();
      await page.setViewport({ width: 1400, height: 900 });
      // A redirect into the viewer detaches the frame: never wait for the navigation itself.
      void page.goto(url).catch(() => {});
      return firefoxTab(page);
    },
  }));
});
