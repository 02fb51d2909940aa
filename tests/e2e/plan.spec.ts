import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { validateAgenda } from '../../src/domain/validate-agenda';
import { ARUNATILAKA, ConsolePage, DIOP, MUNRO, repoPath, SALAMA, SEED_TITLE } from './console-page';
import { PlanPage } from './plan-page';
import { expectNoSeriousAxeViolations } from './support/axe';

// page.route cannot see requests a service worker answers; the offline worker is not under test here.
test.use({ bypassCSP: true, serviceWorkers: 'block' });

/** A wall-clock time at the venue (Europe/Zurich, summer time). */
const at = (local: string) => new Date(`${local}+02:00`);
const shot = (name: string) => repoPath(`test-results/screenshots/${name}.png`);

/** Saves the window at a size, with `part` scrolled to the top when given, then goes back to 1366×768. */
async function screenshot(page: Page, name: string, size: { width: number; height: number }, part?: ReturnType<Page['locator']>) {
  mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
  await page.setViewportSize(size);
  if (part) await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: shot(name) });
  await page.setViewportSize({ width: 1366, height: 768 });
}

const KWAME = 'Kwame Mensah';
const SOFIA = 'Sofía Ramírez';
const QUESTION = 'What does clearance owe to the women who farm the land, and who decides when a field is safe?';

/** The plan the first journey builds, exactly as the downloaded file must hold it. */
const FIRESIDE = {
  format: 'run-of-show/agenda@1',
  title: 'Fireside chat: mine action after the guns fall silent',
  event: 'Intersessional Meetings, September 2025',
  date: '2025-09-15',
  start: '10:00',
  end: '10:30',
  venue: 'Room XVI',
  people: [
    { id: 'person-1', name: KWAME, honorific: 'Dr', role: 'panelist', position: 'Director, National Mine Action Authority' },
    { id: 'person-2', name: SOFIA, role: 'moderator', position: 'Senior Researcher', organization: 'UNIDIR' },
  ],
  questions: [{ id: 'q1', text: QUESTION }],
  segments: [
    { id: 'segment-1', title: 'Opening', turns: [{ speaker: 'person-2', minutes: 3 }] },
    {
      id: 'segment-3',
      title: 'In conversation',
      question: 'q1',
      turns: [
        { speaker: 'person-1', minutes: 7 },
        { speaker: 'person-2', minutes: 2 },
        { speaker: 'person-1', minutes: 7 },
      ],
    },
    { id: 'segment-2', title: 'Questions from the floor', minutes: 11, flex: true },
  ],
};

