import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { ConsolePage } from './console-page';
import { LogPage } from './log-page';

/** Names, a title and notes that a spreadsheet would run as formulas if they began a cell. */
const NAMES = { mod: '@Moderator', ana: '=HYPERLINK("http://example.com","Ana")', ben: '+Ben', cam: '-Cam' };
const TITLE = '=1+1 round';
const NOTES = ['=SUM(A1:A9)', '-2+3', '@here', '+quote "this"'];

const AGENDA = {
  format: 'run-of-show/agenda@1',
  title: 'Hostile cells',
  date: '2025-06-19',
  start: '17:00',
  end: '18:00',
  timeZone: 'Europe/Zurich',
  people: [
    { id: 'mod', name: NAMES.mod, role: 'moderator' },
    { id: 'ana', name: NAMES.ana, role: 'panelist' },
    { id: 'ben', name: NAMES.ben, role: 'panelist' },
    { id: 'cam', name: NAMES.cam, role: 'panelist' },
  ],
  segments: [
    {
      id: 'round',
      title: TITLE,
      turns: [
        { speaker: 'mod', minutes: 1 },
        { speaker: 'ana', minutes: 1 },
        { speaker: 'ben', minutes: 1 },
        { speaker: 'cam', minutes: 1 },
      ],
    },
  ],
};

test('a CSV whose names, title and notes start with = + - @ opens as text: each such cell begins with a quote, the rest intact', async ({
  page,
  context,
}) => {
  const show = new ConsolePage(page);
  await show.open();
  await page
    .getByLabel('Load agenda')
    .setInputFiles({ name: 'cells.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(AGENDA)) });
  await expect(show.title).toHaveText(AGENDA.title);
  // Four turns of 1:00; the second runs 12 s over, the third ends 12 s early.
  await show.press('Space');
  await show.advance('01:00');
  await show.press('n');
  await show.advance('01:12');
  await show.press('n');
  await show.advance('00:48');
  await show.press('n');
  await show.advance('01:00');
  await show.press('n');
  await show.expectSpeaker('Session ended');

  const log = new LogPage(await context.newPage());
  await log.page.goto('/#/log');
  await expect(log.row(4)).toBeVisible();
  for (const [i, note] of NOTES.entries()) {
    await log.noteField(i + 1).fill(note);
    await log.noteField(i + 1).press('Enter');
  }
  await expect(log.noteField(4)).toHaveValue(NOTES[3]!);

  const downloads = mkdtempSync(join(tmpdir(), 'run-of-show-cells-'));
  const csv = await log.download('Download CSV', downloads);
  rmSync(downloads, { recursive: true, force: true });
  // In the file, an escaped cell is quoted as well as prefixed.
  expect(csv.text).toContain(`"'=HYPERLINK(""http://example.com"",""Ana"")"`);
  const parsed = Papa.parse<string[]>(csv.text, { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data.slice(0, -1);
  const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
  expect(column('Speaker')).toEqual([NAMES.mod, NAMES.ana, NAMES.ben, NAMES.cam].map((name) => `'${name}`));
  expect(column('Segment')).toEqual(Array(4).fill(`'${TITLE}`));
  expect(column('Note')).toEqual(NOTES.map((note) => `'${note}`));
  // Numbers the app writes itself stay numbers, their signs included, beside the m:ss text.
  expect(column('Over / under')).toEqual(['0:00', '+0:12', '−0:12', '0:00']);
  expect(column('Over / under (s)')).toEqual(['0', '12', '-12', '0']);
  expect(column('Actual (s)')).toEqual(['60', '72', '48', '60']);
});
