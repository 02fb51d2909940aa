import { expect, test } from '@playwright/test';
import { ConsolePage, SALAMA } from './console-page';

/*
 * Scheduled or now (DESIGN.md): on the agenda's date within 30 minutes of its start the run keeps
 * the agenda's clock times; any other time the plan is anchored at the press of Start. Nobody
 * opening the seed panel today should see a countdown of thousands of hours.
 */
test('opened on another day, the seed panel is anchored at Start', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(new Date('2026-03-02T10:00:00+01:00'));
  await expect(show.statusMeta).toContainText('Anchored at Start: 60 minutes from the press of Start');
  await show.expectSpeaker(SALAMA);
  await show.expectTimers('5:00', '5:00', '60:00');

  // Nothing counts down before the start.
  await show.advance('05:00'); // 10:05:00
  await show.expectTimers('5:00', '5:00', '60:00');

  await show.startButton.click();
  await expect(show.schedule).toContainText('Hard end 11:05');
  await show.advance('01:00'); // 10:06:00
  await show.expectTimers('4:00', '4:00', '59:00');
  await expect(show.schedule).toContainText('On schedule');
});

test('on the day, 20 minutes early, the session counts down to the scheduled end', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(new Date('2025-06-19T16:40:00+02:00'));
  await expect(show.statusMeta).toContainText('Scheduled: 17:00–18:00');
  await show.expectTimers('5:00', '5:00', '80:00');
  await show.advance('01:00'); // 16:41:00
  await show.expectTimers('5:00', '5:00', '79:00');
  await expect(show.schedule).toContainText('Hard end 18:00');
});

test('on the day, a start ten minutes late eats into the hard end', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(new Date('2025-06-19T17:10:00+02:00'));
  await expect(show.statusMeta).toContainText('Scheduled: 17:00–18:00');
  await show.expectTimers('5:00', '5:00', '50:00');
  await show.press('Space');
  await show.expectTimers('5:00', '5:00', '50:00');
  await expect(show.schedule).toContainText('10:00 behind');
  await expect(show.schedule).toContainText('Hard end 18:00');
  await show.advance('02:00'); // 17:12:00
  await show.expectTimers('3:00', '3:00', '48:00');
});

test('on the day, the moderator can choose to start the clock at Start instead', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(new Date('2025-06-19T17:10:00+02:00'));
  await page.getByLabel('Clock times').selectOption({ label: 'Start the clock when I press Start' });
  await expect(show.statusMeta).toContainText('Anchored at Start: 60 minutes from the press of Start');
  await show.expectTimers('5:00', '5:00', '60:00');
  await show.startButton.click();
  await expect(show.schedule).toContainText('Hard end 18:10');
  await expect(page.getByLabel('Clock times')).toHaveCount(0);
  await show.advance('02:00'); // 17:12:00
  await show.expectTimers('3:00', '3:00', '58:00');
});

test('on the day but more than 30 minutes early, the plan is anchored at Start', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(new Date('2025-06-19T16:29:00+02:00'));
  await expect(show.statusMeta).toContainText('Anchored at Start');
  await show.expectTimers('5:00', '5:00', '60:00');
});
