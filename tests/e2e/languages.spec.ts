import { expect, test, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync } from 'node:fs';
import { words as ar } from '../../src/i18n/ar';
import { words as es } from '../../src/i18n/es';
import { words as fr } from '../../src/i18n/fr';
import { en as english } from '../../src/i18n/en';
import type { Catalogue } from '../../src/i18n/words';
import { ARUNATILAKA, repoPath, SALAMA, SEED_START } from './console-page';
import { expectNoSeriousAxeViolations } from './support/axe';

/*
 * The interface in French, Spanish and Arabic, chosen per screen: the seed panel run with the keys
 * in French, a French speaker view beside an English console, every view in Arabic right to left,
 * axe in each language, and what the live region says over a turn. The words expected are the
 * catalogues' own (src/i18n/fr…), so a test fails when a screen shows English instead.
 */

const LAPTOP = { width: 1366, height: 768 };
const FULL_HD = { width: 1920, height: 1080 };
mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
const shot = (name: string) => repoPath(`test-results/screenshots/lang-${name}.png`);

/** The English words, shaped as a catalogue (nothing merges into them in the test's own process). */
const en: Pick<Catalogue, 'main'> = { main: english };

/** Opens `path` with the context's fake clock standing still at `at` (the clock is the context's: install it once, on its first page). */
async function openAt(page: Page, path: string, at: Date | null = SEED_START): Promise<void> {
  if (at) {
    await page.clock.install({ time: new Date(at.getTime() - 60_000) });
    await page.clock.pauseAt(at);
  }
  await page.goto(path);
}

const languageMenu = (page: Page, words: Pick<Catalogue, 'main'>) => page.getByRole('combobox', { name: words.main.language, exact: true });
const stageWord = (page: Page) => page.getByRole('status').filter({ hasText: /./ }).last();

const turnTime = (page: Page, words: Pick<Catalogue, 'main'>) => page.getByRole('timer', { name: words.main.timers.turn });
const speaker = (page: Page, words: Pick<Catalogue, 'main'>) => page.getByRole('region', { name: words.main.regions.currentSpeaker });

/** What the page's live region says, each time it says something, collected from the moment this is called. */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const region = document.querySelector('[data-announcer]')!;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const text = region.textContent?.trim();
      if (text) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
}
const heard = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said);

test('the moderator runs the seed panel with the keys in French', async ({ page }) => {
  await openAt(page, '/?lang=fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(turnTime(page, fr)).toHaveText('5:00');
  await expect(page.getByRole('timer', { name: fr.main.timers.segment })).toHaveText('5:00');
  await expect(page.getByRole('timer', { name: fr.main.timers.session })).toHaveText('60:00');
  await expect(speaker(page, fr)).toContainText(SALAMA);
  await expect(speaker(page, fr)).toContainText(fr.main.ready);
  await expect(languageMenu(page, fr)).toHaveValue('fr');

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: fr.main.buttons.pause })).toBeVisible();
  await expect(speaker(page, fr)).toContainText(fr.main.signal.normal);
  await page.clock.runFor('04:00');
  await expect(turnTime(page, fr)).toHaveText('1:00');
  await expect(speaker(page, fr)).toContainText(fr.main.signal.wrapUp);
  await page.keyboard.press('+');
  await expect(turnTime(page, fr)).toHaveText('1:30');
  await page.keyboard.press('n');
  await expect(speaker(page, fr)).toContainText(ARUNATILAKA);
  await expect(turnTime(page, fr)).toHaveText('6:00');
  await page.keyboard.press('z');
  await expect(speaker(page, fr)).toContainText(SALAMA);
  await page.keyboard.press('ArrowRight');
  await expect(speaker(page, fr)).toContainText(ARUNATILAKA);

  // The keys are the same in every language; the help names them in French.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: fr.main.help.title });
  await expect(help).toBeVisible();
  for (const [key, what] of fr.help.keys) await expect(help).toContainText(`${key}${what}`);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  await page.keyboard.press('m');
  const message = page.getByRole('dialog', { name: fr.main.message.title });
  await message.getByRole('button', { name: fr.main.message.presets[0] }).click();
  await expect(page.getByText(fr.main.message.onStage)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(fr.main.message.onStage)).toHaveCount(0);

  // Nothing English is left on the console: its own words, and the plan's, are French.
  for (const english of ['Start', 'Next', 'Undo', 'Turn time', 'Up next', 'Open speaker view', 'Sound cues']) {
    await expect(page.getByRole('button', { name: english, exact: true })).toHaveCount(0);
  }
  await page.setViewportSize(LAPTOP);
  await page.screenshot({ path: shot('fr-console-1366') });
});

