import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Agenda } from '../../src/domain/agenda';
import { TEMPLATES, templateName } from '../../src/features/plan/templates';
import { ConsolePage, repoPath, SEED_TITLE } from './console-page';
import { pauseClockAt } from './plan-journey';
import { PlanPage } from './plan-page';

// page.route cannot see requests a service worker answers; the offline worker is not under test here.
test.use({ serviceWorkers: 'block' });

const agendaOf = (file: string) => JSON.parse(readFileSync(repoPath(`public/agendas/${file}`), 'utf8')) as Agenda;

/** Each turn of the plan as the console names its speaker, and its planned minutes; an open block is one turn of the floor. */
function turnsOf(agenda: Agenda): { speaker: string; minutes: number }[] {
  const names = new Map(agenda.people.map((p) => [p.id, p.honorific ? `${p.honorific} ${p.name}` : p.name]));
  return agenda.segments.flatMap((segment) =>
    segment.turns?.length
      ? segment.turns.map((turn) => ({ speaker: names.get(turn.speaker)!, minutes: turn.minutes }))
      : [{ speaker: 'The floor', minutes: segment.minutes! }],
  );
}

const templateMenu = (page: Page) => page.getByRole('combobox', { name: 'New from template', exact: true });

/** Opens the plan view on the seed panel, with the question before replacing it answered yes. */
async function openPlan(page: Page): Promise<PlanPage> {
  await pauseClockAt(page, '2026-01-15T10:00:00');
  page.on('dialog', (dialog) => void dialog.accept());
  const plan = new PlanPage(page);
  await plan.open();
  await expect(plan.session.getByLabel('Title', { exact: true })).toHaveValue(SEED_TITLE);
  return plan;
}

for (const template of TEMPLATES) {
  const agenda = agendaOf(template.file);
  test(`the template "${templateName(template)}" opens, and a rehearsal at 60× ends within its slot`, async ({ page, context }) => {
    const plan = await openPlan(page);
    await templateMenu(page).selectOption({ label: templateName(template) });
    await expect(plan.session.getByLabel('Title', { exact: true })).toHaveValue(agenda.title);
    await expect(plan.alert).toHaveCount(0);

    const opening = context.waitForEvent('page');
    await plan.button('Rehearse').click();
    const rehearsal = await opening;
    const console = new ConsolePage(rehearsal);
    await expect(console.title).toHaveText(agenda.title);
    await rehearsal.getByLabel('Speed').selectOption({ label: '60×' });
    await expect(rehearsal.getByRole('status').filter({ hasText: 'Rehearsal at' })).toContainText('Rehearsal at 60×');
    // Out of the speed list, so the keys reach the console.
    await console.title.click();
    await rehearsal.keyboard.press('Space');
    await console.expectState('Speaking');

    // A second of the page's clock is a simulated minute at 60×: each turn takes its planned minutes.
    for (const turn of turnsOf(agenda)) {
      await console.expectSpeaker(turn.speaker);
      await console.jump(turn.minutes * 1000);
      await rehearsal.keyboard.press('n');
    }
    await console.expectSpeaker('Session ended');
    await expect(console.schedule).toContainText('Session ended');
    await expect(console.schedule).toContainText(/\d spare/);
    await expect(console.schedule).not.toContainText(/\d over/);
    await expect(console.sessionTime).not.toHaveText(/^\+/);
  });
}

test('a template replaces the plan as an undoable edit, and one that cannot be fetched keeps the plan', async ({ page }) => {
  const plan = await openPlan(page);
  const title = plan.session.getByLabel('Title', { exact: true });
  const [fireside, debate] = [TEMPLATES[1]!, TEMPLATES[3]!];
  await templateMenu(page).selectOption({ label: templateName(fireside) });
  await expect(title).toHaveValue(agendaOf(fireside.file).title);
  await plan.button('Undo').click();
  await expect(title).toHaveValue(SEED_TITLE);

  await page.route(`**/agendas/${debate.file}`, (route) => route.fulfill({ status: 200, body: '{"format": "run-of-show/agenda@1"}' }));
  await templateMenu(page).selectOption({ label: templateName(debate) });
  await expect(plan.alert).toContainText(`${templateName(debate)} could not be loaded as an agenda; the plan is unchanged.`);
  await expect(title).toHaveValue(SEED_TITLE);

  await page.route(`**/agendas/${debate.file}`, (route) => route.abort());
  await templateMenu(page).selectOption({ label: templateName(debate) });
  await expect(plan.alert).toContainText('could not be loaded as an agenda');
  await expect(title).toHaveValue(SEED_TITLE);
});
