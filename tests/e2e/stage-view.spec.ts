import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from './support/axe';

const at = (time: string) => new Date(`2025-06-19T${time}+02:00`);

const turnTime = (page: Page) => page.getByRole('timer', { name: 'Turn time' });
const stageWord = (page: Page) => page.getByRole('status').filter({ hasText: /./ }).last();

async function expectInStep(console: Page, stage: Page) {
  const shown = await turnTime(console).textContent();
  await expect(turnTime(stage)).toHaveText(shown!);
}

test('the speaker view follows the console second by second, with signal words, messages, a reload and a lost console', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: at('16:59:00') });
  await page.clock.pauseAt(at('17:00:00'));
  await page.goto('/');
  await expect(turnTime(page)).toHaveText('5:00');

  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open speaker view' }).click();
  const stage = await opened;
  await stage.waitForLoadState();
  await expect(stage.getByRole('region', { name: 'Current speaker' })).toHaveText('Hana Salama');
  await expect(stageWord(stage)).toContainText('Waiting for the start');
  await expectNoSeriousAxeViolations(stage, 'stage, ready');

  await page.keyboard.press('Space');
  await expect(turnTime(stage)).toHaveText('5:00');
  for (const step of [1000, 999, 1, 58_000, 123_456]) {
    await page.clock.runFor(step);
    await expectInStep(page, stage);
  }
  await expect(stageWord(stage)).toContainText('Speaking');
  await expectNoSeriousAxeViolations(stage, 'stage, speaking');

  // 5:00 turn: 3:03.456 gone so far. Wrap up at 1:00 left, final at 0:15, then over time.
  await page.clock.runFor(4 * 60_000 - 183_456);
  await expect(turnTime(stage)).toHaveText('1:00');
  await expect(stageWord(stage)).toContainText('Wrap up');
  await expectNoSeriousAxeViolations(stage, 'stage, wrap up');
  await page.clock.runFor(45_000);
  await expect(turnTime(stage)).toHaveText('0:15');
  await expect(stageWord(stage)).toContainText('Final seconds');
  await expectNoSeriousAxeViolations(stage, 'stage, final');
  await page.clock.runFor(20_000);
  await expect(turnTime(stage)).toHaveText('+0:05');
  await expectInStep(page, stage);
  await expect(stageWord(stage)).toContainText('Over time');
  await expectNoSeriousAxeViolations(stage, 'stage, over time');
  await stage.setViewportSize({ width: 1920, height: 1080 });
  await stage.screenshot({ path: 'test-results/screenshots/stage-over-1920.png' });

  // A message from the console shows until cleared.
  await page.keyboard.press('m');
  await page.getByRole('dialog', { name: 'Message to the speaker' }).getByRole('button', { name: 'Please wrap up' }).click();
  await expect(stage.getByRole('alert')).toHaveText('Please wrap up');
  await stage.screenshot({ path: 'test-results/screenshots/stage-message-1920.png' });
  await page.keyboard.press('Escape');
  await expect(stage.getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('m');
  await page.getByRole('textbox', { name: 'Message' }).fill('Two questions from the floor, then close');
  await page.keyboard.press('Enter');
  await expect(stage.getByRole('alert')).toHaveText('Two questions from the floor, then close');

  // A stage view that reloads mid-turn shows the right time at once.
  await page.keyboard.press('n');
  await page.clock.runFor(95_000);
  await stage.reload();
  await expect(turnTime(stage)).toHaveText('4:25');
  await expect(stage.getByRole('region', { name: 'Current speaker' })).toHaveText('H.E. Himalee Arunatilaka');
  await expectInStep(page, stage);

  // The console goes: the stage view says so instead of showing a time that may be wrong.
  await page.close();
  await stage.clock.runFor(5000);
  await expect(stageWord(stage)).toContainText('Lost the console');
  await expect(turnTime(stage)).toHaveCount(0);
  await expectNoSeriousAxeViolations(stage, 'stage, lost');
});

test('a second console tab shows who is in control, takes over, and no run event is lost or doubled', async ({ page, context }) => {
  await page.clock.install({ time: at('16:59:00') });
  await page.clock.pauseAt(at('17:00:00'));
  await page.goto('/');
  await expect(turnTime(page)).toHaveText('5:00');
  await page.keyboard.press('Space');
  await page.clock.runFor(60_000);
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Current speaker' })).toContainText('H.E. Himalee Arunatilaka');

  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByText('Another window is in control of this run.')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await expect(turnTime(second)).toHaveText((await turnTime(page).textContent()) ?? '');
  // Keys in the following window change nothing.
  await second.keyboard.press('n');
  await expect(second.getByRole('region', { name: 'Current speaker' })).toContainText('H.E. Himalee Arunatilaka');

  await second.getByRole('button', { name: 'Take over' }).click();
  await expect(second.getByText('Another window is in control of this run.')).toHaveCount(0);
  await expect(page.getByText('Another window is in control of this run.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();

  await second.clock.runFor(30_000);
  await second.keyboard.press('n');
  await expect(second.getByRole('region', { name: 'Current speaker' })).toContainText('H.E. Papa Maguèye Diop');
  await expect(page.getByRole('region', { name: 'Current speaker' })).toContainText('H.E. Papa Maguèye Diop');

  const log = await second.evaluate(() =>
    JSON.parse(localStorage.getItem('run-of-show') ?? '{}').state.log.map((e: { type: string }) => e.type),
  );
  expect(log).toEqual(['sessionStarted', 'turnAdvanced', 'turnAdvanced']);

  // The first window can take control back.
  await page.getByRole('button', { name: 'Take over' }).click();
  await expect(page.getByText('Another window is in control of this run.')).toHaveCount(0);
  await expect(second.getByText('Another window is in control of this run.')).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('region', { name: 'Current speaker' }))
    .toContainText('H.E. Papa Maguèye Diop', { timeout: 1 })
    .catch(() => {});
  await expect(second.getByRole('region', { name: 'Current speaker' })).toContainText('H.E. Papa Maguèye Diop');
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('run-of-show') ?? '{}').state.log.length);
  expect(after).toBe(4);
});
