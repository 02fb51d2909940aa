import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const KEY = 'run-of-show';

async function open(page: Page) {
  await page.clock.install({ time: new Date('2026-11-27T09:59:00+01:00') });
  await page.clock.pauseAt(new Date('2026-11-27T10:00:00+01:00'));
  await page.goto('/');
  await expect(page.getByRole('timer', { name: 'Turn time' })).toBeVisible();
}

async function runsATurn(page: Page) {
  await page.keyboard.press('Space');
  await page.clock.runFor(30_000);
  await expect(page.getByRole('timer', { name: 'Turn time' })).toHaveText('4:30');
}

async function exportsTheRun(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download run (JSON)' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.format).toBe('run-of-show/run@1');
  expect(file.agenda.people[3].name).toBe('Papa Maguèye Diop');
  expect(file.log.map((e: { type: string }) => e.type)).toEqual(['sessionStarted']);
}

test('corrupt stored state: the app says so, starts fresh, runs and exports', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"state": {"agenda": 12');
      sessionStorage.setItem('seeded', '1');
    }
  }, KEY);
  await open(page);
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await runsATurn(page);
  await exportsTheRun(page);
});

test('state from a future version is left untouched and the app runs in memory', async ({ page }) => {
  const future = JSON.stringify({ state: { something: 'new' }, version: 99 });
  await page.addInitScript(
    ({ key, value }) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    { key: KEY, value: future },
  );
  await open(page);
  await expect(page.getByRole('alert')).toContainText('newer version');
  await runsATurn(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(future);
  await exportsTheRun(page);
});

test('storage that refuses writes (full or blocked): the app says so, keeps running and exports', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await open(page);
  await page.keyboard.press('Space');
  await expect(page.getByRole('alert')).toContainText('will not let the app save');
  await page.clock.runFor(30_000);
  await expect(page.getByRole('timer', { name: 'Turn time' })).toHaveText('4:30');
  await exportsTheRun(page);
});
