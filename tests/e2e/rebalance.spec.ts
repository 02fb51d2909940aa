import { expect, test, type Page } from '@playwright/test';

const at = (time: string) => new Date(`2025-06-19T${time}+02:00`);
const MIN = 60_000;

function consolePage(page: Page) {
  return {
    turn: page.getByRole('timer', { name: 'Turn time' }),
    session: page.getByRole('timer', { name: 'Session time' }),
    speaker: page.getByRole('region', { name: 'Current speaker' }),
    standing: page.getByRole('region', { name: 'Where we stand' }),
    offer: page.getByRole('region', { name: /proposed fix|proposed use/ }),
    queue: page.getByRole('region', { name: 'Up next' }),
    clock: page.clock,
  };
}

test('a late start and an overrun: the console offers a rebalance, R accepts it, the session ends at 18:00, undo restores', async ({
  page,
}) => {
  await page.clock.install({ time: at('17:03:00') });
  await page.clock.pauseAt(at('17:04:00'));
  await page.goto('/');
  const c = consolePage(page);
  await expect(c.turn).toHaveText('5:00');

  // On the day, near 17:00, the run keeps the scheduled hard end: a 4-minute late start shows at once.
  await expect(page.getByText('Scheduled: 17:00–18:00')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(c.session).toHaveText('56:00');
  await expect(c.standing).toContainText('Projected end 18:04');
  await expect(c.standing).toContainText('4:00 over');
  await expect(c.offer).toContainText('Runs 4:00 over the hard end');

  await c.clock.runFor(5 * MIN);
  await page.keyboard.press('n'); // 17:09, Arunatilaka on question 1
  await expect(c.speaker).toContainText('H.E. Himalee Arunatilaka');
  await c.clock.runFor(8 * MIN); // two minutes over her six
  await expect(c.turn).toHaveText('+2:00');
  await expect(c.standing).toContainText('6:00 over');
  await expect(c.standing).toContainText('Projected end 18:06');
  await page.keyboard.press('n'); // 17:17

  // The preview lists every affected turn, old → new, before anything changes.
  await expect(c.offer).toContainText('Runs 6:00 over the hard end');
  await expect(c.offer.getByRole('listitem')).toHaveText(['Questions from the floor 15:00 → 9:00']);
  const floorInQueue = c.queue.getByRole('listitem').filter({ hasText: 'The floor' });
  await expect(floorInQueue).toContainText('15:00');

  await page.screenshot({ path: 'test-results/screenshots/rebalance-offer-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screenshots/rebalance-offer-1920.png' });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.keyboard.press('r');
  await expect(c.offer).toHaveCount(0);
  await expect(floorInQueue).toContainText('9:00');
  await expect(c.standing).toContainText('0:00 spare');
  await expect(c.standing).toContainText('Projected end 18:00');
  // The turn that is running never changes.
  await expect(c.turn).toHaveText('6:00');

  // Undo reverts the rebalance as one event; R takes it again.
  await page.keyboard.press('z');
  await expect(floorInQueue).toContainText('15:00');
  await expect(c.offer).toContainText('Runs 6:00 over the hard end');
  await page.getByRole('button', { name: /^Accept rebalance/ }).click();
  await expect(floorInQueue).toContainText('9:00');

  // The rest runs as allotted and the session ends at the hard end.
  for (const minutes of [6, 4, 4, 4, 5, 4, 4, 9, 3]) {
    await c.clock.runFor(minutes * MIN);
    await expect(c.turn).toHaveText('0:00');
    await page.keyboard.press('n');
  }
  await expect(c.speaker).toContainText('Session ended');
  await expect(c.session).toHaveText('0:00');
  await expect(page.locator('.time-of-day')).toHaveText(/18:00:0[01]$/);
});
