import { expect, test } from '@playwright/test';
import { ConsolePage, SEED_START, repoPath } from './console-page';

/**
 * The seed panel's questions from the floor as the moderator sees them: four hands up, two given
 * the floor. The list sits in the console's aside without pushing the timers or the page past a
 * laptop's screen; screenshots at 1366×768 and 1920×1080 to look at.
 */
test('the list of speakers fits the console during the Q&A', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(SEED_START);
  const list = page.getByRole('region', { name: 'List of speakers' });
  // The block is still to come: the list can already be kept.
  await expect(list).toBeVisible();
  await show.expectFitsWindow();
  await show.screenshot(repoPath('test-results/screenshots/floor-before-1366.png'));

  await show.press('Space');
  for (let i = 0; i < 12; i++) {
    if ((await show.speakerName.textContent()) === 'The floor') break;
    await show.advance(30_000);
    await show.press('N');
  }
  await show.expectSpeaker('The floor');

  const hands = [
    ['Ana Pérez', 'Chile'],
    ['Li Wei', 'China'],
    ['Amina Yusuf', 'Mines Advisory Group'],
    ['Sofía Martínez', 'Colombia'],
  ] as const;
  for (const [name, delegation] of hands) {
    await list.getByLabel('Name', { exact: true }).fill(name);
    await list.getByLabel('Delegation or organisation').fill(delegation);
    await list.getByLabel('Name', { exact: true }).press('Enter');
    await expect(list.getByLabel('Name', { exact: true })).toHaveValue('');
  }
  await expect(list).toContainText('4 waiting');
  await expect(list).toContainText('Next: Ana Pérez (Chile)');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await show.press('L');
  await show.expectSpeaker('Ana Pérez');
  await expect(show.currentSpeaker).toContainText('Chile');
  await show.advance('01:20');
  await show.press('L');
  await show.expectSpeaker('Li Wei');
  await show.advance('00:40');
  await expect(list).toContainText('2 waiting');
  await expect(list.getByRole('listitem')).toHaveText([/Amina Yusuf \(Mines Advisory Group\)/, /Sofía Martínez \(Colombia\)/]);

  await show.expectFitsWindow();
  const listBox = (await list.boundingBox())!;
  expect(listBox.y + listBox.height, 'the list inside the window').toBeLessThanOrEqual(768);
  await show.screenshot(repoPath('test-results/screenshots/floor-1366.png'));
  await show.screenshot(repoPath('test-results/screenshots/floor-1920.png'), { width: 1920, height: 1080 });
});
