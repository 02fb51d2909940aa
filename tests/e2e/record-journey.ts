import { expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { ConsolePage } from './console-page';
import { ARUNATILAKA, DIOP, MUNRO, repoPath, SALAMA } from './console-page';
import { LogPage } from './log-page';

/*
 * The rapporteur's record of the seed panel from 17:00 on 19 June 2025, shared by the record-*.spec.ts
 * files: each is one part of the journey, and drives the console to where its part begins with the
 * same presses at the same clock times. Every expected time is worked out by hand.
 * 17:00:00 Salama 5:00 · 17:05:00 Arunatilaka: 2:00, 0:30 interjection, 1:00, 0:45 pause, 3:40
 * (6:40 spoken; Next pressed 40 s late) · 17:12:55 Diop 5:30 · 17:18:25 Diop 4:00 · 17:22:25
 * Arunatilaka 4:00 · 17:26:25 Munro 4:15 · 17:30:40 Munro 5:00 · 17:35:40 Arunatilaka 3:30 ·
 * 17:39:10 Diop 4:20 · 17:43:30 the floor 12:00 · 17:55:30 Salama 3:00 · 17:58:30 the end.
 * At 17:19:25 the rapporteur notes turn 2, and then corrects its end to 17:12:15.
 */

export const SPEAKERS = [SALAMA, ARUNATILAKA, DIOP, MUNRO];
export const Q1 = 'Question 1: steps taken by States (Q1)';
export const Q2 = 'Question 2: national and regional contexts (Q2)';
export const Q3 = 'Question 3: integrating WPS principles in mine action (Q3)';
export const OPENING = 'Welcome, framing and introduction of the panel';
export const NOTE = 'Cites the Siem Reap–Angkor plan; asks: mine risk education for women? n m i';
export const BALANCE = `The longest-speaking panelist (${DIOP}) had 1.6 times the floor of the shortest (${MUNRO}).`;
export const shot = (name: string) => repoPath(`test-results/screenshots/${name}.png`);

/** Every turn of the record after the run (from # to Messages), the end of turn 2 corrected. */
export const AFTER_THE_RUN: string[][] = [
  ['1', OPENING, SALAMA, '5:00', '5:00', '0:00', '17:00:00', '17:05:00', '', ''],
  ['2', Q1, ARUNATILAKA, '6:00', '6:00', '0:00', '17:05:00', '17:12:15 (corrected)', '0:30', 'Please wrap up'],
  ['3', Q1, DIOP, '6:00', '6:10', '+0:10', '17:12:15', '17:18:25', '', ''],
  ['4', Q2, DIOP, '4:00', '4:00', '0:00', '17:18:25', '17:22:25', '', ''],
  ['5', Q2, ARUNATILAKA, '4:00', '4:00', '0:00', '17:22:25', '17:26:25', '', ''],
  ['6', Q2, MUNRO, '4:00', '4:15', '+0:15', '17:26:25', '17:30:40', '', ''],
  ['7', Q3, MUNRO, '5:00', '5:00', '0:00', '17:30:40', '17:35:40', '', ''],
  ['8', Q3, ARUNATILAKA, '4:00', '3:30', '−0:30', '17:35:40', '17:39:10', '', ''],
  ['9', Q3, DIOP, '4:00', '4:20', '+0:20', '17:39:10', '17:43:30', '', ''],
  ['10', 'Questions from the floor', 'The floor', '15:00', '12:00', '−3:00', '17:43:30', '17:55:30', '', ''],
  ['11', 'Closing remarks', SALAMA, '3:00', '3:00', '0:00', '17:55:30', '17:58:30', '', ''],
];

/** The text of every page of a PDF, read back with pdf.js. */
export async function pdfPages(data: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('')
        .replace(/\s+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}

export const squash = (text: string) => text.replace(/\s+/g, '');

/** The run log as the console saved it, to show that typing in the record did not reach it. */
export const savedLogLength = (console: Page) =>
  console.evaluate(
    () => (JSON.parse(localStorage.getItem('run-of-show') ?? '{}') as { state?: { log?: unknown[] } }).state?.log?.length ?? -1,
  );

/** Saves the record at a window size, at the top and scrolled to the turn table, and checks nothing scrolls sideways. */
export async function recordScreenshots(log: LogPage, size: { width: number; height: number }) {
  mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
  await log.page.setViewportSize(size);
  const name = `record-${size.width}x${size.height}`;
  for (const [part, suffix] of [
    [log.heading, ''],
    [log.turns, '-turns'],
    [log.totals, '-totals'],
  ] as const) {
    await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await log.page.screenshot({ path: shot(`${name}${suffix}`) });
  }
  const scroll = await log.page.evaluate(() => {
    const view = document.querySelector('.log-view')!;
    return { width: view.scrollWidth, client: view.clientWidth, page: document.documentElement.scrollWidth };
  });
  expect(scroll.width, `no sideways scrolling of the record at ${name}`).toBeLessThanOrEqual(scroll.client);
  expect(scroll.page, `no sideways scrolling of the page at ${name}`).toBeLessThanOrEqual(size.width);
}

/** The record, opened from the console in a window of its own, on the same (fake) clock. */
export async function openTheRecord(show: ConsolePage, context: BrowserContext): Promise<LogPage> {
  const opening = context.waitForEvent('page');
  await show.button('Open the record').click();
  const log = new LogPage(await opening);
  await expect(log.heading).toBeVisible();
  return log;
}

/**
 * Set-up: the run from 17:00 to 17:19:25, with the presses of record-live.spec.ts (which checks
 * every step), the clock moved in jumps; then the rapporteur's note on turn 2.
 */
export async function runTo171925WithTheNote(show: ConsolePage, log: LogPage): Promise<void> {
  await show.press('Space');
  await show.expectState('Speaking');
  await show.jump('05:00');
  await show.press('n');
  await show.expectSpeaker(ARUNATILAKA);
  await show.jump('02:00');
  await show.press('i');
  await show.expectState('Moderator interjecting');
  await show.jump('00:30');
  await show.press('i');
  await show.jump('01:00');
  await show.press('Space');
  await show.expectState('Paused');
  await show.jump('00:45');
  await show.press('Space');
  await show.jump('02:50');
  await show.expectState('Final seconds');
  await show.press('m');
  await show.page.getByRole('dialog', { name: 'Message to the speaker' }).getByRole('button', { name: 'Please wrap up' }).click();
  await show.jump('00:50');
  await show.press('n');
  await show.expectSpeaker(DIOP);
  await show.jump('05:30');
  await show.press('n');
  await show.jump('01:00');
  await show.expectSpeaker(DIOP);
  await show.expectTimers('3:00', '11:00', '40:35');
  await log.noteField(2).click();
  await log.page.keyboard.type(NOTE);
  await log.page.keyboard.press('Enter');
  await expect(log.noteField(2)).toHaveValue(NOTE);
}

/** The correction of record-correction.spec.ts: Next was pressed 40 seconds late, so turn 2 really ended at 17:12:15. */
export async function correctTheEndOfTurn2(log: LogPage): Promise<void> {
  await log.correctButton(2).click();
  await log.page.getByLabel('Ended at').fill('17:12:15');
  await log.page.getByRole('button', { name: 'Save correction', exact: true }).click();
  await expect(log.page.getByRole('button', { name: 'Save correction' })).toHaveCount(0);
  await log.expectRow(2, AFTER_THE_RUN[1]!);
}

/** The rest of the panel after 17:19:25, each turn its time, then Next; `step` moves the clock. */
export async function runTheRestOfThePanel(show: ConsolePage, step: 'advance' | 'jump'): Promise<void> {
  for (const [time, speaker] of [
    ['03:00', ARUNATILAKA],
    ['04:00', MUNRO],
    ['04:15', MUNRO],
    ['05:00', ARUNATILAKA],
    ['03:30', DIOP],
    ['04:20', 'The floor'],
    ['12:00', SALAMA],
  ] as const) {
    await show[step](time);
    await show.press('n');
    await show.expectSpeaker(speaker);
  }
  await show[step]('03:00');
  await show.press('n');
  await show.expectSpeaker('Session ended');
}

/** Set-up: the whole run as the record keeps it, the note made and the end of turn 2 corrected. */
export async function theRecordAfterTheRun(show: ConsolePage, context: BrowserContext): Promise<LogPage> {
  await show.open();
  const log = await openTheRecord(show, context);
  await runTo171925WithTheNote(show, log);
  await correctTheEndOfTurn2(log);
  await runTheRestOfThePanel(show, 'jump');
  await expect(log.turnTable.locator('tbody > tr')).toHaveCount(11);
  await log.expectRow(11, AFTER_THE_RUN[10]!);
  return log;
}