test('a speaker view in French beside an English console, each remembering its own choice', async ({ page, context }) => {
  await openAt(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(turnTime(page, en)).toHaveText('5:00');

  const stage = await context.newPage();
  await openAt(stage, '/#/stage', null);
  await expect(turnTime(stage, en)).toHaveText('5:00');
  await languageMenu(stage, en).selectOption('fr');
  await expect(stage.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(turnTime(stage, fr)).toHaveText('5:00');
  await expect(stageWord(stage)).toContainText(fr.main.stage.waiting);

  await page.keyboard.press('Space');
  await expect(stageWord(stage)).toContainText(fr.main.signal.normal);
  await page.clock.runFor('04:00');
  await expect(turnTime(stage, fr)).toHaveText('1:00');
  await expect(stageWord(stage)).toContainText(fr.main.signal.wrapUp);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Each screen keeps its language across a reload.
  await page.reload();
  await expect(turnTime(page, en)).toHaveText('1:00');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await stage.reload();
  await expect(turnTime(stage, fr)).toHaveText('1:00');
  await expect(stage.locator('html')).toHaveAttribute('lang', 'fr');

  // A link can open a view in a language whatever was chosen: ?lang=es wins.
  const spanish = await context.newPage();
  await openAt(spanish, '/?lang=es#/stage', null);
  await expect(turnTime(spanish, es)).toHaveText('1:00');
  await expect(languageMenu(spanish, es)).toHaveValue('es');
});

const VIEWS = [
  ['console', '/'],
  ['stage', '/#/stage'],
  ['log', '/#/log'],
  ['plan', '/#/plan'],
  ['sheet', '/#/sheet'],
  ['rehearse', '/#/rehearse'],
] as const;

test('every view in Arabic reads right to left, with its words, and the times in order', async ({ page }) => {
  // The console first, in a fresh context: a console opened after another window held the run would follow it.
  const console = page;
  await openAt(console, '/?lang=ar');
  await expect(turnTime(console, ar)).toHaveText('5:00');
  await console.keyboard.press('Space');
  await console.clock.runFor('05:12');
  const timer = turnTime(console, ar);
  await expect(timer).toHaveText('+0:12');
  await expect(speaker(console, ar)).toContainText(ar.main.signal.over);
  // The digits read left to right: the plus stands left of the 2.
  const [plus, two] = await timer.evaluate((el) => {
    const text = el.firstChild!;
    const box = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().x;
    };
    return [box(0), box(text.textContent!.length - 1)];
  });
  expect(plus).toBeLessThan(two);
  await expectNoSeriousAxeViolations(console, 'console over time in Arabic');

  for (const [view, path] of VIEWS) {
    await page.goto(path.replace('/', '/?lang=ar'));
    await expect(page.locator('html'), view).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html'), view).toHaveAttribute('lang', 'ar');
    await expect(languageMenu(page, ar), view).toHaveValue('ar');
    await expectNoSeriousAxeViolations(page, `${view} in Arabic`);
  }
});

for (const [lang, words] of [
  ['fr', fr],
  ['es', es],
] as const) {
  test(`every view in ${lang} has its words and passes axe`, async ({ page }) => {
    for (const [view, path] of VIEWS) {
      await page.goto(path.replace('/', `/?lang=${lang}`));
      await expect(page.locator('html'), view).toHaveAttribute('lang', lang);
      await expect(page.locator('html'), view).toHaveAttribute('dir', 'ltr');
      await expect(languageMenu(page, words), view).toHaveValue(lang);
      await expectNoSeriousAxeViolations(page, `${view} in ${lang}`);
    }
  });
}

for (const [lang, words] of [
  ['en', en],
  ['fr', fr],
] as const) {
  test(`the live region says who has the floor and each signal once, in ${lang}`, async ({ page, context }) => {
    const { hasFloor, signal, paused } = words.main;
    const lost = words.main.stage.lost;
    await openAt(page, `/?lang=${lang}`);
    const stage = await context.newPage();
    await openAt(stage, `/?lang=${lang}#/stage`, null);
    await expect(turnTime(page, words)).toHaveText('5:00');
    await expect(turnTime(stage, words)).toHaveText('5:00');
    await listen(page);
    await listen(stage);

    await page.keyboard.press('Space');
    // Second by second, as the turn goes: both windows tick and the console's heartbeat reaches the
    // speaker view each second (a jump of a minute would leave the speaker view without news of the
    // console, and it would rightly say it had lost it).
    for (let second = 0; second < 330; second++) {
      await page.clock.runFor(1000);
      if (second % 10 === 0) await expect(turnTime(stage, words)).toBeVisible();
    }
    await expect(turnTime(page, words)).toHaveText('+0:30');
    await expect(turnTime(stage, words)).toHaveText('+0:30');
    const turn = [hasFloor(SALAMA), signal.wrapUp, signal.final, signal.over];
    await expect.poll(() => heard(page)).toEqual(turn);
    await expect.poll(() => heard(stage)).toEqual(turn);

    await page.keyboard.press('n');
    await expect.poll(() => heard(page)).toEqual([...turn, hasFloor(ARUNATILAKA)]);
    await expect.poll(() => heard(stage)).toEqual([...turn, hasFloor(ARUNATILAKA)]);
    await page.keyboard.press('Space');
    await expect.poll(() => heard(page)).toEqual([...turn, hasFloor(ARUNATILAKA), paused]);

    // The speaker view says once that it has lost the console.
    await page.close();
    await stage.clock.runFor(5000);
    await expect.poll(() => heard(stage)).toEqual([...turn, hasFloor(ARUNATILAKA), paused, lost]);
    await stage.clock.runFor(10_000);
    expect((await heard(stage)).filter((said) => said === lost)).toHaveLength(1);
  });
}

test('the console and the speaker view in each language, at laptop and projector sizes', async ({ browser }) => {
  test.slow();
  for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
    const context = await browser.newContext({ viewport: LAPTOP });
    const console = await context.newPage();
    await openAt(console, `/?lang=${lang}`);
    const stage = await context.newPage();
    await openAt(stage, `/?lang=${lang}#/stage`, null);
    await expect(console.getByRole('timer').first()).toHaveText('5:00');
    await expect(stage.getByRole('timer').first()).toHaveText('5:00');
    await console.keyboard.press('Space');
    await console.clock.runFor('04:10');
    await expect(stage.getByRole('timer').first()).toHaveText('0:50');
    for (const size of [LAPTOP, FULL_HD]) {
      for (const [name, p] of [
        ['console', console],
        ['stage', stage],
      ] as const) {
        await p.setViewportSize(size);
        await expect(p.getByRole('timer').first()).toBeVisible();
        // No sideways scroll in any language.
        expect(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${lang} ${name} ${size.width}`).toBe(true);
        await p.screenshot({ path: shot(`${lang}-${name}-${size.width}`) });
      }
    }
    await context.close();
  }
  copyFileSync(shot('fr-console-1366'), repoPath('docs/console-fr.png'));
  copyFileSync(shot('ar-stage-1920'), repoPath('docs/stage-ar.png'));
});
