import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ConsolePage, repoPath, SEED_START } from './console-page';
import { LogPage } from './log-page';

/*
 * The seed panel's questions from the floor, live, as the moderator, a panelist and the
 * rapporteur see it (issue 13): the organizer's agenda takes questions in rounds of three (1:30
 * each) and the panel answers 1:30 each. Five hands go up during the last turn before the block;
 * a round of three; the panel answers; one request is withdrawn; the list is closed at 17:57 with
 * one person waiting. The console, the speaker view and the record show each step, and the CSV
 * carries every floor speaker.
 */

const seed = JSON.parse(readFileSync(repoPath('src/app/seed-agenda.json'), 'utf8')) as { segments: { id: string }[] };
const AGENDA = {
  ...seed,
  segments: seed.segments.map((s) =>
    s.id === 'floor' ? { ...s, questionMinutes: 1.5, answerMinutes: 1.5, roundSize: 3, askGender: true } : s,
  ),
};

const HANDS = [
  ['Ana Pérez', 'Chile', 'woman'],
  ['Thandiwe Moyo', 'Zimbabwe', 'woman'],
  ['Mariam Al-Sayed', 'Iraq', 'woman'],
  ['Lars Eriksson', 'Sweden', 'man'],
  ['Jean Dupont', 'France', 'notRecorded'],
] as const;

const stageName = (page: Page) => page.getByRole('region', { name: 'Current speaker' });

test('the Q&A of the seed panel: five hands, a round of three, the panel answers, one withdrawn, the list closed at 17:57 with one waiting', async ({
  page,
  context,
}) => {
  test.slow();
  await page.route(
    (url) => url.pathname === '/qa-panel.json',
    (route) => route.fulfill({ json: AGENDA }),
  );
  const show = new ConsolePage(page);
  await show.open(SEED_START, '/?agenda=/qa-panel.json');
  const list = page.getByRole('region', { name: 'List of speakers' });
  await expect(list).toBeVisible();

  const stage = await context.newPage();
  await stage.goto('/#/stage');
  const recordPage = await context.newPage();
  await recordPage.goto('/#/log');
  const record = new LogPage(recordPage);
  await expect(record.heading).toBeVisible();

  // 17:00 to 17:38: the panel's rounds, turn by turn (5, 6, 6, 4, 4, 4, 5, 4 minutes).
  await show.press('Space');
  for (const minutes of [5, 6, 6, 4, 4, 4, 5, 4]) {
    await show.advance(minutes * 60_000);
    await show.press('N');
  }
  await show.expectSpeaker('H.E. Papa Maguèye Diop');

  // 17:38, during the last turn: hands go up and the moderator keeps the list for the block to come.
  for (const [name, delegation, gender] of HANDS) {
    await list.getByLabel('Name', { exact: true }).fill(name);
    await list.getByLabel('Delegation or organisation').fill(delegation);
    await list.getByLabel('Gender (self-described)').selectOption(gender);
    await list.getByRole('button', { name: 'Add to the list' }).click();
    await expect(list.getByLabel('Name', { exact: true })).toHaveValue('');
  }
  await expect(list).toContainText('5 waiting');
  await expect(list).toContainText('Next: Ana Pérez (Chile)');
  // Giving the floor waits for the block.
  await expect(list.getByRole('button', { name: 'Give the floor to the next on the list' })).toBeDisabled();

  // 17:42: the floor. L gives it to the next on the list, for 1:30.
  await show.advance('04:00');
  // The focus leaves the list's Name field (keys never fire while typing).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await show.press('N');
  await show.expectSpeaker('The floor');
  await show.press('L');
  await show.expectSpeaker('Ana Pérez');
  await expect(show.currentSpeaker).toContainText('Chile');
  await expect(show.turnTime).toHaveText('1:30');
  await expect(stageName(stage)).toContainText('Ana Pérez');
  await expect(list).toContainText('Round 1: 1 of 3 questions taken');

  for (const name of ['Thandiwe Moyo', 'Mariam Al-Sayed']) {
    await show.advance('01:30');
    await show.press('L');
    await show.expectSpeaker(name);
    await expect(stageName(stage)).toContainText(name);
  }
  await show.advance('01:30'); // 17:46:30
  await expect(list).toContainText('Round 1: 3 of 3 questions taken');

  // The round is full: the panel answers, 1:30 each, in the agenda's order.
  await list.getByRole('button', { name: 'The panel answers' }).click();
  await show.expectSpeaker('Jean Munro');
  await expect(show.turnTime).toHaveText('1:30');
  await expect(stageName(stage)).toContainText('Jean Munro');
  await show.advance('01:30');
  await show.press('N');
  await show.expectSpeaker('H.E. Himalee Arunatilaka');
  await show.advance('01:30');
  await show.press('N');
  await show.expectSpeaker('H.E. Papa Maguèye Diop');
  await show.advance('01:30');
  await show.press('N');
  await show.expectSpeaker('The floor'); // 17:51

  // Lars Eriksson withdraws his request; one person is left waiting.
  await list.getByRole('button', { name: 'Withdraw Lars Eriksson' }).click();
  await expect(list).toContainText('1 waiting');
  await expect(list).toContainText('Next: Jean Dupont (France)');

  // 17:57: the block's time is up. The moderator closes the list with Jean Dupont still waiting.
  await show.advance('06:00');
  await list.getByRole('button', { name: 'Close the list' }).click();
  await expect(list).toContainText('List closed at 17:57');
  await expect(list.getByLabel('Name', { exact: true })).toHaveCount(0);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: repoPath('test-results/screenshots/floor-journey-closed-1366.png') });

  // The record: every floor speaker with delegation and round, the answers, and who was left waiting.
  const floor = recordPage.getByRole('region', { name: 'Questions from the floor' });
  await expect(floor).toBeVisible();
  const speakers = floor.getByRole('table', { name: 'Speakers from the floor' });
  for (const [name, delegation] of HANDS.slice(0, 3)) {
    await expect(speakers.getByRole('row').filter({ hasText: name })).toContainText(delegation);
  }
  await expect(floor.getByRole('table', { name: 'The panel’s answers' }).getByRole('row')).toHaveCount(4);
  const totals = floor.getByRole('table', { name: 'Totals for the block' });
  await expect(totals).toContainText('Jean Dupont');
  await expect(totals).not.toContainText('Lars Eriksson');
  await recordPage.setViewportSize({ width: 1366, height: 768 });
  await floor.scrollIntoViewIfNeeded();
  await recordPage.screenshot({ path: repoPath('test-results/screenshots/floor-journey-record-1366.png') });

  const downloads = mkdtempSync(join(tmpdir(), 'run-of-show-floor-'));
  try {
    const csv = await record.download('Download CSV', downloads);
    const rows = Papa.parse<string[]>(csv.text, { delimiter: ',', newline: '\r\n', header: false, skipEmptyLines: true }).data;
    const speakerColumn = rows[0]!.indexOf('Speaker');
    const spoke = rows.slice(1).map((row) => row[speakerColumn]);
    for (const [name] of HANDS.slice(0, 3)) expect(spoke).toContain(name);
    expect(spoke).not.toContain('Lars Eriksson');
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
});
