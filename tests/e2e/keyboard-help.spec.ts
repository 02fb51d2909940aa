import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARUNATILAKA, ConsolePage, MUNRO, SALAMA, SEED_START } from './console-page';

const KEYS: ReadonlyArray<readonly [string, string]> = [
  ['Space', 'Start, pause or resume'],
  ['N or →', 'Next turn'],
  ['I', 'Interjection by the moderator'],
  ['+', 'Add 30 seconds to the turn'],
  ['−', 'Remove 30 seconds from the turn'],
  ['Z or Ctrl+Z', 'Undo the last action'],
  ['G', 'Give the floor to someone'],
  ['?', 'Show or hide this list'],
  ['R', 'Accept the offered rebalance'],
  ['M', 'Compose a message to the speaker'],
  ['Esc', 'Clear the message on the speaker view; close a dialog'],
  ['S', 'Sound cues on or off'],
];

/**
 * Tab or Shift+Tab at the edge of a modal dialog. The browser makes the page behind it inert, so
 * focus never reaches the console: it may step out to the browser's own controls (nothing on the
 * page has it), and the next press brings it back into the dialog.
 */
async function tabAround(page: Page, key: 'Tab' | 'Shift+Tab', expected: Locator): Promise<void> {
  await page.keyboard.press(key);
  if (await page.evaluate(() => document.activeElement === document.body)) await page.keyboard.press(key);
  await expect(expected).toBeFocused();
}

test('? lists the keys, Esc closes the list, and focus is visible', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(SEED_START);

  await show.press('?');
  const help = show.helpDialog;
  await expect(help).toBeVisible();
  for (const [key, what] of KEYS) {
    const row = help.getByRole('term').filter({ hasText: new RegExp(`^${key.replace(/[+?]/g, '\\$&')}$`) });
    await expect(row, `the key ${key}`).toHaveCount(1);
    await expect(help).toContainText(what);
  }

  // Focus moves into the dialog, and the focused control shows it.
  const close = help.getByRole('button', { name: 'Close', exact: true });
  await expect(close).toBeFocused();
  await expect(close).toHaveCSS('outline-style', 'solid');
  await expect(close).toHaveCSS('outline-width', '3px');

  // Tab never reaches the console behind the modal dialog (its one control), so Esc can always close it.
  await tabAround(page, 'Tab', close);
  await tabAround(page, 'Shift+Tab', close);

  await show.press('Escape');
  await expect(help).toBeHidden();

  // ? toggles the list; the button opens it too and gets focus back when it closes.
  await show.press('?');
  await expect(help).toBeVisible();
  await show.press('?');
  await expect(help).toBeHidden();
  await show.helpButton.click();
  await expect(help).toBeVisible();
  await show.press('Escape');
  await expect(help).toBeHidden();
  await expect(show.helpButton).toBeFocused();

  // The list is no place for the console's keys: nothing started while it was open.
  await show.expectState('Ready to start');
});

test('keys do not fire while typing in the Minutes field of "Give the floor"', async ({ page }) => {
  const show = new ConsolePage(page);
  await show.open(SEED_START);
  await show.press('Space');
  await show.advance('01:00'); // 17:01:00
  await show.expectTimers('4:00', '4:00', '59:00');

  await show.press('g');
  const dialog = show.giveFloorDialog;
  await expect(dialog).toBeVisible();
  const minutes = dialog.getByLabel('Minutes');
  // Focus starts on the first field; Tab goes round the dialog's controls and never reaches the console.
  await expect(dialog.getByLabel('Person')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(minutes).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // Give the floor now, Queue next, Cancel
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await tabAround(page, 'Tab', dialog.getByLabel('Person'));
  await tabAround(page, 'Shift+Tab', dialog.getByRole('button', { name: 'Cancel' }));
  await minutes.click();
  await expect(minutes).toBeFocused();

  // Each of these would act on the console if it were not typed into the field.
  for (const key of ['n', 'ArrowRight', 'i', '+', '-', 'z', 'Control+z', 'g', 'Space', '?']) await page.keyboard.press(key);

  await expect(dialog).toBeVisible();
  await expect(show.helpDialog).toHaveCount(0);
  await expect(minutes).toBeFocused();
  await show.expectSpeaker(SALAMA);
  await show.expectState('Speaking');
  await show.expectTimers('4:00', '4:00', '59:00');
  await expect(show.pauseButton).toBeVisible();

  // The clock ran on while the dialog was open: nothing paused it.
  await show.advance('00:10'); // 17:01:10
  await show.expectTimers('3:50', '3:50', '58:50');

  // Typing digits and Enter in the field gives the floor as the dialog says.
  await dialog.getByLabel('Person').selectOption({ label: MUNRO });
  await minutes.fill('');
  await minutes.pressSequentially('3');
  await expect(minutes).toHaveValue('3');
  await minutes.press('Enter');
  await expect(dialog).toBeHidden();
  await show.expectSpeaker(MUNRO);
  // The opening grows by the three minutes given: 5:00 + 3:00 − 1:10 spoken.
  await show.expectTimers('3:00', '6:50', '58:50');

  // Out of the field, the keys work again.
  await show.press('n');
  await show.expectSpeaker(ARUNATILAKA);
});
