import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ARUNATILAKA, DIOP, MUNRO, repoPath, SALAMA, SEED_TITLE } from './console-page';
import { pauseClockAt, screenshot } from './plan-journey';
import { expectNoSeriousAxeViolations } from './support/axe';

// page.route cannot see requests a service worker answers; the offline worker is not under test here.
test.use({ serviceWorkers: 'block' });

interface PdfText {
  readonly pages: number;
  readonly lines: readonly string[];
}

/** The text of a PDF read back with pdf.js, line by line: items on one baseline, left to right. */
async function pdfText(data: Buffer): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: true, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const rows = new Map<number, { x: number; end: number; str: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      const x = item.transform[4] as number;
      rows.set(y, [...(rows.get(y) ?? []), { x, end: x + item.width, str: item.str }]);
    }
    for (const y of [...rows.keys()].sort((a, b) => b - a)) {
      const items = rows.get(y)!.sort((a, b) => a.x - b.x);
      const line = items.map((item, i) => (i > 0 && item.x - items[i - 1]!.end > 1 ? ' ' : '') + item.str).join('');
      lines.push(line.replace(/\s+/g, ' ').trim().normalize('NFC'));
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, lines };
}
test('the run-of-show sheet prints on one A4 page with every speaker, clock time and question', async ({ page }) => {
  await pauseClockAt(page, '2025-06-12T10:00:00');
  await page.goto('/#/sheet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expectNoSeriousAxeViolations(page, 'run-of-show sheet');
  await screenshot(page, 'sheet-1366x768', { width: 1366, height: 768 });
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'sheet-print-1366x768', { width: 1366, height: 768 });

  const { pages, lines } = await pdfText(await page.pdf({ format: 'A4' }));
  expect(pages).toBe(1);
  const text = lines.join(' ');
  expect(text).toContain(SEED_TITLE);
  expect(lines).toContain('Intersessional Meetings, 17-20 June 2025 · 19 June 2025 · 17:00–18:00 · Room A · Europe/Zurich');
  expect(text).toContain('Hard end: 18:00');
  expect(text).toContain('Signals: wrap up at 60 s left, final at 15 s, then over time.');
  // Every turn on its own line: clock time, speaker with honorific, allotment.
  const rows = [
    ['17:00', SALAMA, '5:00'],
    ['17:05', ARUNATILAKA, '6:00'],
    ['17:11', DIOP, '6:00'],
    ['17:17', DIOP, '4:00'],
    ['17:21', ARUNATILAKA, '4:00'],
    ['17:25', MUNRO, '4:00'],
    ['17:29', MUNRO, '5:00'],
    ['17:34', ARUNATILAKA, '4:00'],
    ['17:38', DIOP, '4:00'],
    ['17:42', 'The floor', '15:00'],
    ['17:57', SALAMA, '3:00'],
    ['18:00', 'Hard end'],
  ];
  for (const row of rows) expect(lines, row.join(' ')).toContain(row.join(' '));
  expect(lines.filter((line) => /^\d\d:\d\d \S/.test(line) && !line.includes(' · '))).toEqual(rows.map((row) => row.join(' ')));
  // Each segment with its start and budget, the questions by number.
  for (const heading of [
    '17:00 · Welcome, framing and introduction of the panel · 5:00',
    '17:05 · Question 1: steps taken by States (Q1) · 12:00',
    '17:17 · Question 2: national and regional contexts (Q2) · 12:00',
    '17:29 · Question 3: integrating WPS principles in mine action (Q3) · 13:00',
    '17:42 · Questions from the floor · 15:00',
    '17:57 · Closing remarks · 3:00',
  ])
    expect(lines).toContain(heading);
  for (const name of [SALAMA, MUNRO, ARUNATILAKA, DIOP]) expect(text).toContain(name);
  expect(text).toContain('Maguèye');
  expect(text).toContain('H.E. Papa Maguèye Diop (Panelist, Ministry of Foreign Affairs of Senegal)');
  const seed = JSON.parse(readFileSync(repoPath('src/app/seed-agenda.json'), 'utf8')) as { questions: { text: string }[] };
  for (const question of seed.questions) expect(text).toContain(question.text);
});
