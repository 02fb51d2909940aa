import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { words as ar } from '../../src/i18n/ar';
import { ConsolePage, repoPath, SALAMA, SEED_START } from './console-page';

/*
 * Right to left (issue 12): the console and the speaker view mirror (app.css uses logical sides
 * only), while every countdown and clock time still reads left to right and never reorders:
 * `+0:12`, not `0:12+`; neither scrolls sideways (the console at laptop sizes, the speaker view
 * on a phone too). The first test keeps the English words (the locators' names) and turns
 * <html> right to left itself, so it tests the layout whatever a catalogue says; the second opens
 * the views in Arabic. Screenshots of both go to test-results/screenshots/rtl-*.png.
 */

const LAPTOP = { width: 1366, height: 768 };
const FULL_HD = { width: 1920, height: 1080 };
const PHONE = { width: 390, height: 844 };
type Size = typeof LAPTOP;
mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
const shot = (name: string) => repoPath(`test-results/screenshots/rtl-${name}.png`);

/**
 * Keeps <html dir="rtl" lang="ar"> in every page of the context, from before the first render,
 * whatever the app writes there (it writes `ltr` for English before it renders). <html> does not
 * exist yet when an init script runs, so the observer watches the document for it.
 */
async function keepRightToLeft(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const keep = () => {
      const html = document.documentElement;
      if (!html) return;
      if (html.dir !== 'rtl') html.dir = 'rtl';
      if (html.lang !== 'ar') html.lang = 'ar';
    };
    keep();
    new MutationObserver(keep).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['dir', 'lang'] });
  });
}

/**
 * A time's text, its direction, and its characters in the order the screen draws them: the left
 * edge of the first and of the last character (a Range over each), so `+0:12` drawn as `0:12+`
 * would show the plus to the right of the 2.
 */
async function expectReadsLeftToRight(time: Locator, text: string, what: string): Promise<void> {
  await expect(time, what).toHaveText(text);
  const drawn = await time.evaluate((element) => {
    const node = element.firstChild!;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    };
    return { direction: getComputedStyle(element).direction, first: left(0), last: left(node.textContent!.length - 1) };
  });
  expect(drawn.direction, `${what}: direction`).toBe('ltr');
  expect(drawn.first, `${what}: its first character is drawn left of its last`).toBeLessThan(drawn.last);
}

/** The left and right edges of a part of the page. */
async function edges(part: Locator): Promise<{ left: number; right: number }> {
  const box = (await part.boundingBox())!;
  return { left: box.x, right: box.x + box.width };
}

/**
 * No sideways scroll at each size. A right-to-left page overflows to the left (scrollWidth counts
 * that) but can also push a part off its right edge, where no scroll reaches: so each element is
 * also checked to lie within the window, unless a box of its own clips it (a scroll box, a name
 * cut with an ellipsis).
 */
async function expectNoSidewaysScroll(page: Page, sizes: readonly Size[], view: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize(size);
    const found = await page.evaluate(() => {
      const clipped = (element: Element) => {
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          const style = getComputedStyle(parent);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') return true;
        }
        return false;
      };
      const outside: string[] = [];
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || element.closest('.visually-hidden')) continue;
        if ((box.left < -1 || box.right > innerWidth + 1) && !clipped(element))
          outside.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
      return { overflow: document.documentElement.scrollWidth - innerWidth, outside };
    });
    const where = `${view} at ${size.width}×${size.height}`;
    expect(found.overflow, `${where}: no sideways scroll`).toBeLessThanOrEqual(0);
    expect(found.outside, `${where}: every part inside the window`).toEqual([]);
  }
  await page.setViewportSize(LAPTOP);
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const size of [LAPTOP, FULL_HD]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: shot(`${name}-${size.width}`) });
  }
  await page.setViewportSize(LAPTOP);
}

