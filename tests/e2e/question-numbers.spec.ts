import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ConsolePage } from './console-page';
import { LogPage } from './log-page';

/** Questions whose ids look like numbers, listed in an order that is not theirs: an object's keys would put "1" and "2" first. */
const AGENDA = {
  format: 'run-of-show/agenda@1',
  title: 'Numbers that are not positions',
  date: '2025-06-19',
  start: '17:00',
  end: '18:00',
  timeZone: 'Europe/Zurich',
  people: [
    { id: 'mod', name: 'Mo Derator', role: 'moderator' },
    { id: 'ana', name: 'Ana Ruiz', role: 'panelist' },
    { id: 'ben', name: 'Ben Okafor', role: 'panelist' },
  ],
  questions: [
    { id: 'intro', text: 'Which step came first?' },
    { id: '2', text: 'What came second?' },
    { id: '1', text: 'What came last?' },
  ],
  segments: [
    { id: 'a', title: 'Round A', question: 'intro', turns: [{ speaker: 'ana', minutes: 2 }] },
    { id: 'b', title: 'Round B', question: '2', turns: [{ speaker: 'ben', minutes: 2 }] },
    { id: 'c', title: 'Round C', question: '1', turns: [{ speaker: 'ana', minutes: 2 }] },
  ],
};

test('questions whose ids look like numbers are numbered by their place in the agenda: console, record, CSV and sheet', async ({
  page,
  context,
}) => {
  const show = new ConsolePage(page);
  await show.open();
  await page.getByLabel('Load agenda').setInputFiles({
    name: 'numbers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(AGENDA)),
  });
  await expect(show.title).toHaveText(AGENDA.title);

  // The console: the question under way with its number.
  await expect(show.question).toContainText('Q1 · Which step came first?');
  await show.press('Space');
  await show.advance('01:00');
  await show.press('n');
  await expect(show.question).toContainText('Q2 · What came second?');
  await show.advance('01:00');
  await show.press('n');
  await expect(show.question).toContainText('Q3 · What came last?');

  // The record: each turn and each question total.
  const log = new LogPage(await context.newPage());
  await log.page.goto('/#/log');
  await expect.poll(async () => (await log.turnRows()).map((cells) => cells[1])).toEqual(['Round A (Q1)', 'Round B (Q2)', 'Round C (Q3)']);
  await expect(log.totalsRow('Q1: Which step came first?')).toBeVisible();
  await expect(log.totalsRow('Q2: What came second?')).toBeVisible();
  await expect(log.totalsRow('Q3: What came last?')).toBeVisible();

  // The CSV.
  const downloads = mkdtempSync(join(tmpdir(), 'run-of-show-numbers-'));
  const csv = await log.download('Download CSV', downloads);
  const [header, ...rows] = Papa.parse<string[]>(csv.text, { delimiter: ',', newline: '\r\n' }).data.slice(0, -1);
  expect(rows.map((row) => row[header!.indexOf('Question')])).toEqual(['Q1', 'Q2', 'Q3']);
  rmSync(downloads, { recursive: true, force: true });

  // The run-of-show sheet: the segment headings, and the list of questions in the same order.
  const sheet = await context.newPage();
  await sheet.goto('/#/sheet');
  await expect(sheet.getByRole('rowheader')).toHaveText([/Round A \(Q1\)/, /Round B \(Q2\)/, /Round C \(Q3\)/]);
  await expect(sheet.getByRole('region', { name: 'Guiding questions' }).getByRole('listitem')).toHaveText(
    AGENDA.questions.map((q) => q.text),
  );
});