/** Every field of the fireside chat, as the plan view shows it. */
async function expectFiresideOnScreen(plan: PlanPage) {
  const field = (region: ReturnType<Page['locator']>, label: string) => region.getByLabel(label, { exact: true });
  await expect(field(plan.session, 'Title')).toHaveValue(FIRESIDE.title);
  await expect(field(plan.session, 'Event')).toHaveValue(FIRESIDE.event);
  await expect(field(plan.session, 'Date')).toHaveValue('2025-09-15');
  await expect(field(plan.session, 'Start')).toHaveValue('10:00');
  await expect(field(plan.session, 'End (hard end)')).toHaveValue('10:30');
  await expect(field(plan.session, 'Time zone')).toHaveValue('');
  await expect(field(plan.session, 'Venue')).toHaveValue('Room XVI');
  await expect(plan.people.getByRole('listitem')).toHaveCount(2);
  for (const [i, person] of FIRESIDE.people.entries()) {
    const row = plan.person(i + 1);
    await expect(field(row, 'Name')).toHaveValue(person.name);
    await expect(field(row, 'Honorific')).toHaveValue(person.honorific ?? '');
    await expect(field(row, 'Role')).toHaveValue(person.role);
    await expect(field(row, 'Position')).toHaveValue(person.position ?? '');
    await expect(field(row, 'Organisation')).toHaveValue(person.organization ?? '');
  }
  await expect(plan.questions.getByRole('textbox')).toHaveCount(1);
  await expect(field(plan.questions, 'Question 1')).toHaveValue(QUESTION);
  await expect(plan.segments.getByLabel('Segment title', { exact: true })).toHaveCount(3);
  for (const [i, title] of ['Opening', 'In conversation', 'Questions from the floor'].entries()) {
    await expect(field(plan.segment(i + 1), 'Segment title')).toHaveValue(title);
  }
  await expect(field(plan.segment(2), 'About question')).toHaveValue('q1');
  await expect(field(plan.segment(3), 'Block minutes')).toHaveValue('11');
  await expect(plan.segment(3).getByRole('checkbox', { name: /^Flexible/ })).toBeChecked();
  await expect(plan.segment(1).getByRole('checkbox', { name: /^Flexible/ })).not.toBeChecked();
  await expect.poll(() => plan.speakersOf(1)).toEqual([SOFIA]);
  await expect.poll(() => plan.speakersOf(2)).toEqual([KWAME, SOFIA, KWAME]);
  await expect.poll(() => plan.speakersOf(3)).toEqual([]);
  await expect(plan.minutes(1, 1)).toHaveValue('3');
  await expect(plan.minutes(2, 1)).toHaveValue('7');
  await expect(plan.minutes(2, 2)).toHaveValue('2');
  await expect(plan.minutes(2, 3)).toHaveValue('7');
  await plan.expectClockTimes(1, '10:00', ['10:00']);
  await plan.expectClockTimes(2, '10:03', ['10:03', '10:10', '10:12']);
  await plan.expectClockTimes(3, '10:19', []);
  await plan.expectFit('0:00 spare', '30:00', '30:00');
}

test('an organizer builds a 30-minute fireside chat from an empty plan by keyboard and by mouse, downloads it and loads it back', async ({
  page,
  context,
}, testInfo) => {
  await page.clock.install({ time: at('2025-09-01T08:59:00') });
  await page.clock.pauseAt(at('2025-09-01T09:00:00'));
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
  await page.close();

  // Loaded back into a fresh page with nothing kept: the same plan, field for field.
  const fresh = await context.newPage();
  const again = new PlanPage(fresh);
  await again.open();
  await fresh.evaluate(() => localStorage.clear());
  await fresh.reload();
  await expect(again.session.getByLabel('Title', { exact: true })).toHaveValue(SEED_TITLE);
  await fresh.getByLabel('Load agenda').setInputFiles(file);
  await expect.poll(() => again.storedDraft()).toBe(JSON.stringify(JSON.parse(text)));
  await expectFiresideOnScreen(again);
  await expect(again.alert).toHaveCount(0);

  // And the console takes the file from the URL, with no complaint.
  const consoleWindow = await context.newPage();
  await consoleWindow.route(
    (url) => url.pathname === '/agendas/fireside.json',
    (route) => route.fulfill({ path: file, contentType: 'application/json' }),
  );
  const console = new ConsolePage(consoleWindow);
  await consoleWindow.goto('/?agenda=/agendas/fireside.json');
  await expect(console.title).toHaveText(FIRESIDE.title);
  await expect(console.speakerName).toHaveText(SOFIA);
  await expect(console.turnTime).toHaveText('3:00');
  await expect(console.sessionTime).toHaveText('30:00');
  await expect(console.alert).toHaveCount(0);
});

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
  await page.clock.install({ time: at('2025-06-12T09:59:00') });
  await page.clock.pauseAt(at('2025-06-12T10:00:00'));
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

  // Every turn a known number of simulated seconds: 1 s of real time is a minute at 60×.
  for (const [i, turn] of REHEARSED.entries()) {
    await console.expectSpeaker(turn.speaker);
    const done = i === 0 ? 60 : 0;
    await rehearsal.clock.runFor(((turn.actual - done) * 1000) / 60);
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

interface PdfText {
  readonly pages: number;
  readonly lines: readonly string[];
}

/** The text of a PDF read back with pdf.js, line by line: items on one baseline, left to right. */
async function pdfText(data: Buffer): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: true, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const rows = new Map<number, { x: number; end: number; str: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5] as number);
      const x = item.transform[4] as number;
      rows.set(y, [...(rows.get(y) ?? []), { x, end: x + item.width, str: item.str }]);
    }
    for (const y of [...rows.keys()].sort((a, b) => b - a)) {
      const items = rows.get(y)!.sort((a, b) => a.x - b.x);
      const line = items.map((item, i) => (i > 0 && item.x - items[i - 1]!.end > 1 ? ' ' : '') + item.str).join('');
      lines.push(line.replace(/\s+/g, ' ').trim().normalize('NFC'));
    }
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, lines };
}

