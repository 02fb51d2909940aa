import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Gender } from '../../src/domain/floor-list';
import type { RunEvent } from '../../src/domain/run';
import { LogPage } from './log-page';

/** 19 June 2025 at 17:mm:ss in Geneva. */
const at = (minutes: number, seconds = 0) => Date.UTC(2025, 5, 19, 15, minutes, seconds) as RunEvent['at'];
const next = (m: number, s = 0): RunEvent => ({ type: 'turnAdvanced', at: at(m, s) });
const hand = (m: number, s: number, id: string, name: string, delegation: string, gender?: Gender): RunEvent => ({
  type: 'floorRequested',
  at: at(m, s),
  segmentId: 'floor',
  request: { id, name, delegation, ...(gender && { gender }) },
});
const give = (m: number, s: number, requestId: string): RunEvent => ({
  type: 'floorGiven',
  at: at(m, s),
  requestId,
  turnId: `q-${requestId}`,
  allotted: 90_000 as never,
});

/**
 * The seed panel's Q&A from 17:40: five hands, a round of three, the panel answers, one request
 * withdrawn, a fourth question, one more hand, the list closed at 17:57 with one waiting.
 */
const LOG: RunEvent[] = [
  { type: 'sessionStarted', at: at(0), mode: 'scheduled' },
  ...[5, 11, 17, 21, 25, 29, 32, 36, 40].map((m) => next(m)),
  hand(40, 0, 'r1', 'Amina Diallo', 'Senegal', 'woman'),
  hand(40, 5, 'r2', 'Carlos Mendes', 'Brazil', 'man'),
  hand(40, 10, 'r3', 'Sofia Lind', 'Sweden', 'woman'),
  hand(40, 15, 'r4', 'Ravi Kumar', 'India', 'man'),
  hand(40, 20, 'r5', 'ليلى حداد', 'الأردن', 'woman'),
  give(40, 30, 'r1'),
  next(42),
  give(42, 10, 'r2'),
  next(43, 50),
  give(44, 0, 'r3'),
  next(45, 20),
  {
    type: 'answersGiven',
    at: at(45, 30),
    segmentId: 'floor',
    answers: [
      { turnId: 'a-munro', speakerId: 'munro' },
      { turnId: 'a-arunatilaka', speakerId: 'arunatilaka' },
      { turnId: 'a-diop', speakerId: 'diop' },
    ],
    allotted: 120_000 as never,
  },
  next(47, 30),
  next(49, 45),
  next(51, 30),
  { type: 'floorRequestWithdrawn', at: at(52), requestId: 'r4' },
  give(52, 30, 'r5'),
  next(54),
  hand(54, 30, 'r6', 'Tom Weber', 'Germany'),
  { type: 'floorListClosed', at: at(57), segmentId: 'floor' },
  next(58),
  { type: 'sessionEnded', at: at(60) },
];

test('the record of a Q&A: every floor speaker with delegation and time, the answers by round, the totals and gender, in the CSV too', async ({
  page,
}, testInfo) => {
  const folder = mkdtempSync(join(tmpdir(), 'run-of-show-floor-'));
  const file = join(folder, 'floor-run.json');
  // A record file as the JSON export writes it (src/domain/run-export.ts), of the seed panel.
  const agenda: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/app/seed-agenda.json'), 'utf8'));
  writeFileSync(file, JSON.stringify({ format: 'run-of-show/run@1', agenda, log: LOG, record: [] }));
  const log = new LogPage(page);
  await page.clock.install({ time: new Date('2025-06-19T18:05:00+02:00') });
  await page.clock.pauseAt(new Date('2025-06-19T18:06:00+02:00'));
  await page.goto('/#/log');
  await page.getByLabel('Open a record file').setInputFiles(file);
  await expect(log.source).toContainText('Opened from');

  const section = page.getByRole('region', { name: 'Questions from the floor' });
  const speakers = section.getByRole('table', { name: 'Speakers from the floor', exact: true });
  await expect(speakers.locator('tbody tr')).toHaveText([
    ['Amina Diallo', 'Senegal', '1', '1:30'].join(''),
    ['Carlos Mendes', 'Brazil', '1', '1:40'].join(''),
    ['Sofia Lind', 'Sweden', '1', '1:20'].join(''),
    ['ليلى حداد', 'الأردن', '2', '1:30'].join(''),
  ]);
  await expect(speakers.getByRole('rowheader', { name: 'ليلى حداد' }).locator('bdi')).toHaveAttribute('dir', 'auto');
  const answers = section.getByRole('table', { name: 'The panel’s answers' });
  await expect(answers.locator('tbody tr')).toHaveText(['1Jean Munro2:00', '1H.E. Himalee Arunatilaka2:15', '1H.E. Papa Maguèye Diop1:45']);
  const totals = section.getByRole('table', { name: 'Totals for the block' });
  await expect(totals.getByRole('row', { name: /Questions asked/ }).getByRole('cell')).toHaveText('4');
  await expect(totals.getByRole('row', { name: /Left waiting/ }).getByRole('cell')).toHaveText('1 · Tom Weber (Germany)');
  await expect(totals.getByRole('row', { name: /Waiting when the list closed at 17:57/ }).getByRole('cell')).toHaveText('1');
  await expect(totals.getByRole('row', { name: /Requests withdrawn/ }).getByRole('cell')).toHaveText('1');
  await expect(
    section
      .getByRole('table', { name: /by gender/ })
      .getByRole('row', { name: /^Woman/ })
      .getByRole('cell'),
  ).toHaveText(['3', '3', '4:20', '72%']);
  // The turn table names the floor speaker and marks each answer's round.
  await expect(log.turnTable).toContainText('Amina Diallo (Senegal) · question, round 1');
  await expect(log.turnTable).toContainText('H.E. Papa Maguèye Diop · answering round 1');

  await section.screenshot({ path: testInfo.outputPath('record-floor-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await section.screenshot({ path: testInfo.outputPath('record-floor-1920.png') });

  const csv = await log.download('Download CSV', folder);
  for (const name of ['Amina Diallo', 'Carlos Mendes', 'Sofia Lind', 'ليلى حداد']) expect(csv.text).toContain(`,${name},`);
  expect(csv.text).toContain(',Senegal,1,,Woman\r\n');
  rmSync(folder, { recursive: true, force: true });
});
