import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ARUNATILAKA, ConsolePage, SEED_TITLE } from './console-page';
import type { TurnCells } from './log-page';
import { AFTER_THE_RUN, BALANCE, NOTE, SPEAKERS, theRecordAfterTheRun } from './record-journey';

/*
 * The record, part 4 of 5: after the run the rapporteur hands the record on as CSV, Markdown and
 * JSON; each file holds what the screen shows.
 */
test('the rapporteur hands the record on as CSV, Markdown and JSON, each as the screen shows it', async ({ page, context }) => {
  const log = await theRecordAfterTheRun(new ConsolePage(page), context);
  await expect.poll(async () => (await log.turnRows()).map((cells) => cells.slice(0, 10))).toEqual(AFTER_THE_RUN);
  const shown = await log.turnRows();
  expect(shown.map((cells) => cells[10])).toEqual(['', NOTE, ...Array<string>(9).fill('')]);
  const downloads = mkdtempSync(join(tmpdir(), 'run-of-show-record-'));

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
    'Delegation or organisation',
    'Round',
    'Answers round',
    'Gender',
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
  expect(markdown.text).toContain(BALANCE);
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
  rmSync(downloads, { recursive: true, force: true });
});
