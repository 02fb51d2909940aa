import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { ARUNATILAKA, ConsolePage, DIOP, repoPath, SEED_START } from './console-page';
import { recordScreenshots, theRecordAfterTheRun } from './record-journey';
import { expectNoSeriousAxeViolations } from './support/axe';

/*
 * The speaker view on the devices a link is opened on: a phone in portrait and on its side, a
 * tablet, and the monitors it was made for. At each size, in each state a panelist meets (speaking,
 * over time with a message, far over time, wrap up, final seconds, the console lost), nothing
 * scrolls sideways, and the name, the signal word, the message and the digits lie whole on screen.
 */

interface Size {
  readonly width: number;
  readonly height: number;
}
const PHONE_PORTRAIT: Size = { width: 390, height: 844 };
const PHONE_LANDSCAPE: Size = { width: 844, height: 390 };
const TABLET_PORTRAIT: Size = { width: 820, height: 1180 };
const LAPTOP: Size = { width: 1366, height: 768 };
const FULL_HD: Size = { width: 1920, height: 1080 };
const DEVICES = [PHONE_PORTRAIT, PHONE_LANDSCAPE, TABLET_PORTRAIT] as const;

const sizeName = (size: Size) => `${size.width}x${size.height}`;
const shot = (name: string) => repoPath(`test-results/screenshots/${name}.png`);

/** What the layout check measured of the digits, for comparisons between sizes. */
interface Digits {
  readonly fontSize: number;
  /** The digits' box height as a share of the window's height. */
  readonly heightShare: number;
}

/** The speaker view, found by roles and names as the interface contract promises. */
class StageScreen {
  readonly turnTime: Locator;
  readonly speaker: Locator;
  readonly name: Locator;
  readonly word: Locator;
  readonly message: Locator;

  /** `device` names the screenshots: the tests run side by side and must not write the same files. */
  constructor(
    readonly page: Page,
    readonly device: string,
  ) {
    this.turnTime = page.getByRole('timer', { name: 'Turn time' });
    this.speaker = page.getByRole('region', { name: 'Current speaker' });
    this.name = this.speaker.getByRole('paragraph');
    this.word = page.getByRole('status').filter({ hasText: /./ }).last();
    this.message = page.getByRole('alert');
  }

  /**
   * At each size: no sideways scroll, each part whole inside the window and not clipped, the
   * digits clear of the name and the word. Saves a screenshot per size; returns the digits' sizes.
   */
  async expectFits(state: string, sizes: readonly Size[], parts: { message?: boolean; digits?: boolean } = {}): Promise<Map<Size, Digits>> {
    const measured = new Map<Size, Digits>();
    for (const size of sizes) {
      const where = `${state} at ${sizeName(size)}`;
      await this.page.setViewportSize(size);
      const page = await this.page.evaluate(() => ({
        innerWidth,
        innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
      }));
      expect(page.innerWidth, `${where}: the window is as wide as asked`).toBe(size.width);
      expect(page.scrollWidth, `${where}: no sideways scroll`).toBeLessThanOrEqual(page.innerWidth);
      expect(page.scrollHeight, `${where}: no scroll down`).toBeLessThanOrEqual(page.innerHeight);

      const boxes: Record<string, { x: number; y: number; width: number; height: number }> = {};
      const shown: Array<[Locator, string]> = [
        [this.name, 'name'],
        [this.word, 'signal word'],
      ];
      if (parts.digits !== false) shown.push([this.turnTime, 'Turn time']);
      if (parts.message) shown.push([this.message, 'message']);
      for (const [part, what] of shown) {
        const box = await part.boundingBox();
        expect(box, `${where}: ${what} is shown`).not.toBeNull();
        expect(box!.x, `${where}: ${what}, left edge`).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${where}: ${what}, right edge`).toBeLessThanOrEqual(page.innerWidth);
        expect(box!.y, `${where}: ${what}, top edge`).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height, `${where}: ${what}, bottom edge`).toBeLessThanOrEqual(page.innerHeight);
        // Wrapped, not cut: the words need no more room than their box has, and the glyphs' own
        // boxes (ascent to descent, beyond the ink) lie on screen too.
        const text = await part.evaluate((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const glyphs = range.getBoundingClientRect();
          return {
            wide: element.scrollWidth - element.clientWidth,
            tall: element.scrollHeight - element.clientHeight,
            glyphs: { left: glyphs.left, right: glyphs.right, top: glyphs.top, bottom: glyphs.bottom },
          };
        });
        expect(text.wide, `${where}: ${what} is not cut at the side`).toBe(0);
        // The digits' line is shorter than the font's ascent and descent, which are empty for digits (see app.css).
        if (what !== 'Turn time') expect(text.tall, `${where}: ${what} is not cut at the foot`).toBe(0);
        expect(text.glyphs.left, `${where}: ${what}'s text, left edge`).toBeGreaterThanOrEqual(0);
        expect(text.glyphs.right, `${where}: ${what}'s text, right edge`).toBeLessThanOrEqual(page.innerWidth);
        expect(text.glyphs.top, `${where}: ${what}'s text, top edge`).toBeGreaterThanOrEqual(0);
        expect(text.glyphs.bottom, `${where}: ${what}'s text, bottom edge`).toBeLessThanOrEqual(page.innerHeight);
        boxes[what] = box!;
      }
      if (parts.digits !== false) {
        const digits = boxes['Turn time']!;
        for (const other of ['name', 'signal word', 'message'].filter((what) => boxes[what])) {
          const box = boxes[other]!;
          const apart = digits.y >= box.y + box.height - 0.5 || digits.y + digits.height <= box.y + 0.5;
          const beside = digits.x >= box.x + box.width - 0.5 || digits.x + digits.width <= box.x + 0.5;
          expect(apart || beside, `${where}: the digits clear of the ${other}`).toBe(true);
        }
        const fontSize = await this.turnTime.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        measured.set(size, { fontSize, heightShare: digits.height / page.innerHeight });
      }
      mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
      await this.page.screenshot({ path: shot(`stage-${this.device}-${state}-${sizeName(size)}`) });
    }
    return measured;
  }
}

