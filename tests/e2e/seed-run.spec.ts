import { expect, test } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { ARUNATILAKA, ConsolePage, DIOP, MUNRO, repoPath, SALAMA, SEED_START } from './console-page';

const shots = (name: string) => repoPath(`test-results/screenshots/${name}.png`);
const FULL_HD = { width: 1920, height: 1080 };

/*
 * The whole seed panel, 17:00–18:00 on 19 June 2025 (so the run keeps the agenda's clock times
 * and Session time counts to 18:00). Every expected time is worked out by hand from the plan:
 * opening 5, round 1 (6 + 6), round 2 (4 + 4 + 4), round 3 (5 + 4 + 4), the floor 15, closing 3.
 * The comment before each step gives the clock time of day.
 */
test('the moderator runs the seed panel from 17:00 to the end', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(SEED_START);

  // 17:00:00, before the start: the first turn is shown, nothing runs.
  await show.expectSpeaker(SALAMA);
  await show.expectState('Ready to start');
  await show.expectTimers('5:00', '5:00', '60:00');
  await expect(show.startButton).toBeEnabled();
  await expect(show.nextButton).toBeDisabled();
  await expect(show.statusMeta).toContainText('Scheduled: 17:00–18:00');

  // Space starts, as the button does; the Undo button takes the start back.
  await show.press('Space');
  await expect(show.pauseButton).toBeVisible();
  await show.expectState('Speaking');
  await show.undoButton.click();
  await expect(show.startButton).toBeVisible();
  await show.expectState('Ready to start');
  await show.startButton.click();
  await expect(show.pauseButton).toBeVisible();
  await show.expectSpeaker(SALAMA);
  await show.expectTimers('5:00', '5:00', '60:00');

  // 17:01:30
  await show.advance('01:30');
  await show.expectTimers('3:30', '3:30', '58:30');

  // A pause: turn and segment freeze, the session clock runs on.
  await show.pauseButton.click();
  await show.expectState('Paused');
  await expect(show.resumeButton).toBeVisible();
  await show.advance('00:45'); // 17:02:15
  await show.expectTimers('3:30', '3:30', '57:45');

  // Space resumes, even with the Resume button focused, and presses nothing else.
  await expect(show.resumeButton).toBeFocused();
  await show.press('Space');
  await expect(show.pauseButton).toBeVisible();
  await show.expectState('Speaking');
  await show.expectSpeaker(SALAMA);

  // 17:04:45: one minute left, the wrap-up signal.
  await show.advance('02:30');
  await show.expectTimers('1:00', '1:00', '55:15');
  await show.expectState('Wrap up');

  // 17:05:45: the turn is used up.
  await show.advance('01:00');
  await show.expectTimers('0:00', '0:00', '54:15');
  await show.expectState('Final seconds');

  // 17:05:57: twelve seconds over. The pause (0:45) and the overrun (0:12) put the panel behind.
  await show.advance('00:12');
  await show.expectTimers('+0:12', '+0:12', '54:03');
  await show.expectState('Over time');
  await expect(show.schedule).toContainText('0:57 behind');
  await show.expectFitsWindow();
  await show.screenshot(shots('over-time-1366x768'));
  await show.screenshot(shots('over-time-1920x1080'), FULL_HD);

  // Next by button: round 1, question 1.
  await show.nextButton.click();
  await show.expectSpeaker(ARUNATILAKA);
  await show.expectState('Speaking');
  await show.expectTimers('6:00', '12:00', '54:03');
  await expect(show.question).toContainText('2/6 · Question 1: steps taken by States');
  await expect(show.question).toContainText('What concrete steps has your State taken');

  // 17:07:57, mid-turn.
  await show.advance('02:00');
  await show.expectTimers('4:00', '10:00', '52:03');
  await show.expectFitsWindow();
  await show.screenshot(shots('mid-turn-1366x768'));
  await show.screenshot(shots('mid-turn-1920x1080'), FULL_HD);
  mkdirSync(repoPath('docs'), { recursive: true });
  copyFileSync(shots('mid-turn-1366x768'), repoPath('docs/console.png'));

  // The help overlay over the running console.
  await show.press('?');
  await expect(show.helpDialog).toBeVisible();
  await show.screenshot(shots('help-1366x768'));
  await show.screenshot(shots('help-1920x1080'), FULL_HD);
  await show.press('Escape');
  await expect(show.helpDialog).toBeHidden();

  // A wrong press of → gives the floor to the next panelist; Z takes it back.
  await show.press('ArrowRight');
  await show.expectSpeaker(DIOP);
  await show.expectTimers('6:00', '10:00', '52:03');
  await show.press('z');
  await show.expectSpeaker(ARUNATILAKA);
  await show.expectTimers('4:00', '10:00', '52:03');

  // An interjection: the speaker's clock stops; the question's time is still spent.
  await show.interjectButton.click();
  await show.expectState('Moderator interjecting');
  await expect(show.endInterjectionButton).toHaveAttribute('aria-pressed', 'true');
  await show.advance('00:20'); // 17:08:17
  await show.expectTimers('4:00', '9:40', '51:43');
  await show.press('i');
  await show.expectState('Speaking');
  await expect(show.interjectButton).toHaveAttribute('aria-pressed', 'false');
  await show.advance('00:10'); // 17:08:27
  await show.expectTimers('3:50', '9:30', '51:33');

  // Thirty seconds more, by button and by +; − takes thirty back; the segment grows with the turn.
  await show.add30Button.click();
  await show.expectTimers('4:20', '10:00', '51:33');
  await show.press('+');
  await show.expectTimers('4:50', '10:30', '51:33');
  await show.press('-');
  await show.expectTimers('4:20', '10:00', '51:33');

  // Next by N. Her turn used 2:30 of the question (2:10 speaking, 0:20 interjection).
  await show.press('n');
  await show.expectSpeaker(DIOP);
  await show.expectTimers('6:00', '10:00', '51:33');

  // 17:14:27: Diop ends on time. Next by button: round 2.
  await show.advance('06:00');
  await show.expectTimers('0:00', '4:00', '45:33');
  await show.nextButton.click();
  await show.expectSpeaker(DIOP);
  await show.expectTimers('4:00', '12:00', '45:33');
  await expect(show.question).toContainText('3/6 · Question 2: national and regional contexts');

  // Skip Jean Munro's round-2 turn from the queue: the question now has 8 minutes.
  await expect(show.queueItems.nth(0)).toContainText(ARUNATILAKA);
  await expect(show.queueItems.nth(1)).toContainText(`${MUNRO}4:00Question 2`);
  await show.skipButton(1, MUNRO).click();
  await show.expectTimers('4:00', '8:00', '45:33');
  await expect(show.queueItems.nth(1)).toContainText(`${MUNRO}5:00Question 3`);
  await expect(show.queueItems).toHaveCount(6);

  // 17:18:27
  await show.advance('04:00');
  await show.expectTimers('0:00', '4:00', '41:33');
  await show.nextButton.click();
  await show.expectSpeaker(ARUNATILAKA);
  await show.expectTimers('4:00', '4:00', '41:33');

  // 17:21:57: she finishes 30 s early; N moves on to round 3.
  await show.advance('03:30');
  await show.expectTimers('0:30', '0:30', '38:03');
  await show.press('n');
  await show.expectSpeaker(MUNRO);
  await show.expectTimers('5:00', '13:00', '38:03');
  await expect(show.question).toContainText('4/6 · Question 3: integrating WPS principles in mine action');
  // Round 3 was planned to end at 17:42; as allotted it now ends at 17:34:57.
  await expect(show.schedule).toContainText('7:03 ahead');

  // Diop will answer before H.E. Himalee Arunatilaka: move her down the queue, then back up and down again.
  await expect(show.queueItems.nth(0)).toContainText(ARUNATILAKA);
  await show.queueItems
    .nth(0)
    .getByRole('button', { name: `Move down: ${ARUNATILAKA}`, exact: true })
    .click();
  await expect(show.queueItems.nth(0)).toContainText(DIOP);
  await expect(show.queueItems.nth(1)).toContainText(ARUNATILAKA);
  await show.queueItems
    .nth(1)
    .getByRole('button', { name: `Move up: ${ARUNATILAKA}`, exact: true })
    .click();
  await expect(show.queueItems.nth(0)).toContainText(ARUNATILAKA);
  await show.queueItems
    .nth(1)
    .getByRole('button', { name: `Move up: ${DIOP}`, exact: true })
    .click();
  await expect(show.queueItems.nth(0)).toContainText(DIOP);

  // 17:26:57, → to the next panelist.
  await show.advance('05:00');
  await show.expectTimers('0:00', '8:00', '33:03');
  await show.press('ArrowRight');
  await show.expectSpeaker(DIOP);
  await show.expectTimers('4:00', '8:00', '33:03');

  // 17:30:57
  await show.advance('04:00');
  await show.nextButton.click();
  await show.expectSpeaker(ARUNATILAKA);
  await show.expectTimers('4:00', '4:00', '29:03');

  // 17:34:57: the floor opens, a 15-minute block held by the floor.
  await show.advance('04:00');
  await show.nextButton.click();
  await show.expectSpeaker('The floor');
  await expect(show.currentSpeaker).toContainText('Questions from the floor');
  await show.expectTimers('15:00', '15:00', '25:03');

  // 17:35:57: someone from the audience is given two minutes; the block's budget is shared.
  await show.advance('01:00');
  await show.expectTimers('14:00', '14:00', '24:03');
  await show.giveFloor('Speaker from the floor', '2', 'Give the floor now');
  await show.expectSpeaker('Speaker from the floor');
  await show.expectTimers('2:00', '14:00', '24:03');
  await expect(show.queueItems.nth(0)).toContainText('The floor14:00Questions from the floor · added live');

  // 17:38:17: twenty seconds over; the floor comes back with what is left of the block.
  await show.advance('02:20');
  await show.expectTimers('+0:20', '11:40', '21:43');
  await show.expectState('Over time');
  await show.nextButton.click();
  await show.expectSpeaker('The floor');
  await show.expectTimers('11:40', '11:40', '21:43');

  // 17:49:57: the block is used up; closing remarks.
  await show.advance('11:40');
  await show.expectTimers('0:00', '0:00', '10:03');
  await show.nextButton.click();
  await show.expectSpeaker(SALAMA);
  await show.expectTimers('3:00', '3:00', '10:03');
  await expect(show.upNext).toContainText('No more turns. Next ends the session.');

  // 17:52:57: the last Next ends the session, seven minutes before the hard end.
  await show.advance('03:00');
  await show.expectTimers('0:00', '0:00', '7:03');
  await show.nextButton.click();
  await show.expectSpeaker('Session ended');
  await expect(show.schedule).toContainText('Session ended');
  await expect(show.sessionTime).toHaveText('7:03');
  await expect(show.button('Start')).toHaveCount(0);
  await expect(show.nextButton).toBeDisabled();
  // The run is archived; New run (after a confirmation) clears the console for another.
  page.once('dialog', (dialog) => void dialog.accept());
  await show.button('New run').click();
  await expect(show.button('Start')).toBeEnabled();
  await show.expectTimers('5:00', '5:00', '60:00');
  const archived = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('run-of-show:archive') ?? '[]').map((r: { id: string; log: unknown[] }) => r.log.length),
  );
  expect(archived.length).toBe(1);
  expect(archived[0]).toBeGreaterThan(20);
});
