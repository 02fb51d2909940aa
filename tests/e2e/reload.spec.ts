import { expect, test } from '@playwright/test';
import { ARUNATILAKA, ConsolePage, SEED_START } from './console-page';

/*
 * A reload in the middle of a turn (or a crashed tab reopened) picks the run up where it was:
 * the run log is saved, and time is computed from it, so the clock that kept running while the
 * page was away shows up in the countdowns at once.
 */
test('a reload in the middle of a turn keeps the speaker and the time', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(SEED_START);
  await show.startButton.click();

  // 17:05:00 Next; 17:07:10 into H.E. Himalee Arunatilaka's six minutes.
  await show.advance('05:00');
  await show.nextButton.click();
  await show.advance('02:10');
  await show.expectSpeaker(ARUNATILAKA);
  await show.expectTimers('3:50', '9:50', '52:50');

  await page.reload();
  await show.expectSpeaker(ARUNATILAKA);
  await show.expectState('Speaking');
  await expect(show.pauseButton).toBeVisible();
  await show.expectTimers('3:50', '9:50', '52:50');

  // The clock runs on after the reload.
  await show.advance('00:30'); // 17:07:40
  await show.expectTimers('3:20', '9:20', '52:20');

  // A pause survives a reload too; time spent paused, reload included, is not charged.
  await show.pauseButton.click();
  await show.advance('01:00'); // 17:08:40
  await page.reload();
  await show.expectSpeaker(ARUNATILAKA);
  await show.expectState('Paused');
  await expect(show.resumeButton).toBeVisible();
  await show.expectTimers('3:20', '9:20', '51:20');
  await show.advance('00:20'); // 17:09:00
  await show.expectTimers('3:20', '9:20', '51:00');
  await show.resumeButton.click();
  await show.advance('00:20'); // 17:09:20
  await show.expectTimers('3:00', '9:00', '50:40');

  // Undo still reaches back past the reloads: it takes back the resume.
  await show.press('z');
  await show.expectState('Paused');
  await show.expectTimers('3:20', '9:20', '50:40');
});
