import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Agenda } from '../../src/domain/agenda';
import { makeXlsx } from '../support/make-xlsx';
import { repoPath, SEED_TITLE } from './console-page';
import { pauseClockAt, screenshot } from './plan-journey';
import { PlanPage } from './plan-page';
import { expectNoSeriousAxeViolations } from './support/axe';

/*
 * Import a spreadsheet (issue 14), as an organizer does it: the file input in the plan view, the
 * dialog that shows the mapping, the problems by row and column, and the plan it gives; nothing
 * replaces the plan before "Replace the plan with this", and a file that cannot be read leaves
 * the plan as it was, with the reason in an alert.
 */

test.use({ serviceWorkers: 'block' });

async function openPlan(page: Page): Promise<PlanPage> {
  await pauseClockAt(page, '2026-01-15T10:00:00');
  const plan = new PlanPage(page);
  await plan.open();
  await expect(plan.session.getByLabel('Title', { exact: true })).toHaveValue(SEED_TITLE);
  return plan;
}

const importInput = (page: Page) => page.getByLabel('Import a spreadsheet');
/** A file as the organizer chooses it from disk, made here. */
const fileOf = (name: string, content: string | Uint8Array) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: Buffer.from(content),
});
const importDialog = (page: Page, name: string) => page.getByRole('dialog', { name: `Import “${name}”` });
const acceptButton = (page: Page) => page.getByRole('button', { name: 'Replace the plan with this' });

function draftOf(plan: PlanPage): Promise<Agenda> {
  return plan.storedDraft().then((text) => JSON.parse(text ?? 'null') as Agenda);
}

/** The seed plan is still the one in place: its title on screen, and the draft untouched. */
async function expectSeedPlan(plan: PlanPage): Promise<void> {
  await expect(plan.session.getByLabel('Title', { exact: true })).toHaveValue(SEED_TITLE);
  const stored = await plan.storedDraft();
  if (stored !== null) expect((JSON.parse(stored) as Agenda).title).toBe(SEED_TITLE);
}

/** A programme as French Excel saves it: semicolons, a title row, the session's rows, then the table. */
const FRENCH_CSV = [
  'Programme de la manifestation parallèle;;;;;',
  'Titre;Renforcer les synergies entre FPS et action antimines;;;;',
  'Date;19/06/2025;;;;',
  'Début;17h00;;;;',
  'Fin;18h00;;;;',
  'Fuseau horaire;Europe/Zurich;;;;',
  ';;;;;',
  'Séquence;Intervenant;Rôle;Délégation;Durée (min);Remarques',
  'Ouverture;Hana Salama;Modératrice;UNIDIR;4;',
  'Tour 1 : étapes concrètes;S.E. Himalee Arunatilaka;Panéliste;Sri Lanka;6;',
  ';S.E. Papa Maguèye Diop;Panéliste;Sénégal;6;',
  ';Hana Salama;;;1,5;relance',
  'Questions de la salle;;;;15;micro baladeur',
  'Clôture;Hana Salama;;;3;',
].join('\r\n');

