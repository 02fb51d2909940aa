import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { repoPath } from './console-page';
import type { PlanPage } from './plan-page';

/*
 * What the plan-*.spec.ts files share: the venue's clock, screenshots at a window size, and the
 * 30-minute fireside chat that plan-build.spec.ts builds and plan-load.spec.ts loads back.
 */

/** A wall-clock time at the venue (Europe/Zurich, summer time). */
export const at = (local: string) => new Date(`${local}+02:00`);
export const shot = (name: string) => repoPath(`test-results/screenshots/${name}.png`);

/** Saves the window at a size, with `part` scrolled to the top when given, then goes back to 1366×768. */
export async function screenshot(page: Page, name: string, size: { width: number; height: number }, part?: ReturnType<Page['locator']>) {
  mkdirSync(repoPath('test-results/screenshots'), { recursive: true });
  await page.setViewportSize(size);
  if (part) await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: shot(name) });
  await page.setViewportSize({ width: 1366, height: 768 });
}

export const KWAME = 'Kwame Mensah';
export const SOFIA = 'Sofía Ramírez';
export const QUESTION = 'What does clearance owe to the women who farm the land, and who decides when a field is safe?';

/** The plan the first journey builds, exactly as the downloaded file must hold it. */
export const FIRESIDE = {
  format: 'run-of-show/agenda@1',
  title: 'Fireside chat: mine action after the guns fall silent',
  event: 'Intersessional Meetings, September 2025',
  date: '2025-09-15',
  start: '10:00',
  end: '10:30',
  venue: 'Room XVI',
  people: [
    { id: 'person-1', name: KWAME, honorific: 'Dr', role: 'panelist', position: 'Director, National Mine Action Authority' },
    { id: 'person-2', name: SOFIA, role: 'moderator', position: 'Senior Researcher', organization: 'UNIDIR' },
  ],
  questions: [{ id: 'q1', text: QUESTION }],
  segments: [
    { id: 'segment-1', title: 'Opening', turns: [{ speaker: 'person-2', minutes: 3 }] },
    {
      id: 'segment-3',
      title: 'In conversation',
      question: 'q1',
      turns: [
        { speaker: 'person-1', minutes: 7 },
        { speaker: 'person-2', minutes: 2 },
        { speaker: 'person-1', minutes: 7 },
      ],
    },
    { id: 'segment-2', title: 'Questions from the floor', minutes: 11, flex: true },
  ],
};

/** Every field of the fireside chat, as the plan view shows it. */
export async function expectFiresideOnScreen(plan: PlanPage) {
  const field = (region: ReturnType<Page['locator']>, label: string) => region.getByLabel(label, { exact: true });
  await expect(field(plan.session, 'Title')).toHaveValue(FIRESIDE.title);
  await expect(field(plan.session, 'Event')).toHaveValue(FIRESIDE.event);
  await expect(field(plan.session, 'Date')).toHaveValue('2025-09-15');
  await expect(field(plan.session, 'Start')).toHaveValue('10:00');
  await expect(field(plan.session, 'End (hard end)')).toHaveValue('10:30');
  await expect(field(plan.session, 'Time zone')).toHaveValue('');
  await expect(field(plan.session, 'Venue')).toHaveValue('Room XVI');
  await expect(plan.people.getByRole('listitem')).toHaveCount(2);
  for (const [i, person] of FIRESIDE.people.entries()) {
    const row = plan.person(i + 1);
    await expect(field(row, 'Name')).toHaveValue(person.name);
    await expect(field(row, 'Honorific')).toHaveValue(person.honorific ?? '');
    await expect(field(row, 'Role')).toHaveValue(person.role);
    await expect(field(row, 'Position')).toHaveValue(person.position ?? '');
    await expect(field(row, 'Organisation')).toHaveValue(person.organization ?? '');
  }
  await expect(plan.questions.getByRole('textbox')).toHaveCount(1);
  await expect(field(plan.questions, 'Question 1')).toHaveValue(QUESTION);
  await expect(plan.segments.getByLabel('Segment title', { exact: true })).toHaveCount(3);
  for (const [i, title] of ['Opening', 'In conversation', 'Questions from the floor'].entries()) {
    await expect(field(plan.segment(i + 1), 'Segment title')).toHaveValue(title);
  }
  await expect(field(plan.segment(2), 'About question')).toHaveValue('q1');
  await expect(field(plan.segment(3), 'Block minutes')).toHaveValue('11');
  await expect(plan.segment(3).getByRole('checkbox', { name: /^Flexible/ })).toBeChecked();
  await expect(plan.segment(1).getByRole('checkbox', { name: /^Flexible/ })).not.toBeChecked();
  await expect.poll(() => plan.speakersOf(1)).toEqual([SOFIA]);
  await expect.poll(() => plan.speakersOf(2)).toEqual([KWAME, SOFIA, KWAME]);
  await expect.poll(() => plan.speakersOf(3)).toEqual([]);
  await expect(plan.minutes(1, 1)).toHaveValue('3');
  await expect(plan.minutes(2, 1)).toHaveValue('7');
  await expect(plan.minutes(2, 2)).toHaveValue('2');
  await expect(plan.minutes(2, 3)).toHaveValue('7');
  await plan.expectClockTimes(1, '10:00', ['10:00']);
  await plan.expectClockTimes(2, '10:03', ['10:03', '10:10', '10:12']);
  await plan.expectClockTimes(3, '10:19', []);
  await plan.expectFit('0:00 spare', '30:00', '30:00');
}

/** Opens a page with the fake clock standing still at `local` (venue time): it moves only when a test says so. */
export async function pauseClockAt(page: Page, local: string): Promise<void> {
  const time = at(local);
  await page.clock.install({ time: new Date(time.getTime() - 60_000) });
  await page.clock.pauseAt(time);
}
