import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../console-page';
import { LogPage } from '../log-page';

/** The sync server as tests start it: in this process, on a free loopback port, serving the build under test. */
export interface TestServer {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Stops the server; its data folder is removed unless `keepData` (to start it again on the same data). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

interface StartedServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

type StartServer = (options: {
  port?: number;
  host?: string;
  dataDir: string;
  distDir: string;
  redisUrl?: string;
  secret?: string;
  quiet?: boolean;
}) => Promise<StartedServer>;

export const DIST = repoPath(process.env.E2E_DIST ?? 'dist');

/** Starts our server (server/main.mjs) on `port` (0: any free one) with its data in `dataDir` (a new temporary folder by default). */
export async function startTestServer(
  options: { port?: number; dataDir?: string; redisUrl?: string; secret?: string } = {},
): Promise<TestServer> {
  const { startServer } = (await import(repoPath('server/main.mjs'))) as { startServer: StartServer };
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ros-e2e-'));
  const server = await startServer({
    port: options.port ?? 0,
    host: '127.0.0.1',
    dataDir,
    distDir: DIST,
    quiet: true,
    ...(options.redisUrl && { redisUrl: options.redisUrl }),
    ...(options.secret && { secret: options.secret }),
  });
  return {
    url: server.url.replace(/\/$/, ''),
    port: server.port,
    dataDir,
    close: async ({ keepData = false } = {}) => {
      await server.close();
      if (!options.dataDir && !keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One device: a browser context of its own (its own storage, its own clock), with one page. */
export interface Device {
  readonly context: BrowserContext;
  readonly page: Page;
  /** How far this device's clock runs ahead of the true time, in ms. */
  readonly skew: number;
}

/**
 * Opens `url` on a new device whose clock stands still at `at` plus `skew`. The server's time
 * (`/api/time`) is answered as the true time, that is this device's clock less its skew: the page
 * clocks stand still between steps, so the real server clock would drift away from them.
 */
export async function openDevice(
  browser: Browser,
  url: string,
  at: Date,
  skew = 0,
  viewport = { width: 1366, height: 768 },
): Promise<Device> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const local = at.getTime() + skew;
  await page.clock.install({ time: new Date(local - 60_000) });
  await page.clock.pauseAt(new Date(local));
  await page.route('**/api/time', async (route) => {
    const now = await page.evaluate(() => Date.now());
    await route.fulfill({ json: { now: now - skew }, headers: { 'cache-control': 'no-store' } });
  });
  await page.goto(url);
  return { context, page, skew };
}

/** The true time now, as the first device's clock says (its skew taken off). */
export async function trueTime(device: Device): Promise<Date> {
  return new Date((await device.page.evaluate(() => Date.now())) - device.skew);
}

/** The longest single step of the fake clocks: a device that hears nothing for 8 s of its clock takes its link for dead. */
const STEP = 2_000;

/**
 * Moves every device's clock on by the same time, in steps of at most two seconds with a round
 * trip to each page between them, so the server's answers to the heartbeat are read on the way: a
 * long jump of a paused clock would otherwise look like a long silence.
 */
export async function advanceAll(devices: readonly Device[], ms: number): Promise<void> {
  for (let done = 0; done < ms; done += STEP) {
    const step = Math.min(STEP, ms - done);
    await Promise.all(devices.map((d) => d.page.clock.runFor(step)));
    await Promise.all(devices.map((d) => d.page.evaluate(() => 0)));
  }
}

/** The console makes a room and hands out its links. */
export async function connectDevices(console: Page): Promise<{ speaker: string; record: string; moderator: string }> {
  await console.getByRole('button', { name: 'Connect devices' }).click();
  const dialog = console.getByRole('dialog');
  const field = (name: string) => dialog.getByRole('textbox', { name });
  await expect(field('Speaker view link')).toHaveValue(/#\/stage\?/);
  const links = {
    speaker: await field('Speaker view link').inputValue(),
    record: await field('Record link').inputValue(),
    moderator: await field('Co-moderator link').inputValue(),
  };
  return links;
}

/** The run this device holds, as its store folded it (read from the page's storage of the room). */
export async function turnTimes(devices: readonly Device[]): Promise<string[]> {
  return Promise.all(
    devices.map((d) =>
      d.page
        .getByRole('timer', { name: 'Turn time' })
        .textContent()
        .then((t) => t ?? ''),
    ),
  );
}

/** What every device test reads, by role and name as the interface contract promises. */
export const turnTime = (page: Page) => page.getByRole('timer', { name: 'Turn time' });
export const speakerRegion = (page: Page) => page.getByRole('region', { name: 'Current speaker' });
/** The speaker view's word when it has lost the console. */
export const lostConsole = (page: Page) => page.getByRole('status').filter({ hasText: 'Lost the console' });
/** How many turns the record's "Who had the floor" table counts for `name`. */
export const turnsOf = (page: Page, name: string) => new LogPage(page).floorRow(name).getByRole('cell').first();
