import { expect, test } from '@playwright/test';
import { ARUNATILAKA, ConsolePage, DIOP, SALAMA, SEED_START, SEED_TITLE } from './console-page';
import { NOTE, OPENING, openTheRecord, Q1, Q2, savedLogLength } from './record-journey';
import { expectNoSeriousAxeViolations } from './support/axe';

/*
 * The record, part 1 of 5: the rapporteur follows the seed panel live from 17:00 to 17:19:25 in a
 * window of its own, and notes turn 2 while the panel runs. The clock moves tick by tick here.
 */
test('the rapporteur keeps the record of the seed panel live and notes a turn while the panel runs', async ({ page, context }) => {
  const show = new ConsolePage(page);
  await show.open(SEED_START);

  const log = await openTheRecord(show, context);
  await expect(log.page.getByText('The run has not started yet.')).toBeVisible();
  await expect(log.source).toContainText('Live: follows the console');
  await expect(log.page.getByText(SEED_TITLE)).toBeVisible();

  // 17:00:00 Start; 17:05:00 Next.
  await show.press('Space');
  await show.expectState('Speaking');
  await expect(log.row(1)).toBeVisible();
  // Held at the agenda's date and time: the header has nothing to add.
  await expect(log.page.getByText(/This run was held/)).toHaveCount(0);
  await log.expectRow(1, ['1', OPENING, `${SALAMA} · speaking now`, '5:00', '0:00', '', '17:00:00', '', '', '']);
  await show.advance('05:00');
  await show.press('n');
  await show.expectSpeaker(ARUNATILAKA);
  await log.expectRow(1, ['1', OPENING, SALAMA, '5:00', '5:00', '0:00', '17:00:00', '17:05:00', '', '']);

  // Arunatilaka: 2:00, the moderator interjects for 0:30, 1:00, a pause of 0:45, then 2:50 more.
  await show.advance('02:00');
  await show.press('i');
  await show.expectState('Moderator interjecting');
  await show.advance('00:30');
  await show.press('i');
  await show.advance('01:00');
  await show.press('Space');
  await show.expectState('Paused');
  await show.advance('00:45');
  await show.press('Space');
  await show.advance('02:50');
  // 17:12:05, ten seconds left: a message to the speaker.
  await show.expectState('Final seconds');
  await show.press('m');
  await page.getByRole('dialog', { name: 'Message to the speaker' }).getByRole('button', { name: 'Please wrap up' }).click();
  // 17:12:25, ten seconds over.
  await show.advance('00:20');
  await show.expectState('Over time');
  await show.expectTimers('+0:10', '5:20', '47:35');
  // Live, while the turn goes on: pauses and the interjection are not charged to her.
  await log.expectRow(2, ['2', Q1, `${ARUNATILAKA} · speaking now`, '6:00', '6:10', '+0:10', '17:05:00', '', '0:30', 'Please wrap up']);
  await expectNoSeriousAxeViolations(log.page, 'record, live');

  // 17:12:55 Next, 40 seconds late.
  await show.advance('00:30');
  await show.press('n');
  await show.expectSpeaker(DIOP);
  await log.expectRow(2, ['2', Q1, ARUNATILAKA, '6:00', '6:40', '+0:40', '17:05:00', '17:12:55', '0:30', 'Please wrap up']);
  await log.expectRow(3, ['3', Q1, `${DIOP} · speaking now`, '6:00', '0:00', '', '17:12:55', '', '', '']);

  // 17:18:25 Next; 17:19:25 Diop is a minute into his second turn.
  await show.advance('05:30');
  await show.press('n');
  await show.advance('01:00');
  await show.expectSpeaker(DIOP);
  await log.expectRow(3, ['3', Q1, DIOP, '6:00', '5:30', '−0:30', '17:12:55', '17:18:25', '', '']);
  await log.expectRow(4, ['4', Q2, `${DIOP} · speaking now`, '4:00', '1:00', '', '17:18:25', '', '', '']);
  await show.expectState('Speaking');
  await show.expectTimers('3:00', '11:00', '40:35');
  const logLength = await savedLogLength(page);

  // A note on turn 2, typed while the panel runs: its letters (n, m, i, space) are not the console's keys.
  await log.noteField(2).click();
  await log.page.keyboard.type(NOTE);
  await log.page.keyboard.press('Enter');
  await expect(log.noteField(2)).toHaveValue(NOTE);
  // Keys pressed in the record with nothing focused do nothing either.
  await log.heading.click();
  for (const key of ['n', 'i', 'm', 'Space', 'z', '+', 'g']) await log.page.keyboard.press(key);
  await show.expectSpeaker(DIOP);
  await show.expectState('Speaking');
  await show.expectTimers('3:00', '11:00', '40:35');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await savedLogLength(page)).toBe(logLength);
  await expect(log.page.getByRole('dialog')).toHaveCount(0);
  // The note is kept in the rapporteur's own log, apart from the run, stamped at 17:19:25: the clock
  // stood still while it was typed (axe runs on real timers of its own and does not move it).
  const savedRecord = await log.page.evaluate(() => localStorage.getItem('run-of-show:record'));
  const noteAt = SEED_START.getTime() + 19 * 60_000 + 25_000;
  expect(JSON.parse(savedRecord!)).toEqual({
    [`run-${SEED_START.getTime()}`]: [{ type: 'noteSet', at: noteAt, turnId: 'round-1#0', text: NOTE }],
  });
});
