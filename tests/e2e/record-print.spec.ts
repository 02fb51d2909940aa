import { expect, test } from '@playwright/test';
import { ConsolePage, DIOP, MUNRO, repoPath, SEED_TITLE } from './console-page';
import { NOTE, pdfPages, recordScreenshots, shot, SPEAKERS, squash, theRecordAfterTheRun } from './record-journey';

/*
 * The record after the run, on screen at both window sizes and printed: the screenshots to look at,
 * and the PDF Chromium prints, read back and checked.
 */
test('the record after the run fits 1366×768 and 1920×1080 and prints on one or two A4 pages', async ({ page, context }) => {
  const log = await theRecordAfterTheRun(new ConsolePage(page), context);

  // Screenshots of the record at both window sizes.
  await recordScreenshots(log, { width: 1366, height: 768 });
  await recordScreenshots(log, { width: 1920, height: 1080 });

  // The printable report, rendered to PDF by Chromium: the title, the date, every speaker, the note; one or two A4 pages.
  await log.page.setViewportSize({ width: 1366, height: 768 });
  await log.page.emulateMedia({ media: 'print' });
  const pdf = await log.page.pdf({ format: 'A4', path: repoPath('test-results/screenshots/record-report.pdf') });
  const pages = await pdfPages(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
  // Lines wrap anywhere in the PDF (after a dash too): compare the text without white space.
  const printed = squash(pages.join(' '));
  for (const text of [
    'Record of the panel',
    SEED_TITLE,
    '19 June 2025 · 17:00–18:00 · Room A',
    ...SPEAKERS,
    NOTE,
    '17:12:15 (corrected)',
    `The longest-speaking panelist (${DIOP}) had 1.6 times the floor of the shortest (${MUNRO}).`,
  ])
    expect(printed).toContain(squash(text));
  expect(printed).not.toContain(squash('Download CSV'));
  expect(printed).not.toContain(squash('Correct…'));
  // What the print stylesheet lays out, at the width of A4 (a picture to look at; the PDF above is what is checked).
  await log.page.setViewportSize({ width: 794, height: 1123 });
  await log.page.screenshot({ path: shot('record-print-a4'), fullPage: true });
  await log.page.emulateMedia({ media: 'screen' });
});
