import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConsolePage, DIOP } from './console-page';
import { LogPage } from './log-page';
import { AFTER_THE_RUN, BALANCE, NOTE, pdfPages, squash, theRecordAfterTheRun } from './record-journey';

/*
 * The record, part 5 of 5: the JSON file, opened in a browser that has never seen this run, shows
 * the same record; a past run from a file is shown, not edited.
 */
test('the record saved as JSON opens in another browser as the same record, to read and print, not to edit', async ({
  page,
  context,
  browser,
}, testInfo) => {
  const log = await theRecordAfterTheRun(new ConsolePage(page), context);
  await expect.poll(async () => (await log.turnRows()).map((cells) => cells.slice(0, 10))).toEqual(AFTER_THE_RUN);
  const shown = await log.turnRows();
  const downloads = mkdtempSync(join(tmpdir(), 'run-of-show-record-'));
  const json = await log.download('Download JSON', downloads);

  const elsewhere = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    timezoneId: 'Europe/Zurich',
    locale: 'en-GB',
  });
  const past = new LogPage(await elsewhere.newPage());
  await past.page.clock.install({ time: new Date('2025-06-20T09:00:00+02:00') });
  await past.page.clock.pauseAt(new Date('2025-06-20T09:01:00+02:00'));
  await past.page.goto('/#/log');
  await expect(past.heading).toBeVisible();
  await expect(past.page.getByText('The run has not started yet.')).toBeVisible();
  await past.page.getByLabel('Open a record file').setInputFiles(json.path);
  await expect(past.source).toContainText('Opened from');
  await expect(past.turnTable.locator('tbody > tr')).toHaveCount(11);
  await expect.poll(() => past.turnRows()).toEqual(shown);
  await expect(past.floorRow(DIOP).getByRole('cell')).toHaveText(['3', '14:00', '14:30', '39%', '33%']);
  await expect(past.floor.locator('.balance-line')).toHaveText(BALANCE);
  // A past run from a file is shown, not edited; its printed report carries the note once.
  await expect(past.page.getByRole('textbox', { name: /^Note on turn/ })).toHaveCount(0);
  const pastPages = await pdfPages(await past.page.pdf({ format: 'A4' }));
  expect(pastPages.length).toBeLessThanOrEqual(2);
  expect(squash(pastPages.join(' ')).split(squash(NOTE))).toHaveLength(2);
  await elsewhere.close();
  rmSync(downloads, { recursive: true, force: true });
});
