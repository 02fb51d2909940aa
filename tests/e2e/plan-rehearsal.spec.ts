import { expect, test } from '@playwright/test';
import { ARUNATILAKA, ConsolePage, DIOP, MUNRO, SALAMA, SEED_TITLE } from './console-page';
import { pauseClockAt, screenshot } from './plan-journey';
import { PlanPage } from './plan-page';
import { expectNoSeriousAxeViolations } from './support/axe';

// page.route cannot see requests a service worker answers; the offline worker is not under test here.
test.use({ serviceWorkers: 'block' });

/** The simulated time each turn of the seed panel takes in the rehearsal, in whole seconds. */
const REHEARSED = [
  { speaker: SALAMA, planned: 300, actual: 330 },
  { speaker: ARUNATILAKA, planned: 360, actual: 363 },
  { speaker: DIOP, planned: 360, actual: 342 },
  { speaker: DIOP, planned: 240, actual: 252 },
  { speaker: ARUNATILAKA, planned: 240, actual: 228 },
  { speaker: MUNRO, planned: 240, actual: 270 },
  { speaker: MUNRO, planned: 300, actual: 306 },
  { speaker: ARUNATILAKA, planned: 240, actual: 261 },
  { speaker: DIOP, planned: 240, actual: 237 },
  { speaker: 'The floor', planned: 900, actual: 720 },
  { speaker: SALAMA, planned: 180, actual: 165 },
] as const;

const mmss = (seconds: number) => `${Math.floor(Math.abs(seconds) / 60)}:${String(Math.abs(seconds) % 60).padStart(2, '0')}`;
/** The turn clock after `actual` of `planned` seconds: the time left, or the time over with a plus. */
const turnClock = (planned: number, actual: number) => (actual > planned ? `+${mmss(actual - planned)}` : mmss(planned - actual));
test('the organizer rehearses the seed panel at 60× and finds the simulated timings next to the plan', async ({ page, context }) => {
  await pauseClockAt(page, '2025-06-12T10:00:00');
  const plan = new PlanPage(page);
  await plan.open();
  await expect(plan.rehearsals).toContainText('No rehearsal of this plan yet.');
  await expectNoSeriousAxeViolations(page, 'plan view, seed panel');
  await screenshot(page, 'plan-1366x768', { width: 1366, height: 768 });
  await screenshot(page, 'plan-1920x1080', { width: 1920, height: 1080 });
  await screenshot(page, 'plan-segments-1366x768', { width: 1366, height: 768 }, plan.segments);

  const opening = context.waitForEvent('page');
  await plan.button('Rehearse').click();
  const rehearsal = await opening;
  const console = new ConsolePage(rehearsal);
  await expect(console.turnTime).toHaveText('5:00');
  const banner = rehearsal.getByRole('status').filter({ hasText: 'Rehearsal at' });
  await expect(banner).toHaveText(/^Rehearsal at 1× on a simulated clock/);
  await rehearsal.getByLabel('Speed').selectOption({ label: '60×' });
  await expect(banner).toContainText('Rehearsal at 60× on a simulated clock. The live run is not touched.');
  await expect(rehearsal).toHaveTitle(/Rehearsal/);
  // Out of the speed list, as a mouse would, so the keys reach the console.
  await console.title.click();
  await rehearsal.keyboard.press('Space');
  await console.expectSpeaker(SALAMA);
  await console.expectState('Speaking');

  // The rehearsal's speaker view says it is a rehearsal, and keeps the simulated time.
  const stageOpening = context.waitForEvent('page');
  await console.button('Open speaker view').click();
  const stage = await stageOpening;
  await expect(stage.getByText('Rehearsal · 60×')).toBeVisible();
  await expect(stage).toHaveTitle(/Rehearsal/);
  await expect(stage.getByRole('timer', { name: 'Turn time' })).toHaveText('5:00');
  await rehearsal.clock.runFor(1000);
  await expect(console.turnTime).toHaveText('4:00');
  await expect(stage.getByRole('timer', { name: 'Turn time' })).toHaveText('4:00');

  // Every turn a known number of simulated seconds: a second of the page's clock is a simulated
  // minute at 60×. Having seen it tick above, the clock now jumps to each turn's end (a tick per
  // simulated second in three windows would cost more than the whole rest of the test).
  for (const [i, turn] of REHEARSED.entries()) {
    await console.expectSpeaker(turn.speaker);
    const done = i === 0 ? 60 : 0;
    await console.jump(((turn.actual - done) * 1000) / 60);
    await expect(console.turnTime).toHaveText(turnClock(turn.planned, turn.actual));
    await rehearsal.keyboard.press('n');
  }
  await console.expectSpeaker('Session ended');

  // Kept as a rehearsal, apart from the live run's record, which stays empty.
  const kept = await rehearsal.evaluate(() => ({
    live: localStorage.getItem('run-of-show'),
    archive: JSON.parse(localStorage.getItem('run-of-show:archive') ?? '[]') as { kind: string; title: string }[],
  }));
  expect((JSON.parse(kept.live ?? '{}') as { state?: { log?: unknown[] } }).state?.log ?? []).toEqual([]);
  expect(kept.archive.map((r) => [r.kind, r.title])).toEqual([['rehearsal', SEED_TITLE]]);

  // Back in the plan view: a rehearsal column, its figures the ones driven above.
  await page.reload();
  const table = plan.rehearsals.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Segment', 'Speaker', 'Planned', 'Rehearsal 1 (10:00)']);
  const segments = [
    ['Welcome, framing and introduction of the panel', 0, 1],
    ['Question 1: steps taken by States', 1, 3],
    ['Question 2: national and regional contexts', 3, 6],
    ['Question 3: integrating WPS principles in mine action', 6, 9],
    ['Questions from the floor', 9, 10],
    ['Closing remarks', 10, 11],
  ] as const;
  const sum = (from: number, to: number, key: 'planned' | 'actual') => REHEARSED.slice(from, to).reduce((a, t) => a + t[key], 0);
  const expected = segments.flatMap(([title, from, to]) => [
    [title, mmss(sum(from, to, 'planned')), mmss(sum(from, to, 'actual'))],
    ...REHEARSED.slice(from, to).map((t) => ['', t.speaker, mmss(t.planned), mmss(t.actual)]),
  ]);
  expected.push(['Total', '60:00', mmss(sum(0, REHEARSED.length, 'actual'))]);
  await expect
    .poll(() =>
      table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? ''))),
    )
    .toEqual(expected);
  // Spot checks in words, so a slip in the arithmetic above cannot hide one in the table.
  expect(expected[1]).toEqual(['', SALAMA, '5:00', '5:30']);
  expect(expected.at(-1)).toEqual(['Total', '60:00', '57:54']);
  await expectNoSeriousAxeViolations(page, 'plan view with a rehearsal');
  await screenshot(page, 'plan-rehearsals-1366x768', { width: 1366, height: 768 }, plan.rehearsals);
});
