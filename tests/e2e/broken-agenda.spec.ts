import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ConsolePage, repoPath, SALAMA, SEED_START, SEED_TITLE } from './console-page';

type Json = Record<string, unknown>;

const seedText = readFileSync(repoPath('src/app/seed-agenda.json'), 'utf8');
/** A fresh copy of the seed agenda to break in one place. */
const seed = (): Json => JSON.parse(seedText) as Json;
const segments = (agenda: Json) => agenda.segments as Array<{ turns?: Json[] }>;
const firstTurnOfRound1 = (agenda: Json): Json => segments(agenda)[1]!.turns![0]!;

const ONE_MB = 1024 * 1024;

interface Broken {
  readonly name: string;
  readonly file: string;
  readonly body: string;
  /** Every line the alert must show, each naming the place that is wrong. */
  readonly messages: readonly string[];
}

const broken: readonly Broken[] = [
  {
    name: 'an unknown speaker id',
    file: 'broken-speaker.json',
    body: JSON.stringify(
      (() => {
        const a = seed();
        firstTurnOfRound1(a).speaker = 'nobody';
        return a;
      })(),
    ),
    messages: ['segments[1].turns[0].speaker: no person with id "nobody".'],
  },
  {
    name: 'negative minutes',
    file: 'broken-minutes.json',
    body: JSON.stringify(
      (() => {
        const a = seed();
        firstTurnOfRound1(a).minutes = -3;
        return a;
      })(),
    ),
    messages: ['segments[1].turns[0].minutes: must be more than 0, found -3.'],
  },
  {
    name: 'an end before the start',
    file: 'broken-times.json',
    body: JSON.stringify({ ...seed(), end: '16:30' }),
    messages: ['end: the end (16:30) must be after the start (17:00).'],
  },
  {
    name: 'a misspelled key',
    file: 'broken-key.json',
    body: JSON.stringify(
      (() => {
        const a = seed();
        const turn = firstTurnOfRound1(a);
        turn.minuets = turn.minutes;
        delete turn.minutes;
        return a;
      })(),
    ),
    messages: [
      'segments[1].turns[0].minuets: unknown field "minuets" (did you mean "minutes"?).',
      'segments[1].turns[0]: missing the required field "minutes".',
    ],
  },
  {
    name: 'a file that is not JSON',
    file: 'broken-json.json',
    body: '{ "format": "run-of-show/agenda@1", "title": "Half a file",',
    messages: ['The file is not valid JSON ('],
  },
  {
    name: 'a file over 1 MB',
    file: 'broken-big.json',
    body: (() => {
      // A valid agenda padded with spaces to one byte over the limit.
      const text = JSON.stringify(seed());
      return text + ' '.repeat(ONE_MB + 1 - text.length);
    })(),
    messages: ['The file is 1025 KB; an agenda may be at most 1024 KB.'],
  },
];

// page.route cannot see requests a service worker answers; the offline worker is not under test here.
test.use({ serviceWorkers: 'block' });

/** Serves agendas under /agendas/ from memory (matched on the path: the page's own URL names one too). */
async function serveAgendas(page: Page, files: Record<string, string>): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith('/agendas/'),
    async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const body = files[name];
      if (body === undefined) await route.fulfill({ status: 404, body: 'not here' });
      else await route.fulfill({ status: 200, contentType: 'application/json', body });
    },
  );
}

async function expectSeedStillLoaded(show: ConsolePage): Promise<void> {
  await show.expectSpeaker(SALAMA);
  await expect(show.title).toHaveText(SEED_TITLE);
  await show.expectState('Ready to start');
  await show.expectTimers('5:00', '5:00', '60:00');
}

