import { expect, test } from '@playwright/test';
import { ARUNATILAKA, ConsolePage, DIOP, MUNRO, repoPath } from './console-page';
import { NOTE, openTheRecord, Q1, runTo171925WithTheNote, savedLogLength, shot } from './record-journey';
import { mkdirSync } from 'node:fs';

/*
 * The record, part 2 of 5: at 17:19:25, who had the floor so far; then the rapporteur corrects the
 * end of turn 2 (Next was pressed 40 seconds late), and only the record changes.
 */
test('the rapporteur corrects a turn the moderator ended late, and the console run is untouched', async ({ page, context }) => {
  const show = new ConsolePage(page);
  await show.open();
  const log = await openTheRecord(show, context);
  await runTo171925WithTheNote(show, log);
  const logLength = await savedLogLength(page);

  // Who had the floor, before the correction.
  await expect(log.floorRow(ARUNATILAKA).getByRole('cell')).toHaveText(['1', '14:00', '6:40', '51%', '33%']);
  await expect(log.floorRow(DIOP).getByRole('cell')).toHaveText(['2', '14:00', '6:30', '49%', '33%']);
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
  await expect(log.floorRow(ARUNATILAKA).getByRole('cell')).toHaveText(['1', '14:00', '6:00', '46%', '33%']);
  await expect(log.floorRow(DIOP).getByRole('cell')).toHaveText(['2', '14:00', '7:10', '54%', '33%']);
  await expect(log.noteField(2)).toHaveValue(NOTE);
  // The console's run is untouched: a correction is the rapporteur's event.
  expect(await savedLogLength(page)).toBe(logLength);
  await show.expectTimers('3:00', '11:00', '40:35');
});