/** The speaker view, opened from the console's button in a window of its own, on the same (fake) clock. */
async function openStage(show: ConsolePage, context: BrowserContext, device: string): Promise<StageScreen> {
  const opening = context.waitForEvent('page');
  await show.button('Open speaker view').click();
  const stage = new StageScreen(await opening, device);
  await stage.page.waitForLoadState();
  return stage;
}

async function sendMessage(show: ConsolePage, text: string): Promise<void> {
  await show.press('m');
  await show.page.getByRole('dialog', { name: 'Message to the speaker' }).getByRole('button', { name: text }).click();
}

/**
 * The seed panel from 17:00, the speaker view following it through the states a panelist meets.
 * Returns the digits measured in the speaking state, per size.
 */
async function followThePanel(page: Page, context: BrowserContext, device: string, sizes: readonly Size[]): Promise<Map<Size, Digits>> {
  const show = new ConsolePage(page);
  await show.open(SEED_START);
  await show.press('Space');
  await show.jump('05:00');
  await show.press('n');
  await show.expectSpeaker(ARUNATILAKA);
  await show.advance('01:35');

  const stage = await openStage(show, context, device);
  await expect(stage.turnTime).toHaveText('4:25');
  await expect(stage.speaker).toHaveText(ARUNATILAKA);
  await expect(stage.word).toContainText('Speaking');
  const speaking = await stage.expectFits('speaking', sizes);

  // 6:00 turn, 4:25 left: 4:37 on, twelve seconds over, and the moderator asks her to wrap up.
  await show.advance('04:37');
  await expect(stage.turnTime).toHaveText('+0:12');
  await expect(stage.word).toContainText('Over time');
  await sendMessage(show, 'Please wrap up');
  await expect(stage.message).toHaveText('Please wrap up');
  await stage.expectFits('over-message', sizes, { message: true });

  // The widest time a turn shows in practice: twelve minutes over, six characters.
  await show.jump('12:22');
  await expect(stage.turnTime).toHaveText('+12:34');
  await stage.expectFits('over-12-34', sizes, { message: true });

  // The longest name, with a diacritic, and the signals with the longest words.
  await show.press('Escape');
  await expect(stage.message).toHaveCount(0);
  await show.press('n');
  await show.expectSpeaker(DIOP);
  await show.advance('05:00');
  await expect(stage.turnTime).toHaveText('1:00');
  await expect(stage.speaker).toHaveText(DIOP);
  await expect(stage.word).toContainText('Wrap up');
  await stage.expectFits('wrap-up', sizes);
  if (device === 'touch') {
    // For the README: what a panelist sees on a phone and a tablet.
    copyFileSync(shot(`stage-touch-wrap-up-${sizeName(PHONE_PORTRAIT)}`), repoPath('docs/stage-phone-portrait.png'));
    copyFileSync(shot(`stage-touch-wrap-up-${sizeName(PHONE_LANDSCAPE)}`), repoPath('docs/stage-phone-landscape.png'));
    copyFileSync(shot(`stage-touch-wrap-up-${sizeName(TABLET_PORTRAIT)}`), repoPath('docs/stage-tablet.png'));
  }
  await show.advance('00:46');
  await expect(stage.turnTime).toHaveText('0:14');
  await expect(stage.word).toContainText('Final seconds');
  await stage.expectFits('final', sizes);

  // The console goes: the view says so, and that fits too.
  await page.close();
  await stage.page.clock.runFor(5000);
  await expect(stage.word).toContainText('Lost the console');
  await expect(stage.turnTime).toHaveCount(0);
  await stage.expectFits('lost', sizes, { digits: false });
  return speaking;
}

