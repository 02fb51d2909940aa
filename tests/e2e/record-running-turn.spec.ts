import { expect, test } from '@playwright/test';
import { ARUNATILAKA, ConsolePage, SALAMA } from './console-page';
import { LogPage } from './log-page';

const OPENING = 'Welcome, framing and introduction of the panel';
const Q1 = 'Question 1: steps taken by States (Q1)';

test('the record shows the turn under way as speaking, not under, and names every panelist who has not spoken', async ({
  page,
  context,
}) => {
  const show = new ConsolePage(page);
  await show.open();
  const opening = context.waitForEvent('page');
  await show.button('Open the record').click();
  const log = new LogPage(await opening);
  await expect(log.heading).toBeVisible();

  // 17:00:32: Salama has 4:28 to go, which is not 4:28 under.
  await show.press('Space');
  await show.advance('00:32');
  await log.expectRow(1, ['1', OPENING, `${SALAMA} · speaking now`, '5:00', '0:32', '', '17:00:00', '', '', '']);
  await expect(log.row(1).locator('td').nth(5)).toHaveText('');

  // 17:01:32 Next, early: the turn that is done is under; the one under way is not.
  await show.advance('01:00');
  await show.press('n');
  await show.advance('00:20');
  await log.expectRow(1, ['1', OPENING, SALAMA, '5:00', '1:32', '−3:28', '17:00:00', '17:01:32', '', '']);
  await log.expectRow(2, ['2', Q1, `${ARUNATILAKA} · speaking now`, '6:00', '0:20', '', '17:01:32', '', '', '']);
  // Two panelists have not had the floor: both are named.
  await expect(log.floor.locator('.balance-line')).toHaveText('Jean Munro and H.E. Papa Maguèye Diop have not had the floor yet.');

  // Once it runs over, the turn under way shows the time over.
  await show.advance('05:52');
  await show.expectState('Over time');
  await log.expectRow(2, ['2', Q1, `${ARUNATILAKA} · speaking now`, '6:00', '6:12', '+0:12', '17:01:32', '', '', '']);
});
