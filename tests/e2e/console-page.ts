import { expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The seed panel's scheduled start, 19 June 2025 17:00 at the venue (Europe/Zurich, CEST). */
export const SEED_START = new Date('2025-06-19T17:00:00+02:00');
export const SEED_TITLE =
  'Strengthening synergies between the Anti-Personnel Mine Ban Convention and the Women Peace and Security agenda through concrete action';

export const SALAMA = 'Hana Salama';
export const ARUNATILAKA = 'H.E. Himalee Arunatilaka';
export const DIOP = 'H.E. Papa Maguèye Diop';
export const MUNRO = 'Jean Munro';

/** A path under the repository, whatever directory the tests are started from. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/**
 * The moderator's console, found the way the interface contract promises (roles and names),
 * with a fake clock: time moves only when a test says so.
 */
export class ConsolePage {
  readonly turnTime: Locator;
  readonly segmentTime: Locator;
  readonly sessionTime: Locator;
  readonly currentSpeaker: Locator;
  /** The first line of the Current speaker region: the name with honorific, or "Session ended". */
  readonly speakerName: Locator;
  /** The last line of the Current speaker region: a shape and a word for the turn's state. */
  readonly signalWord: Locator;
  readonly question: Locator;
  readonly schedule: Locator;
  readonly upNext: Locator;
  readonly queueItems: Locator;
  readonly alert: Locator;
  readonly title: Locator;
  readonly statusMeta: Locator;

  constructor(readonly page: Page) {
    this.turnTime = page.getByRole('timer', { name: 'Turn time' });
    this.segmentTime = page.getByRole('timer', { name: 'Segment time' });
    this.sessionTime = page.getByRole('timer', { name: 'Session time' });
    this.currentSpeaker = page.getByRole('region', { name: 'Current speaker' });
    this.speakerName = this.currentSpeaker.getByRole('paragraph').first();
    this.signalWord = this.currentSpeaker.getByRole('paragraph').last();
    this.question = page.getByRole('region', { name: 'Question' });
    this.schedule = page.getByRole('region', { name: 'Where we stand' });
    this.upNext = page.getByRole('region', { name: 'Up next' });
    this.queueItems = this.upNext.getByRole('listitem');
    this.alert = page.getByRole('alert');
    this.title = page.getByRole('heading', { level: 1 });
    this.statusMeta = page.getByRole('banner').getByRole('paragraph').first();
  }

  /**
   * Opens the app with the fake clock standing still at `at`. The clock is installed a minute
   * earlier and paused at `at` before the page loads, so nothing moves until `advance`.
   */
  async open(at: Date = SEED_START, path = '/'): Promise<void> {
    await this.page.clock.install({ time: new Date(at.getTime() - 60_000) });
    await this.page.clock.pauseAt(at);
    await this.page.goto(path);
    await expect(this.turnTime).toBeVisible();
  }

  /** Moves the fake clock on, firing every timer due on the way ('m:ss', 'hh:mm:ss' or ms). */
  async advance(time: string | number): Promise<void> {
    await this.page.clock.runFor(time);
  }

  /**
   * Moves the fake clock on in one jump, as a laptop waking from sleep sees it: the timers due on
   * the way fire once, at the end. The run is worked out from its log and the time, so it stands
   * exactly where `advance` would leave it, without a tick a second in every window on the way.
   * For set-up that drives a run to where a test starts; the journey under test uses `advance`.
   */
  async jump(time: string | number): Promise<void> {
    await this.page.clock.fastForward(time);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get startButton() {
    return this.button('Start');
  }
  get pauseButton() {
    return this.button('Pause');
  }
  get resumeButton() {
    return this.button('Resume');
  }
  get nextButton() {
    return this.button('Next');
  }
  get interjectButton() {
    return this.button('Interject');
  }
  get endInterjectionButton() {
    return this.button('End interjection');
  }
  get add30Button() {
    return this.button('Add 30 seconds');
  }
  get remove30Button() {
    return this.button('Remove 30 seconds');
  }
  get giveFloorButton() {
    return this.button('Give the floor…');
  }
  get undoButton() {
    return this.button('Undo');
  }
  get endSessionButton() {
    return this.button('End session');
  }
  get helpButton() {
    return this.button('Keyboard shortcuts');
  }

  get helpDialog() {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }
  get giveFloorDialog() {
    return this.page.getByRole('dialog', { name: 'Give the floor' });
  }

  /** Presses a key the way the moderator would, with nothing focused in a field. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** Asserts the three countdowns at once, as `m:ss` or `+m:ss`. */
  async expectTimers(turn: string, segment: string, session: string): Promise<void> {
    await expect(this.turnTime).toHaveText(turn);
    await expect(this.segmentTime).toHaveText(segment);
    await expect(this.sessionTime).toHaveText(session);
  }

  async expectSpeaker(name: string): Promise<void> {
    await expect(this.speakerName).toHaveText(name);
  }

  /** The signal word under the turn clock ("Speaking", "Wrap up", "Over time", "Paused", …), after its shape. */
  async expectState(word: string): Promise<void> {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(this.signalWord).toHaveText(new RegExp(`^[●▲◆■]\\s*${escaped}$`));
  }

  /** The Skip button of the queue item at `position` (0 = up next), checked against its name. */
  skipButton(position: number, name: string): Locator {
    return this.queueItems.nth(position).getByRole('button', { name: `Skip: ${name}`, exact: true });
  }

  /** Gives the floor through the dialog: a person (by the name shown) for some minutes. */
  async giveFloor(person: string, minutes: string, how: 'Give the floor now' | 'Queue next'): Promise<void> {
    await this.giveFloorButton.click();
    const dialog = this.giveFloorDialog;
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Person').selectOption({ label: person });
    await dialog.getByLabel('Minutes').fill(minutes);
    await dialog.getByRole('button', { name: how, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * The console fits the window: every part the moderator needs lies inside the viewport (the
   * page does not scroll), and each timer lies inside its panel (nothing is clipped).
   */
  async expectFitsWindow(): Promise<void> {
    const viewport = this.page.viewportSize();
    if (!viewport) throw new Error('no viewport');
    const inside = async (inner: Locator, outer: { x: number; y: number; width: number; height: number }, what: string) => {
      const box = await inner.boundingBox();
      expect(box, `${what} is on screen`).not.toBeNull();
      expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(outer.x - 0.5);
      expect(box!.y, `${what}: top edge`).toBeGreaterThanOrEqual(outer.y - 0.5);
      expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
      expect(box!.y + box!.height, `${what}: bottom edge`).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
    };
    const screen = { x: 0, y: 0, ...viewport };
    const parts: Array<[Locator, string]> = [
      [this.title, 'title'],
      [this.schedule, 'Where we stand'],
      [this.currentSpeaker, 'Current speaker'],
      [this.turnTime, 'Turn time'],
      [this.segmentTime, 'Segment time'],
      [this.sessionTime, 'Session time'],
      [this.upNext.getByRole('heading'), 'Up next heading'],
      [this.queueItems.first(), 'first queued turn'],
      [this.page.getByRole('navigation', { name: 'Controls' }), 'controls'],
      [this.page.getByLabel('Load agenda'), 'Load agenda'],
    ];
    for (const [part, what] of parts) await inside(part, screen, what);
    const region = await this.currentSpeaker.boundingBox();
    await inside(this.turnTime, region!, 'Turn time inside Current speaker');
    await inside(this.speakerName, region!, 'speaker name inside Current speaker');
    await inside(this.signalWord, region!, 'signal word inside Current speaker');
    const scroll = await this.page.evaluate(() => ({
      height: document.scrollingElement!.scrollHeight,
      width: document.scrollingElement!.scrollWidth,
    }));
    expect(scroll.height, 'page height').toBeLessThanOrEqual(viewport.height);
    expect(scroll.width, 'page width').toBeLessThanOrEqual(viewport.width);
  }

  /** Saves a screenshot of the whole window at the given size, then restores 1366×768. */
  async screenshot(file: string, size: { width: number; height: number } = { width: 1366, height: 768 }): Promise<void> {
    await this.page.setViewportSize(size);
    mkdirSync(dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
    await this.page.setViewportSize({ width: 1366, height: 768 });
  }
}
