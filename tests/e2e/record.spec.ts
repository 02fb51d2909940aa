import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ARUNATILAKA, ConsolePage, DIOP, MUNRO, repoPath, SALAMA, SEED_START, SEED_TITLE } from './console-page';
import { LogPage, type TurnCells } from './log-page';
import { expectNoSeriousAxeViolations } from './support/axe';

test.use({ bypassCSP: true });

const SPEAKERS = [SALAMA, ARUNATILAKA, DIOP, MUNRO];
const Q1 = 'Question 1: steps taken by States (Q1)';
const Q2 = 'Question 2: national and regional contexts (Q2)';
const Q3 = 'Question 3: integrating WPS principles in mine action (Q3)';
const OPENING = 'Welcome, framing and introduction of the panel';
const NOTE = 'Cites the Siem Reap–Angkor plan; asks: mine risk education for women? n m i';
const shot = (name: string) => repoPath(`test-results/screenshots/${name}.png`);

/** The text of every page of a PDF, read back with pdf.js. */
async function pdfPages(data: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** The run log as the console saved it, to show that typing in the record did not reach it. */
const savedLogLength = (console: Page) =>
  console.evaluate(
    () => (JSON.parse(localStorage.getItem('run-of-show') ?? '{}') as { state?: { log?: unknown[] } }).state?.log?.length ?? -1,
  );

/** Saves the record at a window size, at the top and scrolled to the turn table. */
async function screenshots(log: LogPage, size: { width: number; height: number }) {
  mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
  await log.page.setViewportSize(size);
  const name = `record-${size.width}x${size.height}`;
  for (const [part, suffix] of [
    [log.heading, ''],
    [log.turns, '-turns'],
    [log.totals, '-totals'],
  ] as const) {
    await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await log.page.screenshot({ path: shot(`${name}${suffix}`) });
  }
  const scroll = await log.page.evaluate(() => {
    const view = document.querySelector('.log-view')!;
    return { width: view.scrollWidth, client: view.clientWidth, page: document.documentElement.scrollWidth };
  });
  expect(scroll.width, `no sideways scrolling of the record at ${name}`).toBeLessThanOrEqual(scroll.client);
  expect(scroll.page, `no sideways scrolling of the page at ${name}`).toBeLessThanOrEqual(size.width);
}

/*
 * The seed panel from 17:00 on 19 June 2025, run by the moderator on the console while the
 * rapporteur keeps the record in a second window. Every expected time is worked out by hand.
 * 17:00:00 Salama 5:00 · 17:05:00 Arunatilaka: 2:00, 0:30 interjection, 1:00, 0:45 pause, 3:40
 * (6:40 spoken; Next pressed 40 s late) · 17:12:55 Diop 5:30 · 17:18:25 Diop 4:00 · 17:22:25
 * Arunatilaka 4:00 · 17:26:25 Munro 4:15 · 17:30:40 Munro 5:00 · 17:35:40 Arunatilaka 3:30 ·
 * 17:39:10 Diop 4:20 · 17:43:30 the floor 12:00 · 17:55:30 Salama 3:00 · 17:58:30 the end.
 */
test('the rapporteur keeps the record of the seed panel live, notes and corrects it, and hands it on as CSV, JSON, Markdown and PDF', async ({
  page,
  context,
  browser,
}, testInfo) => {
  const show = new ConsolePage(page);
  await show.open(SEED_START);

  // The record opens from the console in a window of its own, on the same (fake) clock.
  const opening = context.waitForEvent('page');
  await show.button('Open the record').click();
  const log = new LogPage(await opening);
  await expect(log.heading).toBeVisible();
  await expect(log.page.getByText('The run has not started yet.')).toBeVisible();
  await expect(log.source).toContainText('Live: follows the console');
  await expect(log.page.getByText(SEED_TITLE)).toBeVisible();

  // 17:00:00 Start; 17:05:00 Next.
  await show.press('Space');
  await show.expectState('Speaking');
  await expect(log.row(1)).toBeVisible();
  // Held at the agenda's date and time: the header has nothing to add.
  await expect(log.page.getByText(/This run was held/)).toHaveCount(0);
  await log.expectRow(1, ['1', OPENING, `${SALAMA} · speaking now`, '5:00', '0:00', '', '17:00:00', '', '', '']);
  await show.advance('05:00');
  await show.press('n');
  await show.expectSpeaker(ARUNATILAKA);
  await log.expectRow(1, ['1', OPENING, SALAMA, '5:00', '5:00', '0:00', '17:00:00', '17:05:00', '', '']);

  // Arunatilaka: 2:00, the moderator interjects for 0:30, 1:00, a pause of 0:45, then 2:50 more.
  await show.advance('02:00');
  await show.press('i');
  await show.expectState('Moderator interjecting');
  await show.advance('00:30');
  await show.press('i');
  await show.advance('01:00');
  await show.press('Space');
  await show.expectState('Paused');
  await show.advance('00:45');
  await show.press('Space');
  await show.advance('02:50');
  // 17:12:05, ten seconds left: a message to the speaker.
  await show.expectState('Final seconds');
  await show.press('m');
  await page.getByRole('dialog', { name: 'Message to the speaker' }).getByRole('button', { name: 'Please wrap up' }).click();
  // 17:12:25, ten seconds over.
  await show.advance('00:20');
  await show.expectState('Over time');
  await show.expectTimers('+0:10', '5:20', '47:35');
  // Live, while the turn goes on: pauses and the interjection are not charged to her.
  await log.expectRow(2, ['2', Q1, `${ARUNATILAKA} · speaking now`, '6:00', '6:10', '+0:10', '17:05:00', '', '0:30', 'Please wrap up']);
  await expectNoSeriousAxeViolations(log.page, 'record, live');

  // 17:12:55 Next, 40 seconds late.
  await show.advance('00:30');
  await show.press('n');
  await show.expectSpeaker(DIOP);
  await log.expectRow(2, ['2', Q1, ARUNATILAKA, '6:00', '6:40', '+0:40', '17:05:00', '17:12:55', '0:30', 'Please wrap up']);
  await log.expectRow(3, ['3', Q1, `${DIOP} · speaking now`, '6:00', '0:00', '', '17:12:55', '', '', '']);

  // 17:18:25 Next; 17:19:25 Diop is a minute into his second turn.
  await show.advance('05:30');
  await show.press('n');
  await show.advance('01:00');
  await show.expectSpeaker(DIOP);
  await log.expectRow(3, ['3', Q1, DIOP, '6:00', '5:30', '−0:30', '17:12:55', '17:18:25', '', '']);
  await log.expectRow(4, ['4', Q2, `${DIOP} · speaking now`, '4:00', '1:00', '', '17:18:25', '', '', '']);
  await show.expectState('Speaking');
  await show.expectTimers('3:00', '11:00', '40:35');
  const logLength = await savedLogLength(page);

  // A note on turn 2, typed while the panel runs: its letters (n, m, i, space) are not the console's keys.
  await log.noteField(2).click();
  await log.page.keyboard.type(NOTE);
  await log.page.keyboard.press('Enter');
  await expect(log.noteField(2)).toHaveValue(NOTE);
  // Keys pressed in the record with nothing focused do nothing either.
  await log.heading.click();
  for (const key of ['n', 'i', 'm', 'Space', 'z', '+', 'g']) await log.page.keyboard.press(key);
  await show.expectSpeaker(DIOP);
  await show.expectState('Speaking');
  await show.expectTimers('3:00', '11:00', '40:35');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await savedLogLength(page)).toBe(logLength);
  await expect(log.page.getByRole('dialog')).toHaveCount(0);
  // The note is kept in the rapporteur's own log, apart from the run.
  const savedRecord = await log.page.evaluate(() => localStorage.getItem('run-of-show:record'));
  // (axe nudged the fake clock by a few milliseconds: the note is stamped within the second 17:19:25.)
  const noteAt = SEED_START.getTime() + 19 * 60_000 + 25_000;
  expect(JSON.parse(savedRecord!)).toEqual({
    [`run-${SEED_START.getTime()}`]: [{ type: 'noteSet', at: expect.any(Number), turnId: 'round-1#0', text: NOTE }],
  });
  expect((JSON.parse(savedRecord!) as Record<string, { at: number }[]>)[`run-${SEED_START.getTime()}`]![0]!.at - noteAt).toBeLessThan(1000);
  expect(
    (JSON.parse(savedRecord!) as Record<string, { at: number }[]>)[`run-${SEED_START.getTime()}`]![0]!.at - noteAt,
  ).toBeGreaterThanOrEqual(0);

  // Who had the floor, before the correction.
  await expect(log.floorRow(ARUNATILAKA).getByRole('cell')).toHaveText(['1', '14:00', '6:40', '51 %', '33 %']);
  await expect(log.floorRow(DIOP).getByRole('cell')).toHaveText(['2', '14:00', '6:30', '49 %', '33 %']);
  await expect(log.floor).toContainText(`${MUNRO} has not had the floor yet.`);

  // The correction: Next was pressed 40 seconds late, so turn 2 really ended at 17:12:15.
  await log.correctButton(2).click();
  await expect(log.page.getByLabel('Began at')).toHaveValue('17:05:00');
  await expect(log.page.getByLabel('Ended at')).toHaveValue('17:12:55');
  await log.page.getByLabel('Ended at').fill('17:12:15');
  await log.page
    .getByRole('button', { name: 'Save correction', exact: true })
    .evaluate((button) => button.scrollIntoView({ block: 'center' }));
  mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
  await log.page.screenshot({ path: shot('record-correction-1366x768') });
  await log.page.getByRole('button', { name: 'Save correction', exact: true }).click();
  await expect(log.page.getByRole('button', { name: 'Save correction' })).toHaveCount(0);
  await log.expectRow(2, ['2', Q1, ARUNATILAKA, '6:00', '6:00', '0:00', '17:05:00', '17:12:15 (corrected)', '0:30', 'Please wrap up']);
  // The next speaker's time grew by 40 s; only the boundary that was corrected is marked.
  await log.expectRow(3, ['3', Q1, DIOP, '6:00', '6:10', '+0:10', '17:12:15', '17:18:25', '', '']);
  await expect(log.floorRow(ARUNATILAKA).getByRole('cell')).toHaveText(['1', '14:00', '6:00', '46 %', '33 %']);
  await expect(log.floorRow(DIOP).getByRole('cell')).toHaveText(['2', '14:00', '7:10', '54 %', '33 %']);
  await expect(log.noteField(2)).toHaveValue(NOTE);
  // The console's run is untouched: a correction is the rapporteur's event.
  expect(await savedLogLength(page)).toBe(logLength);
  await show.expectTimers('3:00', '11:00', '40:35');

  // The rest of the panel.
  for (const [time, speaker] of [
    ['03:00', ARUNATILAKA],
    ['04:00', MUNRO],
    ['04:15', MUNRO],
    ['05:00', ARUNATILAKA],
    ['03:30', DIOP],
    ['04:20', 'The floor'],
    ['12:00', SALAMA],
  ] as const) {
    await show.advance(time);
    await show.press('n');
    await show.expectSpeaker(speaker);
  }
  await show.advance('03:00');
  await show.press('n');
  await show.expectSpeaker('Session ended');

  // 17:58:30, after the run: every turn, corrected; who had the floor; the totals.
  const after: (string | RegExp)[][] = [
    ['1', OPENING, SALAMA, '5:00', '5:00', '0:00', '17:00:00', '17:05:00', '', ''],
    ['2', Q1, ARUNATILAKA, '6:00', '6:00', '0:00', '17:05:00', '17:12:15 (corrected)', '0:30', 'Please wrap up'],
    ['3', Q1, DIOP, '6:00', '6:10', '+0:10', '17:12:15', '17:18:25', '', ''],
    ['4', Q2, DIOP, '4:00', '4:00', '0:00', '17:18:25', '17:22:25', '', ''],
    ['5', Q2, ARUNATILAKA, '4:00', '4:00', '0:00', '17:22:25', '17:26:25', '', ''],
    ['6', Q2, MUNRO, '4:00', '4:15', '+0:15', '17:26:25', '17:30:40', '', ''],
    ['7', Q3, MUNRO, '5:00', '5:00', '0:00', '17:30:40', '17:35:40', '', ''],
    ['8', Q3, ARUNATILAKA, '4:00', '3:30', '−0:30', '17:35:40', '17:39:10', '', ''],
    ['9', Q3, DIOP, '4:00', '4:20', '+0:20', '17:39:10', '17:43:30', '', ''],
    ['10', 'Questions from the floor', 'The floor', '15:00', '12:00', '−3:00', '17:43:30', '17:55:30', '', ''],
    ['11', 'Closing remarks', SALAMA, '3:00', '3:00', '0:00', '17:55:30', '17:58:30', '', ''],
  ];
  for (const [i, cells] of after.entries()) await log.expectRow(i + 1, cells);
  await expect(log.turnTable.locator('tbody > tr')).toHaveCount(11);
  // Arunatilaka 13:30, Diop 14:30, Munro 9:15 of 37:15; Salama 8:00 and her 0:30 interjection.
  await expect(log.floorRow(SALAMA).getByRole('cell')).toHaveText(['2', '8:00', '8:30', '', '']);
  await expect(log.floorRow(ARUNATILAKA).getByRole('cell')).toHaveText(['3', '14:00', '13:30', '36 %', '33 %']);
  await expect(log.floorRow(DIOP).getByRole('cell')).toHaveText(['3', '14:00', '14:30', '39 %', '33 %']);
  await expect(log.floorRow(MUNRO).getByRole('cell')).toHaveText(['2', '9:00', '9:15', '25 %', '33 %']);
  await expect(log.floor.locator('.balance-line')).toHaveText(
    `The longest-speaking panelist (${DIOP}) had 1.6 times the floor of the shortest (${MUNRO}).`,
  );
  await expect(log.floor.getByRole('img', { name: 'Speaking time per person, planned and actual' })).toBeVisible();
  // Round 1: 6:00 + 0:30 interjection + 6:10 used of 12:00.
  await expect(log.totalsRow('Question 1: steps taken by States').getByRole('cell')).toHaveText(['12:00', '12:40', '+0:40']);
  await expect(log.totalsRow('Question 3: integrating WPS principles in mine action').getByRole('cell')).toHaveText([
    '13:00',
    '12:50',
    '−0:10',
  ]);
  // The console kept the run in the archive when it ended.
  await expect(log.archive.getByRole('listitem')).toHaveCount(1);
  await expect(log.archive.getByRole('listitem')).toContainText(`2025-06-19 17:00 · live · ${SEED_TITLE}`);
  await expectNoSeriousAxeViolations(log.page, 'record, after the run');

  const shown = await log.turnRows();
  const downloads = mkdtempSync(join(tmpdir(), 'run-of-show-record-'));
  expect(shown.map((cells) => cells.slice(0, 10))).toEqual(after);
  expect(shown.map((cells) => cells[10])).toEqual(['', NOTE, ...Array<string>(9).fill('')]);

  // CSV: UTF-8 with a byte-order mark, read back by a real CSV parser, equal to the rows on screen.
  const csv = await log.download('Download CSV', downloads);
  expect(csv.download.suggestedFilename()).toBe('run-of-show-2025-06-19-1700.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.text).toContain('H.E. Papa Maguèye Diop');
  const parsed = Papa.parse<string[]>(csv.text, { delimiter: ',', newline: '\r\n', header: false, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.at(-1)).toEqual(['']);
  const [header, ...csvRows] = parsed.data.slice(0, -1) as string[][];
  expect(header).toEqual([
    '#',
    'Segment',
    'Question',
    'Speaker',
    'Status',
    'Planned',
    'Planned (s)',
    'Actual',
    'Actual (s)',
    'Over / under',
    'Over / under (s)',
    'Began',
    'Ended',
    'Interjections',
    'Interjections (s)',
    'Paused',
    'Paused (s)',
    'Messages',
    'Note',
    'Corrected',
  ]);
  const column = (row: string[], name: string) => row[header!.indexOf(name)]!;
  const asShown = (row: string[]): TurnCells => {
    const corrected = column(row, 'Corrected').split(', ');
    const mark = (edge: string) => (corrected.includes(edge) ? ' (corrected)' : '');
    return [
      column(row, '#'),
      column(row, 'Segment') + (column(row, 'Question') ? ` (${column(row, 'Question')})` : ''),
      column(row, 'Speaker'),
      column(row, 'Planned'),
      column(row, 'Actual'),
      column(row, 'Over / under'),
      column(row, 'Began') + mark('Began'),
      column(row, 'Ended') + mark('Ended'),
      column(row, 'Interjections') === '0:00' ? '' : column(row, 'Interjections'),
      column(row, 'Messages').split(' | ').join(' · '),
      column(row, 'Note'),
    ];
  };
  expect(csvRows.map((row) => column(row, 'Status'))).toEqual(Array<string>(11).fill('held'));
  expect(csvRows.map(asShown)).toEqual(shown);
  expect(csvRows.map((row) => [column(row, 'Paused'), column(row, 'Planned (s)'), column(row, 'Actual (s)')])[1]).toEqual([
    '0:45',
    '360',
    '360',
  ]);

  // Markdown: the title, every speaker, the balance and the note.
  const markdown = await log.download('Download Markdown summary', downloads);
  expect(markdown.download.suggestedFilename()).toBe('run-of-show-2025-06-19-1700.md');
  expect(markdown.text.split('\n')[0]).toBe(`# Record: ${SEED_TITLE}`);
  for (const name of SPEAKERS) expect(markdown.text).toContain(`| ${name} |`);
  expect(markdown.text).toContain(`The longest-speaking panelist (${DIOP}) had 1.6 times the floor of the shortest (${MUNRO}).`);
  expect(markdown.text).toContain(
    '| 2 | Question 1: steps taken by States | H.E. Himalee Arunatilaka | 6:00 | 6:00 | 0:00 | 17:05:00 | 17:12:15 |',
  );
  expect(markdown.text).toContain(`- 2. ${ARUNATILAKA}: ${NOTE}`);

  // JSON: agenda, run and the rapporteur's log in one file.
  const json = await log.download('Download JSON', downloads);
  expect(json.download.suggestedFilename()).toBe('run-of-show-2025-06-19-1700.json');
  const file = JSON.parse(json.text) as { format: string; agenda: { title: string }; log: { type: string }[]; record: { type: string }[] };
  expect(file.format).toBe('run-of-show/run@1');
  expect(file.agenda.title).toBe(SEED_TITLE);
  expect(file.log.at(-1)!.type).toBe('turnAdvanced');
  expect(file.record.map((e) => e.type)).toEqual(['noteSet', 'boundaryCorrected']);

  // Screenshots of the record at both window sizes.
  await screenshots(log, { width: 1366, height: 768 });
  await screenshots(log, { width: 1920, height: 1080 });

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
    '2025-06-19 · 17:00–18:00 · Room A',
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

  // The JSON opened again, in a browser that has never seen this run, shows the same record.
  const elsewhere = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    timezoneId: 'Europe/Zurich',
    locale: 'en-GB',
    bypassCSP: true,
  });
  const past = new LogPage(await elsewhere.newPage());
  await past.page.goto('/#/log');
  await expect(past.heading).toBeVisible();
  await expect(past.page.getByText('The run has not started yet.')).toBeVisible();
  await past.page.getByLabel('Open a record file').setInputFiles(json.path);
  await expect(past.source).toContainText('Opened from');
  await expect(past.turnTable.locator('tbody > tr')).toHaveCount(11);
  expect(await past.turnRows()).toEqual(shown);
  await expect(past.floorRow(DIOP).getByRole('cell')).toHaveText(['3', '14:00', '14:30', '39 %', '33 %']);
  await expect(past.floor.locator('.balance-line')).toHaveText(
    `The longest-speaking panelist (${DIOP}) had 1.6 times the floor of the shortest (${MUNRO}).`,
  );
  // A past run from a file is shown, not edited; its printed report carries the note once.
  await expect(past.page.getByRole('textbox', { name: /^Note on turn/ })).toHaveCount(0);
  const pastPages = await pdfPages(await past.page.pdf({ format: 'A4' }));
  expect(pastPages.length).toBeLessThanOrEqual(2);
  expect(squash(pastPages.join(' ')).split(squash(NOTE))).toHaveLength(2);
  await elsewhere.close();
  rmSync(downloads, { recursive: true, force: true });
});