test('a French programme in CSV: the columns guessed from their headers, the plan previewed, accepted, and undone', async ({ page }) => {
  const plan = await openPlan(page);
  await importInput(page).setInputFiles(fileOf('programme-fps.csv', `\uFEFF${FRENCH_CSV}\r\n`));

  const dialog = importDialog(page, 'programme-fps.csv');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('CSV file. 5 turns in 4 segments, 3 people, 0 guiding questions. Planned 35:30 of a 60:00 slot');
  await expect(dialog.getByRole('combobox', { name: 'Column B “Intervenant”' })).toHaveValue('speaker');
  await expect(dialog.getByRole('combobox', { name: 'Column E “Durée (min)”' })).toHaveValue('minutes');
  await expect(dialog.getByRole('combobox', { name: 'Column D “Délégation”' })).toHaveValue('organization');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Warning: Column F “Remarques”: notes are not imported' })).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'The plan it gives' })).toContainText('S.E. Papa Maguèye Diop · Panelist · 6:00');
  await screenshot(page, 'import-french-csv-1366x768', { width: 1366, height: 768 });
  await screenshot(page, 'import-french-csv-1920x1080', { width: 1920, height: 1080 });

  // Nothing has changed yet.
  await expectSeedPlan(plan);
  await acceptButton(page).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “programme-fps.csv”. Undo brings the previous plan back.' }),
  ).toBeVisible();
  await expect(plan.session.getByLabel('Title', { exact: true })).toHaveValue('Renforcer les synergies entre FPS et action antimines');
  const draft = await draftOf(plan);
  expect(draft.people).toEqual([
    { id: 'hana-salama', name: 'Hana Salama', role: 'moderator', organization: 'UNIDIR' },
    { id: 'himalee-arunatilaka', name: 'Himalee Arunatilaka', role: 'panelist', honorific: 'S.E.', organization: 'Sri Lanka' },
    { id: 'papa-magueye-diop', name: 'Papa Maguèye Diop', role: 'panelist', honorific: 'S.E.', organization: 'Sénégal' },
  ]);
  expect(draft.segments.map((s) => [s.title, s.minutes ?? null, (s.turns ?? []).map((t) => t.minutes)])).toEqual([
    ['Ouverture', null, [4]],
    ['Tour 1 : étapes concrètes', null, [6, 6, 1.5]],
    ['Questions de la salle', 15, []],
    ['Clôture', null, [3]],
  ]);
  expect([draft.date, draft.start, draft.end, draft.timeZone]).toEqual(['2025-06-19', '17:00', '18:00', 'Europe/Zurich']);
  await plan.expectFit('24:30 spare', '35:30', '60:00');

  await plan.button('Undo').click();
  await expectSeedPlan(plan);
});

test('an Excel workbook made here: times typed as times, minutes as numbers, the segment numbers of its first column', async ({ page }) => {
  const plan = await openPlan(page);
  await importInput(page).setInputFiles(
    fileOf(
      'fireside.xlsx',
      makeXlsx([
        ['Title', 'Fireside chat: mine action after the guns fall silent'],
        ['Date', { date: '2025-09-02' }],
        [],
        ['#', 'Segment', 'Speaker', 'Organisation', 'Start', 'Minutes'],
        [1, 'Opening', 'Sofía Ramírez', 'UNMAS', { time: '09:00' }, 3],
        [2, 'Conversation', 'Kwame Mensah', 'Ghana', { time: '09:03' }, 20],
        [2, 'Conversation', 'Sofía Ramírez', 'UNMAS', { time: '09:23' }, 2.5],
        [3, 'Questions from the floor', '', '', { time: '09:25' }, 4.5],
      ]),
    ),
  );
  const dialog = importDialog(page, 'fireside.xlsx');
  await expect(dialog).toContainText('Excel workbook (first sheet). 3 turns in 3 segments, 2 people');
  await expect(dialog.getByRole('combobox', { name: 'Column A “#”' })).toHaveValue('segmentNo');
  await acceptButton(page).click();
  await expect(dialog).toHaveCount(0);

  const draft = await draftOf(plan);
  expect(draft.title).toBe('Fireside chat: mine action after the guns fall silent');
  expect([draft.date, draft.start]).toEqual(['2025-09-02', '09:00']);
  expect(draft.people.map((p) => [p.name, p.role, p.organization])).toEqual([
    ['Sofía Ramírez', 'moderator', 'UNMAS'],
    ['Kwame Mensah', 'panelist', 'Ghana'],
  ]);
  expect(draft.segments.map((s) => [s.title, s.minutes ?? null, (s.turns ?? []).map((t) => t.minutes)])).toEqual([
    ['Opening', null, [3]],
    ['Conversation', null, [20, 2.5]],
    ['Questions from the floor', 4.5, []],
  ]);
});

