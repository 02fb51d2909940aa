import { expect, test } from '@playwright/test';
import { ARUNATILAKA, ConsolePage, DIOP, MUNRO, SALAMA, SEED_TITLE } from './console-page';
import {
  AFTER_THE_RUN,
  BALANCE,
  correctTheEndOfTurn2,
  NOTE,
  openTheRecord,
  runTheRestOfThePanel,
  runTo171925WithTheNote,
} from './record-journey';
import { expectNoSeriousAxeViolations } from './support/axe';

/*
 * The record, part 3 of 5: the panel runs on to its end at 17:58:30 with the record open, and the
 * record holds every turn (turn 2 corrected), who had the floor, the totals and the archived run.
 */
test('after the run the record shows every turn, who had the floor and the totals, and the run is archived', async ({ page, context }) => {
  const show = new ConsolePage(page);
  await show.open();
  const log = await openTheRecord(show, context);
  await runTo171925WithTheNote(show, log);
  await correctTheEndOfTurn2(log);

  // The rest of the panel, the clock moved tick by tick with the record open.
  await runTheRestOfThePanel(show, 'advance');

  // 17:58:30, after the run: every turn, corrected; who had the floor; the totals.
  for (const [i, cells] of AFTER_THE_RUN.entries()) await log.expectRow(i + 1, cells);
  await expect(log.turnTable.locator('tbody > tr')).toHaveCount(11);
  // Arunatilaka 13:30, Diop 14:30, Munro 9:15 of 37:15; Salama 8:00 and her 0:30 interjection.
  await expect(log.floorRow(SALAMA).getByRole('cell')).toHaveText(['2', '8:00', '8:30', '', '']);
  await expect(log.floorRow(ARUNATILAKA).getByRole('cell')).toHaveText(['3', '14:00', '13:30', '36%', '33%']);
  await expect(log.floorRow(DIOP).getByRole('cell')).toHaveText(['3', '14:00', '14:30', '39%', '33%']);
  await expect(log.floorRow(MUNRO).getByRole('cell')).toHaveText(['2', '9:00', '9:15', '25%', '33%']);
  await expect(log.floor.locator('.balance-line')).toHaveText(BALANCE);
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
  await expect(log.archive.getByRole('listitem')).toContainText(`19 June 2025 17:00 · live · ${SEED_TITLE}`);
  await expectNoSeriousAxeViolations(log.page, 'record, after the run');

  // Every cell as the rapporteur reads it, the note in its field.
  await expect.poll(async () => (await log.turnRows()).map((cells) => cells.slice(0, 10))).toEqual(AFTER_THE_RUN);
  const shown = await log.turnRows();
  expect(shown.map((cells) => cells[10])).toEqual(['', NOTE, ...Array<string>(9).fill('')]);
});