test('the run-of-show sheet prints on one A4 page with every speaker, clock time and question', async ({ page }) => {
  await page.clock.install({ time: at('2025-06-12T09:59:00') });
  await page.clock.pauseAt(at('2025-06-12T10:00:00'));
  await page.goto('/#/sheet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expectNoSeriousAxeViolations(page, 'run-of-show sheet');
  await screenshot(page, 'sheet-1366x768', { width: 1366, height: 768 });
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'sheet-print-1366x768', { width: 1366, height: 768 });

  const { pages, lines } = await pdfText(await page.pdf({ format: 'A4' }));
  expect(pages).toBe(1);
  const text = lines.join(' ');
  expect(text).toContain(SEED_TITLE);
  expect(lines).toContain('Intersessional Meetings, 17-20 June 2025 · 2025-06-19 · 17:00–18:00 · Room A · Europe/Zurich');
  expect(text).toContain('Hard end: 18:00');
  expect(text).toContain('Signals: wrap up at 60 s left, final at 15 s, then over time.');
  // Every turn on its own line: clock time, speaker with honorific, allotment.
  const rows = [
    ['17:00', SALAMA, '5:00'],
    ['17:05', ARUNATILAKA, '6:00'],
    ['17:11', DIOP, '6:00'],
    ['17:17', DIOP, '4:00'],
    ['17:21', ARUNATILAKA, '4:00'],
    ['17:25', MUNRO, '4:00'],
    ['17:29', MUNRO, '5:00'],
    ['17:34', ARUNATILAKA, '4:00'],
    ['17:38', DIOP, '4:00'],
    ['17:42', 'The floor', '15:00'],
    ['17:57', SALAMA, '3:00'],
    ['18:00', 'Hard end'],
  ];
  for (const row of rows) expect(lines, row.join(' ')).toContain(row.join(' '));
  expect(lines.filter((line) => /^\d\d:\d\d \S/.test(line) && !line.includes(' · '))).toEqual(rows.map((row) => row.join(' ')));
  // Each segment with its start and budget, the questions by number.
  for (const heading of [
    '17:00 · Welcome, framing and introduction of the panel · 5:00',
    '17:05 · Question 1: steps taken by States (Q1) · 12:00',
    '17:17 · Question 2: national and regional contexts (Q2) · 12:00',
    '17:29 · Question 3: integrating WPS principles in mine action (Q3) · 13:00',
    '17:42 · Questions from the floor · 15:00',
    '17:57 · Closing remarks · 3:00',
  ])
    expect(lines).toContain(heading);
  for (const name of [SALAMA, MUNRO, ARUNATILAKA, DIOP]) expect(text).toContain(name);
  expect(text).toContain('Maguèye');
  expect(text).toContain('H.E. Papa Maguèye Diop (Panelist, Ministry of Foreign Affairs of Senegal)');
  const seed = JSON.parse(readFileSync(repoPath('src/app/seed-agenda.json'), 'utf8')) as { questions: { text: string }[] };
  for (const question of seed.questions) expect(text).toContain(question.text);
});