test('minutes written as words: the dialog names the row and column, the plan cannot be accepted, and Cancel keeps the plan', async ({
  page,
}) => {
  const plan = await openPlan(page);
  await importInput(page).setInputFiles(fileOf('words.csv', 'Segment,Speaker,Minutes\nOpening,Ana Ruiz,4\nRound 1,Ben Okafor,five\n'));
  const dialog = importDialog(page, 'words.csv');
  await expect(dialog.getByRole('region', { name: 'Problems' })).toContainText(
    'Error: Row 3, column C “Minutes”: expected minutes (such as 5, 2.5, 1:30, 90 s or 1h 15), found “five”.',
  );
  await expect(dialog.getByRole('alert')).toHaveText(
    '1 error stops the import: change the mapping above, or fix the sheet and import it again.',
  );
  await expect(acceptButton(page)).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expectSeedPlan(plan);
});

test('a speaker column with a header no one guesses: the dialog asks for it, and choosing it gives the plan', async ({ page }) => {
  const plan = await openPlan(page);
  const file = fileOf('pupitre.csv', 'Segment,Au pupitre,Minutes\nOuverture,Ana Ruiz,4\nTour 1,Ben Okafor,6\n');
  await importInput(page).setInputFiles(file);
  const dialog = importDialog(page, 'pupitre.csv');
  await expect(dialog.getByRole('region', { name: 'Problems' })).toContainText(
    'Error: No column is the speaker: in Columns, choose the one that holds the speakers’ names.',
  );
  await expect(acceptButton(page)).toBeDisabled();
  await expectSeedPlan(plan);

  // Esc closes it with nothing changed; the same file again, and this time the column is chosen.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expectSeedPlan(plan);
  await importInput(page).setInputFiles(file);
  await dialog.getByRole('combobox', { name: 'Column B “Au pupitre”' }).selectOption({ label: 'Speaker' });
  await expect(dialog.getByRole('alert')).toHaveText('');
  await acceptButton(page).click();
  const draft = await draftOf(plan);
  expect(draft.people.map((p) => p.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
  expect(draft.title).toBe('pupitre');
});

test('an empty file and a 5 MB file are refused with the reason, and the plan stays', async ({ page }) => {
  const plan = await openPlan(page);
  await importInput(page).setInputFiles(fileOf('empty.csv', ''));
  await expect(plan.alert).toHaveText('The file is empty: there is nothing in it to import.');
  await expectSeedPlan(plan);

  await importInput(page).setInputFiles(fileOf('large.csv', 'Speaker,Minutes\n' + 'Ana Ruiz,4\n'.repeat((5 * 1024 * 1024) / 11)));
  await expect(plan.alert).toContainText('The file is 5.0 MB; a spreadsheet to import may be at most 4 MB.');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectSeedPlan(plan);
});

test('an Ontime project: blocks become segments, the speaker field gives the speakers, and the dialog says what it leaves out', async ({
  page,
}) => {
  const plan = await openPlan(page);
  await importInput(page).setInputFiles(repoPath('tests/fixtures/ontime-project.json'));
  const dialog = importDialog(page, 'ontime-project.json');
  await expect(dialog).toContainText('Ontime project.');
  await expect(dialog).toContainText('Not imported from the project: 1 delay, 1 skipped event');
  await expect(dialog.getByRole('listitem').filter({ hasText: /Column G “Cue”: not imported/ })).toBeVisible();
  await screenshot(page, 'import-ontime-1366x768', { width: 1366, height: 768 });
  await acceptButton(page).click();
  await expect(dialog).toHaveCount(0);

  const draft = await draftOf(plan);
  expect(draft.title).toBe('Strengthening synergies between the Mine Ban Convention and the WPS agenda');
  expect(draft.people.map((p) => [p.honorific ?? '', p.name, p.organization ?? ''])).toEqual([
    ['', 'Hana Salama', 'UNIDIR'],
    ['', 'Jean Munro', 'GICHD'],
    ['H.E.', 'Himalee Arunatilaka', 'Sri Lanka'],
    ['H.E.', 'Papa Maguèye Diop', 'Senegal'],
  ]);
  expect(draft.segments.map((s) => [s.title, s.minutes ?? null, (s.turns ?? []).length])).toEqual([
    ['Welcome and housekeeping', null, 1],
    ['Opening', null, 2],
    ['Round 1', null, 2],
    ['Questions from the floor', 28.5, 0],
    ['Open floor', null, 1],
  ]);
  expect(draft.start).toBe('17:00');
});

test('the plan out as CSV and back in: the same plan', async ({ page }) => {
  const plan = await openPlan(page);
  const before = await page.evaluate(() => localStorage.getItem('run-of-show:draft'));
  const [download] = await Promise.all([page.waitForEvent('download'), plan.button('Download as spreadsheet (CSV)').click()]);
  const file = await download.path();
  const csv = readFileSync(file, 'utf8');
  expect(csv.startsWith('\uFEFFTitle,')).toBe(true);
  expect(csv).toContain('\r\n#,Segment,Question,Speaker,Honorific,Role,Position,Organisation,Minutes,Start,End');

  await importInput(page).setInputFiles(fileOf('panel.csv', readFileSync(file)));
  const dialog = importDialog(page, 'panel.csv');
  await expect(dialog.getByRole('alert')).toHaveText('');
  await acceptButton(page).click();
  await expect(dialog).toHaveCount(0);
  const after = await draftOf(plan);
  const seed = JSON.parse(before ?? 'null') as Agenda | null;
  // Before any edit the draft is the seed agenda itself (nothing stored yet): compare with the file.
  const original = seed ?? (JSON.parse(readFileSync(repoPath('public/agendas/wps-mine-ban-panel-2025.json'), 'utf8')) as Agenda);
  expect(after.title).toBe(original.title);
  expect(after.people.map((p) => [p.name, p.role, p.honorific, p.position, p.organization])).toEqual(
    original.people.map((p) => [p.name, p.role, p.honorific, p.position, p.organization]),
  );
  expect(after.segments.map((s) => [s.title, s.minutes, (s.turns ?? []).map((t) => t.minutes)])).toEqual(
    original.segments.map((s) => [s.title, s.minutes, (s.turns ?? []).map((t) => t.minutes)]),
  );
  expect((after.questions ?? []).map((q) => q.text)).toEqual((original.questions ?? []).map((q) => q.text));
});

for (const { lang, label, accept, expectText } of [
  { lang: 'fr', label: 'Importer un tableau', accept: 'Remplacer le plan par celui-ci', expectText: 'Ligne 14, colonne E « Durée (min) »' },
  { lang: 'ar', label: 'استيراد جدول بيانات', accept: 'استبدال الخطة بهذه الخطة', expectText: 'الصف' },
] as const) {
  test(`the import dialog in ${lang}: its words, axe, and how it looks`, async ({ page }) => {
    await pauseClockAt(page, '2026-01-15T10:00:00');
    await page.goto(`/?lang=${lang}#/plan`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    // One row with minutes as words, so the problems list holds an error placed by row and column.
    await page
      .getByLabel(label)
      .setInputFiles(
        fileOf('programme-fps.csv', `\uFEFF${FRENCH_CSV.replace('Clôture;Hana Salama;;;3;', 'Clôture;Hana Salama;;;trois;')}\r\n`),
      );
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.import-problems')).toContainText(expectText);
    await expect(dialog.getByRole('button', { name: accept })).toBeDisabled();
    await expectNoSeriousAxeViolations(page, `import dialog, ${lang}`);
    await screenshot(page, `import-dialog-${lang}-1366x768`, { width: 1366, height: 768 });
    await screenshot(page, `import-dialog-${lang}-1920x1080`, { width: 1920, height: 1080 });
  });
}

test('the import dialog passes axe, and the plan toolbar keeps its controls in view at laptop and projector sizes', async ({ page }) => {
  await openPlan(page);
  await screenshot(page, 'plan-toolbar-import-1366x768', { width: 1366, height: 768 });
  await screenshot(page, 'plan-toolbar-import-1920x1080', { width: 1920, height: 1080 });
  await importInput(page).setInputFiles(fileOf('programme-fps.csv', `\uFEFF${FRENCH_CSV}\r\n`));
  await expect(importDialog(page, 'programme-fps.csv')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'import dialog');
});