test.describe('on a phone and a tablet (touch, mobile viewport)', () => {
  test.use({ isMobile: true, hasTouch: true });

  test('the speaker view fits a phone in portrait and on its side and a tablet, in every state', async ({ page, context }) => {
    const digits = await followThePanel(page, context, 'touch', DEVICES);
    // On its side, the phone gives most of its height to the digits.
    expect(digits.get(PHONE_LANDSCAPE)!.heightShare).toBeGreaterThanOrEqual(0.5);
    // The tablet's wider screen gives larger digits than the phone's.
    expect(digits.get(TABLET_PORTRAIT)!.fontSize).toBeGreaterThan(digits.get(PHONE_PORTRAIT)!.fontSize);
  });
});

test.describe('the record on a tablet (touch, mobile viewport)', () => {
  test.use({ isMobile: true, hasTouch: true });

  test('the record after the run reads on a tablet held either way; the turns scroll sideways in their own box', async ({
    page,
    context,
  }) => {
    const log = await theRecordAfterTheRun(new ConsolePage(page), context);
    const turnsBox = log.turns.getByRole('group', { name: 'Turns' });
    const scrolls = () => turnsBox.evaluate((box) => ({ wider: box.scrollWidth > box.clientWidth, left: box.scrollLeft }));

    // Upright: the page does not scroll sideways (recordScreenshots checks it); who had the floor stacks
    // its table above its chart; the eleven columns of turns scroll in their own box, by keyboard too.
    await recordScreenshots(log, TABLET_PORTRAIT);
    const table = (await log.floor.getByRole('table').boundingBox())!;
    const chart = (await log.floor.getByRole('img').boundingBox())!;
    expect(chart.y, 'the chart under the table').toBeGreaterThanOrEqual(table.y + table.height);
    expect(chart.x + chart.width).toBeLessThanOrEqual(TABLET_PORTRAIT.width);
    const box = (await turnsBox.boundingBox())!;
    expect(box.x + box.width, 'the turns box inside the window').toBeLessThanOrEqual(TABLET_PORTRAIT.width);
    expect(await scrolls()).toEqual({ wider: true, left: 0 });
    await turnsBox.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await turnsBox.focus();
    await log.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await scrolls()).left).toBeGreaterThan(0);
    await turnsBox.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await log.page.screenshot({ path: shot('record-820x1180-turns-end') });
    await expectNoSeriousAxeViolations(log.page, 'record on a tablet');
    await turnsBox.blur();

    // On its side: everything fits, nothing scrolls sideways.
    await recordScreenshots(log, { width: TABLET_PORTRAIT.height, height: TABLET_PORTRAIT.width });
    expect((await scrolls()).wider).toBe(false);
  });
});

test('the speaker view fills a monitor and a phone alike: larger digits on the larger screen', async ({ page, context }) => {
  const digits = await followThePanel(page, context, 'monitor', [PHONE_PORTRAIT, PHONE_LANDSCAPE, LAPTOP, FULL_HD]);
  expect(digits.get(FULL_HD)!.fontSize).toBeGreaterThan(digits.get(PHONE_PORTRAIT)!.fontSize * 3);
  expect(digits.get(LAPTOP)!.fontSize).toBeGreaterThan(digits.get(PHONE_PORTRAIT)!.fontSize * 2);
  expect(digits.get(PHONE_LANDSCAPE)!.heightShare).toBeGreaterThanOrEqual(0.5);
  console.log(
    [...digits]
      .map(([size, d]) => `${sizeName(size)}: ${d.fontSize.toFixed(0)} px, ${(d.heightShare * 100).toFixed(0)}% of the height`)
      .join('\n'),
  );
});

test('an hour-long turn shows 60:00 whole at every size', async ({ page, context }) => {
  const agenda = JSON.parse(readFileSync(repoPath('src/app/seed-agenda.json'), 'utf8'));
  agenda.segments[0].turns[0].minutes = 60;
  await page.route(
    (url) => url.pathname === '/agendas/hour.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(agenda) }),
  );
  const show = new ConsolePage(page);
  await show.open(SEED_START, '/?agenda=/agendas/hour.json');
  await expect(show.turnTime).toHaveText('60:00');
  const stage = await openStage(show, context, 'monitor');
  await expect(stage.turnTime).toHaveText('60:00');
  await stage.expectFits('hour', [...DEVICES, LAPTOP, FULL_HD]);
});
