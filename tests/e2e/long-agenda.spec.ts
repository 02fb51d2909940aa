import { expect, test } from '@playwright/test';
import { ConsolePage } from './console-page';

/** A day of national statements: 1,000 half-minute turns by 100 delegations, in blocks of 50. */
function statements(): object {
  const people = Array.from({ length: 100 }, (_, i) => ({ id: `state-${i + 1}`, name: `Delegate of State ${i + 1}`, role: 'speaker' }));
  const segments = Array.from({ length: 20 }, (_, b) => ({
    id: `block-${b + 1}`,
    title: `National statements, block ${b + 1}`,
    turns: Array.from({ length: 50 }, (_, i) => ({ speaker: `state-${((b * 50 + i) % 100) + 1}`, minutes: 0.5 })),
  }));
  const agenda = { format: 'run-of-show/agenda@1', title: 'General debate, day 1', date: '2026-11-27', start: '09:00', end: '17:20' };
  return { ...agenda, timeZone: 'Europe/Zurich', venue: 'Plenary hall', people, segments };
}

test('a thousand turns: the queue shows what fits with a count of the rest, and Next moves on', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(new Date('2026-11-26T10:00:00+01:00'));
  await page
    .getByLabel('Load agenda')
    .setInputFiles({ name: 'statements.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(statements())) });
  await expect(show.title).toHaveText('General debate, day 1');
  await expect(show.queueItems).toHaveCount(9);
  await expect(show.upNext).toContainText('999 to come');
  await expect(show.upNext.getByText('and 990 more turns')).toBeVisible();

  await page.keyboard.press('Space');
  await expect(show.turnTime).toHaveText('0:30');
  await show.advance('00:10');
  await expect(show.turnTime).toHaveText('0:20');
  await page.keyboard.press('n');
  await expect(show.speakerName).toHaveText('Delegate of State 2');
  await expect(show.turnTime).toHaveText('0:30');
  await expect(show.queueItems).toHaveCount(9);
  await expect(show.queueItems.first()).toContainText('Delegate of State 3');
  await expect(show.upNext).toContainText('998 to come');
  await expect(show.upNext.getByText('and 989 more turns')).toBeVisible();
  // The page stays the size of a panel's console, not of the agenda.
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(400);
  await page.screenshot({ path: 'test-results/screenshots/long-agenda.png' });
});
