import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { validateAgenda } from '../../src/domain/validate-agenda';
import { SEED_TITLE } from './console-page';
import { expectFiresideOnScreen, FIRESIDE, KWAME, pauseClockAt, QUESTION, screenshot, SOFIA } from './plan-journey';
import { PlanPage } from './plan-page';
import { expectNoSeriousAxeViolations } from './support/axe';

// page.route cannot see requests a service worker answers; the offline worker is not under test here.
test.use({ serviceWorkers: 'block' });

test('an organizer builds a 30-minute fireside chat from an empty plan by keyboard and by mouse and downloads it', async ({
  page,
}, testInfo) => {
  await pauseClockAt(page, '2025-09-01T09:00:00');
  const plan = new PlanPage(page);
  await plan.open();
  await plan.expectFit('0:00 spare', '60:00', '60:00');
  await expect(plan.session.getByLabel('Title', { exact: true })).toHaveValue(SEED_TITLE);

  let asked = '';
  page.once('dialog', (dialog) => {
    asked = `${dialog.type()}: ${dialog.message()}`;
    void dialog.accept();
  });
  await plan.button('New empty plan').click();
  expect(asked).toBe('confirm: Start a new empty plan? Undo brings this one back.');
  await plan.expectFit('60:00 spare', '0:00', '60:00');
  await expect(plan.session.getByLabel('Title', { exact: true })).toHaveValue('');
  await expect(plan.session.getByLabel('Date', { exact: true })).toHaveValue('2025-09-01');
  await expect(plan.people.getByRole('listitem')).toHaveCount(0);
  await expect(plan.segments.getByRole('listitem')).toHaveCount(0);

  // The session: typed with Tab between the fields; the date and times set as a picker would.
  await plan.session.getByLabel('Title', { exact: true }).click();
  await page.keyboard.type(FIRESIDE.title);
  await page.keyboard.press('Tab');
  await expect(plan.session.getByLabel('Event', { exact: true })).toBeFocused();
  await page.keyboard.type(FIRESIDE.event);
  await plan.session.getByLabel('Date', { exact: true }).fill('2025-09-15');
  await plan.session.getByLabel('Start', { exact: true }).fill('10:00');
  await plan.session.getByLabel('End (hard end)', { exact: true }).fill('10:30');
  await plan.expectFit('30:00 spare', '0:00', '30:00');
  await plan.session.getByLabel('Venue', { exact: true }).click();
  await page.keyboard.type(FIRESIDE.venue);

  // The guest, by keyboard: Enter on Add person, type, Tab along the row, the role by its initial.
  await plan.button('Add person').focus();
  await page.keyboard.press('Enter');
  const guest = plan.person(1);
  await expect(guest.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type(KWAME);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dr');
  await page.keyboard.press('Tab');
  // The first person is offered as the moderator.
  await expect(guest.getByLabel('Role', { exact: true })).toBeFocused();
  await expect(guest.getByLabel('Role', { exact: true })).toHaveValue('moderator');
  await page.keyboard.press('p');
  await expect(guest.getByLabel('Role', { exact: true })).toHaveValue('panelist');
  await page.keyboard.press('Tab');
  await page.keyboard.type(FIRESIDE.people[0]!.position);
  await expect(guest.getByLabel('Honorific', { exact: true })).toHaveValue('Dr');

  // The moderator, by mouse: once no one else moderates, a new person is offered as moderator; picked anyway.
  await plan.button('Add person').click();
  const moderator = plan.person(2);
  const moderatorName = moderator.getByLabel('Name', { exact: true });
  await expect(moderatorName).toBeFocused();
  await page.keyboard.type(SOFIA);
  await expect(moderator.getByLabel('Role', { exact: true })).toHaveValue('moderator');
  await moderator.getByLabel('Role', { exact: true }).selectOption({ label: 'Moderator' });
  await moderator.getByLabel('Position', { exact: true }).fill('Senior Researcher');
  await moderator.getByLabel('Organisation', { exact: true }).click();
  await page.keyboard.type('UNIDIR');
  await expect(moderator.getByLabel('Organisation', { exact: true })).toHaveValue('UNIDIR');

  // A name cleared: the loader's message shows next to that field, and goes once it is fixed.
  await moderatorName.press('ControlOrMeta+a');
  await moderatorName.press('Backspace');
  await expect(moderatorName).toHaveAttribute('aria-invalid', 'true');
  await expect(moderator.locator('.field-error')).toHaveText('people[1].name: must not be empty.');
  await expect(moderatorName).toHaveAccessibleDescription('people[1].name: must not be empty.');
  await expect(plan.button('Remove person 2')).toBeVisible();
  await expect(plan.person(1).locator('.field-error')).toHaveCount(0);
  await page.keyboard.type(SOFIA);
  await expect(moderatorName).toHaveAttribute('aria-invalid', 'false');
  await expect(moderator.locator('.field-error')).toHaveCount(0);
  await expect(moderatorName).toHaveAccessibleDescription('');

  // The guiding question.
  await plan.button('Add question').click();
  await expect(plan.questions.getByLabel('Question 1', { exact: true })).toBeFocused();
  await page.keyboard.type(QUESTION);

  // The opening, by mouse: a segment with the moderator's turn.
  await plan.button('Add segment with turns').click();
  await expect(plan.segment(1).getByLabel('Segment title', { exact: true })).toBeFocused();
  await page.keyboard.type('Opening');
  await plan.button('Add turn: Opening').click();
  await expect(plan.speaker(1, 1)).toBeFocused();
  await expect(plan.speaker(1, 1)).toHaveValue('person-1');
  await plan.speaker(1, 1).selectOption({ label: SOFIA });
  await plan.expectFit('25:00 spare', '5:00', '30:00');

  // The open block for questions from the floor, by mouse: ten flexible minutes to start with.
  await plan.button('Add open block (questions from the floor)').click();
  await expect(plan.segment(2).getByLabel('Segment title', { exact: true })).toBeFocused();
  await page.keyboard.type('Questions from the floor');
  await expect(plan.segment(2).getByLabel('Block minutes', { exact: true })).toHaveValue('10');
  await expect(plan.segment(2).getByRole('checkbox', { name: /^Flexible/ })).toBeChecked();
  await plan.expectFit('15:00 spare', '15:00', '30:00');

  // The conversation, by keyboard: four turns of five minutes, the last one the moderator's.
  await plan.button('Add segment with turns').focus();
  await page.keyboard.press('Enter');
  await expect(plan.segment(3).getByLabel('Segment title', { exact: true })).toBeFocused();
  await page.keyboard.type('In conversation');
  await page.keyboard.press('Tab');
  await expect(plan.segment(3).getByLabel('About question', { exact: true })).toBeFocused();
  await page.keyboard.press('q');
  await expect(plan.segment(3).getByLabel('About question', { exact: true })).toHaveValue('q1');
  for (let t = 1; t <= 4; t++) {
    await plan.button('Add turn: In conversation').press('Enter');
    await expect(plan.speaker(3, t)).toBeFocused();
  }
  await page.keyboard.press('s');
  await expect(plan.speaker(3, 4)).toHaveValue('person-2');
  await plan.expectFit('5:00 over', '35:00', '30:00');
  await expect(page.getByText('The segments add up to 35 minutes, more than the 30-minute slot.')).toBeVisible();

  // Alt+↑ twice brings the moderator's turn up to second place; the focus goes with it.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(plan.speaker(3, 3)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(plan.speaker(3, 2)).toBeFocused();
  await expect.poll(() => plan.speakersOf(3)).toEqual([KWAME, SOFIA, KWAME, KWAME]);

  // The conversation dragged above the open block, with the mouse.
  await plan.segment(3).dragTo(plan.segment(2), { sourcePosition: { x: 4, y: 4 }, targetPosition: { x: 4, y: 4 } });
  await expect(plan.segment(2).getByLabel('Segment title', { exact: true })).toHaveValue('In conversation');
  await expect(plan.segment(3).getByLabel('Segment title', { exact: true })).toHaveValue('Questions from the floor');
  await plan.expectClockTimes(1, '10:00', ['10:00']);
  await plan.expectClockTimes(2, '10:05', ['10:05', '10:10', '10:15', '10:20']);
  await plan.expectClockTimes(3, '10:25', []);

  // One turn too many, removed with the mouse: now it fits, to the second.
  await plan.button('Remove turn 4 of segment 2').click();
  await plan.expectFit('0:00 spare', '30:00', '30:00');

  // Minutes typed: a shorter opening, a long first answer, a short follow-up, a long second answer.
  const typeMinutes = async (s: number, t: number, minutes: string) => {
    await plan.minutes(s, t).press('ControlOrMeta+a');
    await page.keyboard.type(minutes);
  };
  await typeMinutes(1, 1, '3');
  await plan.expectFit('2:00 spare', '28:00', '30:00');
  await typeMinutes(2, 1, '7');
  await plan.expectFit('0:00 spare', '30:00', '30:00');
  await typeMinutes(2, 2, '2');
  await plan.expectFit('3:00 spare', '27:00', '30:00');
  await typeMinutes(2, 3, '7');
  await plan.expectFit('1:00 spare', '29:00', '30:00');
  // The open block's minutes, set with the mouse: over, then exactly the slot.
  await plan.segment(3).getByLabel('Block minutes', { exact: true }).fill('12');
  await plan.expectFit('1:00 over', '31:00', '30:00');
  await plan.segment(3).getByLabel('Block minutes', { exact: true }).fill('11');
  await plan.expectFit('0:00 spare', '30:00', '30:00');
  await plan.expectClockTimes(1, '10:00', ['10:00']);
  await plan.expectClockTimes(2, '10:03', ['10:03', '10:10', '10:12']);
  await plan.expectClockTimes(3, '10:19', []);

  // A turn dragged down by mouse; Undo and Redo by button and by keys.
  await plan.turn(2, 2).dragTo(plan.turn(2, 3), { sourcePosition: { x: 4, y: 4 } });
  await expect.poll(() => plan.speakersOf(2)).toEqual([KWAME, KWAME, SOFIA]);
  await plan.expectClockTimes(2, '10:03', ['10:03', '10:10', '10:17']);
  await plan.button('Undo').click();
  await expect.poll(() => plan.speakersOf(2)).toEqual([KWAME, SOFIA, KWAME]);
  await expect(plan.button('Redo')).toBeEnabled();
  await plan.button('Redo').click();
  await expect.poll(() => plan.speakersOf(2)).toEqual([KWAME, KWAME, SOFIA]);
  await expect(plan.button('Redo')).toBeDisabled();
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => plan.speakersOf(2)).toEqual([KWAME, SOFIA, KWAME]);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect.poll(() => plan.speakersOf(2)).toEqual([KWAME, KWAME, SOFIA]);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => plan.speakersOf(2)).toEqual([KWAME, SOFIA, KWAME]);
  await plan.expectClockTimes(2, '10:03', ['10:03', '10:10', '10:12']);

  await expectFiresideOnScreen(plan);
  await expectNoSeriousAxeViolations(page, 'plan view, fireside chat');
  await screenshot(page, 'plan-fireside-1366x768', { width: 1366, height: 768 }, plan.segments);

  // Downloaded: the file is the draft as the browser keeps it, and a valid agenda with no warning.
  const downloading = page.waitForEvent('download');
  await plan.button('Download agenda').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('fireside-chat-mine-action-after-the-guns-fall-silent.json');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toEqual(FIRESIDE);
  expect(JSON.stringify(JSON.parse(text))).toBe(await plan.storedDraft());
  expect(validateAgenda(JSON.parse(text))).toEqual({ ok: true, value: { agenda: FIRESIDE, warnings: [] } });
});
