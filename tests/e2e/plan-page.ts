import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The organizer's plan view (`#/plan`), found by roles and names: the fit check, the buttons of
 * the header, and the rows of each section.
 */
export class PlanPage {
  readonly heading: Locator;
  readonly fit: Locator;
  readonly session: Locator;
  readonly people: Locator;
  readonly questions: Locator;
  readonly segments: Locator;
  readonly rehearsals: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Plan' });
    this.fit = page.getByRole('status').filter({ hasText: /(over|spare)\b/ });
    this.session = page.getByRole('region', { name: 'Session' });
    this.people = page.getByRole('region', { name: 'People' });
    this.questions = page.getByRole('region', { name: 'Guiding questions' });
    this.segments = page.getByRole('region', { name: 'Segments and turns' });
    this.rehearsals = page.getByRole('region', { name: 'Rehearsals against the plan' });
    this.alert = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.goto('/#/plan');
    await expect(this.heading).toBeVisible();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Asserts the fit check: `5:00 over` or `0:00 spare`, then the planned and slot lengths. */
  async expectFit(fit: string, planned: string, slot: string): Promise<void> {
    await expect(this.fit).toHaveText(`${fit} · Planned ${planned} of a ${slot} slot`);
  }

  /** The row of person `n` (1-based). */
  person(n: number): Locator {
    return this.people.getByRole('listitem').nth(n - 1);
  }

  /** The row of segment `n` (1-based); its turns are list items inside it. */
  segment(n: number): Locator {
    return this.segments
      .getByRole('listitem')
      .filter({ has: this.page.getByLabel('Segment title', { exact: true }) })
      .nth(n - 1);
  }

  /** The row of turn `t` of segment `s` (1-based, as the controls name them). */
  turn(s: number, t: number): Locator {
    return this.segments
      .getByRole('listitem')
      .filter({ has: this.speaker(s, t), hasNot: this.page.getByLabel('Segment title', { exact: true }) });
  }

  speaker(s: number, t: number): Locator {
    return this.page.getByRole('combobox', { name: `Speaker, turn ${t} of segment ${s}`, exact: true });
  }

  minutes(s: number, t: number): Locator {
    return this.page.getByRole('spinbutton', { name: `Minutes, turn ${t} of segment ${s}`, exact: true });
  }

  /** The selected option's text of each turn's speaker in segment `s`. */
  async speakersOf(s: number): Promise<string[]> {
    return this.segment(s)
      .getByRole('combobox', { name: /^Speaker, turn/ })
      .evaluateAll((selects) => (selects as HTMLSelectElement[]).map((select) => select.selectedOptions[0]?.textContent ?? ''));
  }

  /** The planned clock times shown in segment `s`: the segment's own first, then each turn's. */
  async expectClockTimes(s: number, segment: string, turns: readonly string[]): Promise<void> {
    await expect(this.segment(s).locator('.segment-head .clock')).toHaveText(segment);
    await expect(this.segment(s).locator('.turn-row .clock')).toHaveText([...turns]);
  }

  /** The draft exactly as the plan view keeps it in the browser. */
  async storedDraft(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem('run-of-show:draft'));
  }
}