test('the console and the speaker view mirror right to left, and their times still read left to right', async ({ page, context }) => {
  const show = new ConsolePage(page);
  const primary = show.currentSpeaker;
  const aside = show.upNext;

  // Left to right first, for the layout to compare with.
  await show.open(SEED_START);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const ltr = { primary: await edges(primary), aside: await edges(aside) };
  expect(ltr.primary.right, 'left to right: the current speaker left of the queue').toBeLessThan(ltr.aside.left);

  // The same console right to left, from its first render (the run is kept over the reload).
  await keepRightToLeft(context);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(show.turnTime).toHaveText('5:00');
  const rtl = { primary: await edges(primary), aside: await edges(aside) };
  expect(rtl.primary.left, 'right to left: the current speaker right of the queue').toBeGreaterThan(rtl.aside.right);
  // Mirrored exactly: each region as far from the right edge as it was from the left.
  const width = LAPTOP.width;
  expect(Math.abs(width - rtl.primary.right - ltr.primary.left), 'the current speaker mirrored').toBeLessThan(2);
  expect(Math.abs(width - rtl.aside.left - ltr.aside.right), 'the queue mirrored').toBeLessThan(2);

  // 17:05:12: twelve seconds past the end of the first turn.
  await show.press('Space');
  await show.expectState('Speaking');
  await show.advance('05:12');
  await show.expectState('Over time');
  await expectReadsLeftToRight(show.turnTime, '+0:12', 'Turn time');
  await expectReadsLeftToRight(show.segmentTime, '+0:12', 'Segment time');
  await expectReadsLeftToRight(show.sessionTime, '54:48', 'Session time');
  await expectReadsLeftToRight(page.locator('.time-of-day time'), '17:05:12', 'time of day');
  // The timers' label and digits line up on the right, as the page reads.
  const turn = { label: await edges(show.currentSpeaker.getByText('Turn time', { exact: true })), digits: await edges(show.turnTime) };
  expect(Math.abs(turn.label.right - turn.digits.right), 'Turn time: label and digits end on the same side').toBeLessThan(16);
  // The name sits at the start of its line, the right, though it reads left to right.
  await show.expectSpeaker(SALAMA);
  expect((await edges(show.speakerName)).right).toBeGreaterThan(rtl.primary.right - 60);
  // The console is one laptop screen (a phone is for the speaker view): it is checked at laptop sizes.
  await expectNoSidewaysScroll(page, [LAPTOP, FULL_HD], 'console');
  await screenshots(page, 'console');

  // The speaker view, right to left too: the digits in order, the footer mirrored. (Opened as a
  // page of its own: a popup's first document reuses its blank window, and the init script that
  // keeps <html> right to left would not see it.)
  const stage = await context.newPage();
  await stage.goto('/#/stage');
  await expect(stage.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(stage.getByRole('region', { name: 'Current speaker' })).toHaveText(SALAMA);
  await expectReadsLeftToRight(stage.getByRole('timer', { name: 'Turn time' }), '+0:12', 'speaker view: Turn time');
  await expectReadsLeftToRight(stage.getByRole('timer', { name: 'Session time' }), '54:48', 'speaker view: Session time');
  // The footer starts on the right: the session time (first) right of Full screen.
  const session = await edges(stage.locator('.stage-session'));
  const fullScreen = await edges(stage.getByRole('button', { name: 'Full screen' }));
  expect(session.left, 'speaker view: the footer reads from the right').toBeGreaterThan(fullScreen.right);
  await expectNoSidewaysScroll(stage, [LAPTOP, PHONE], 'speaker view');
  await screenshots(stage, 'stage');
});

test('in Arabic, the console and the speaker view read right to left with their times in order', async ({ page, context }) => {
  const { main } = ar;
  const show = new ConsolePage(page);
  await page.clock.install({ time: new Date(SEED_START.getTime() - 60_000) });
  await page.clock.pauseAt(SEED_START);
  await page.goto('/?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const turnTime = page.getByRole('timer', { name: main.timers.turn });
  await expect(turnTime).toHaveText('5:00');

  await show.press('Space');
  await show.advance('05:12');
  await expect(page.getByRole('region', { name: main.regions.currentSpeaker })).toContainText(main.signal.over);
  await expectReadsLeftToRight(turnTime, '+0:12', 'Turn time in Arabic');
  await expectReadsLeftToRight(page.getByRole('timer', { name: main.timers.session }), '54:48', 'Session time in Arabic');
  const primary = await edges(page.getByRole('region', { name: main.regions.currentSpeaker }));
  const aside = await edges(page.getByRole('region', { name: main.regions.upNext }));
  expect(primary.left, 'the current speaker right of the queue').toBeGreaterThan(aside.right);
  await expectNoSidewaysScroll(page, [LAPTOP, FULL_HD], 'console in Arabic');
  await screenshots(page, 'ar-console');

  // The speaker view chooses its own language: Arabic here too, beside the Arabic console.
  const stage = await context.newPage();
  await stage.goto('/?lang=ar#/stage');
  await expect(stage.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectReadsLeftToRight(stage.getByRole('timer', { name: main.timers.turn }), '+0:12', 'speaker view: Turn time in Arabic');
  await expectNoSidewaysScroll(stage, [LAPTOP, PHONE], 'speaker view in Arabic');
  await screenshots(stage, 'ar-stage');
});