for (const agenda of broken) {
  test(`?agenda= with ${agenda.name} is refused with a message, and the seed panel stays`, async ({ page }) => {
    await serveAgendas(page, { [agenda.file]: agenda.body });
    const show = new ConsolePage(page);
    await show.open(SEED_START, `/?agenda=/agendas/${agenda.file}`);

    await expect(show.alert).toBeVisible();
    await expect(show.alert).toContainText(`Could not load /agendas/${agenda.file}. The agenda already loaded is unchanged.`);
    for (const message of agenda.messages) await expect(show.alert).toContainText(message);
    await expectSeedStillLoaded(show);

    // The message can be dismissed; the seed panel is still there to run.
    await show.alert.getByRole('button', { name: 'Dismiss the error' }).click();
    await expect(show.alert).toHaveCount(0);
    await show.startButton.click();
    await show.expectState('Speaking');
  });
}

const CUSTOM = {
  format: 'run-of-show/agenda@1',
  title: 'Budget hearing',
  date: '2025-06-19',
  start: '17:00',
  end: '17:30',
  timeZone: 'Europe/Zurich',
  people: [
    { id: 'chair', name: 'Ines Keller', role: 'moderator' },
    { id: 'ruiz', name: 'Ana Ruiz', honorific: 'Dr.', role: 'panelist', organization: 'Treasury' },
    { id: 'okafor', name: 'Chidi Okafor', role: 'panelist' },
  ],
  segments: [
    {
      id: 'statements',
      title: 'Statements',
      turns: [
        { speaker: 'ruiz', minutes: 7.5 },
        { speaker: 'okafor', minutes: 7.5 },
      ],
    },
    { id: 'floor', title: 'Questions', minutes: 15 },
  ],
};

test('a valid agenda given by ?agenda= loads and shows its first speaker', async ({ page }) => {
  await serveAgendas(page, { 'hearing.json': JSON.stringify(CUSTOM) });
  const show = new ConsolePage(page);
  await show.open(SEED_START, '/?agenda=/agendas/hearing.json');

  await expect(show.title).toHaveText('Budget hearing');
  await show.expectSpeaker('Dr. Ana Ruiz');
  await expect(show.currentSpeaker).toContainText('Treasury');
  await show.expectTimers('7:30', '15:00', '30:00');
  await expect(show.queueItems.first()).toContainText('Chidi Okafor7:30');
  await expect(show.alert).toHaveCount(0);
  await expect(page).toHaveTitle('Budget hearing · Run of Show');
});

test('a broken file chosen with "Load agenda" keeps the agenda loaded before', async ({ page }) => {
  await serveAgendas(page, { 'hearing.json': JSON.stringify(CUSTOM) });
  const show = new ConsolePage(page);
  await show.open(SEED_START, '/?agenda=/agendas/hearing.json');
  await show.expectSpeaker('Dr. Ana Ruiz');

  const loadAgenda = page.getByLabel('Load agenda');
  const unknownSpeaker = {
    ...CUSTOM,
    segments: [
      {
        id: 'statements',
        turns: [
          { speaker: 'ruiz', minutes: 5 },
          { speaker: 'okafr', minutes: 5 },
        ],
      },
    ],
  };
  await loadAgenda.setInputFiles({ name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unknownSpeaker)) });
  await expect(show.alert).toContainText('Could not load typo.json. The agenda already loaded is unchanged.');
  await expect(show.alert).toContainText('segments[0].turns[1].speaker: no person with id "okafr".');
  await expect(show.title).toHaveText('Budget hearing');
  await show.expectSpeaker('Dr. Ana Ruiz');
  await show.expectTimers('7:30', '15:00', '30:00');

  // Too large: refused before it is read.
  await loadAgenda.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(ONE_MB + 1, ' ') });
  await expect(show.alert).toContainText('Could not load huge.json. The agenda already loaded is unchanged.');
  await expect(show.alert).toContainText('The file is 1025 KB; an agenda may be at most 1024 KB.');
  await expect(show.title).toHaveText('Budget hearing');

  // A good file through the same input replaces the agenda and clears the message.
  await loadAgenda.setInputFiles({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(seedText) });
  await expect(show.alert).toHaveCount(0);
  await expectSeedStillLoaded(show);
});
