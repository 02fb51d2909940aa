// Figure 7: long agendas. The running console loaded with 10, 100 and 1,000 half-minute turns
// (and the seed panel beside them): how many DOM nodes it holds, what one Next costs and what
// one tick costs. Each should stay within a frame (16 ms) and hardly grow with the agenda.
//
// - Next, in the page: the time from clicking Next to React's commit and the browser's style and
//   layout of the result (the store action, every store subscriber, render, commit, effects,
//   forced layout), median of 8 presses after one unmeasured press.
// - Next, main-thread CPU: the renderer's own CPU time (CDP Performance.getMetrics, thread ticks)
//   from just before the press to two frames after it, so paint is in; a busy machine barely moves it.
// - Tick: the renderer's CPU time over a few seconds of a running turn, divided by the commits
//   (each tick that changes a displayed second commits once; counted with a MutationObserver).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, newContext } from './browser.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
export const TURN_COUNTS = [10, 100, 1000];
const PRESSES = 8;

/** `turns` half-minute turns by min(turns, 100) speakers, in segments of 50 turns, on one day. */
export function turnsAgenda(turns) {
  const speakers = Math.min(turns, 100);
  const minutes = turns / 2;
  const end = 9 * 60 + Math.ceil(minutes);
  const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const segments = [];
  for (let first = 0; first < turns; first += 50) {
    const count = Math.min(50, turns - first);
    segments.push({
      id: `block-${segments.length + 1}`,
      title: `National statements, block ${segments.length + 1}`,
      turns: Array.from({ length: count }, (_, i) => ({ speaker: `state-${((first + i) % speakers) + 1}`, minutes: 0.5 })),
    });
  }
  return {
    format: 'run-of-show/agenda@1',
    title: `Bench agenda, ${turns} turns`,
    date: '2026-11-27',
    start: '09:00',
    end: hhmm(end),
    timeZone: 'Europe/Zurich',
    venue: 'Plenary hall',
    people: Array.from({ length: speakers }, (_, i) => ({
      id: `state-${i + 1}`,
      name: `Delegate of State ${i + 1}`,
      role: 'speaker',
      position: 'Permanent Representative',
    })),
    segments,
  };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** In-page: click Next and time it to the commit plus style and layout. */
async function pressNext() {
  const next = [...document.querySelectorAll('button')].find((b) => /^Next\b/.test(b.textContent.trim()));
  const t0 = performance.now();
  next.click();
  // React flushes a click's update in a microtask; these awaits run after it.
  await Promise.resolve();
  await Promise.resolve();
  document.body.getBoundingClientRect();
  return performance.now() - t0;
}

const twoFrames = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));

/** In-page: counts commits from now on, as DOM mutation batches. */
function countCommits() {
  const counter = { commits: 0 };
  Object.defineProperty(window, '__benchCommits', { value: counter, configurable: true });
  new MutationObserver(() => {
    counter.commits += 1;
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

async function measureOne(browser, url, title, tickSeconds) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 30_000 });
    await page.getByRole('timer', { name: 'Turn time' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Pause/ }).waitFor({ timeout: 10_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await sleep(1200);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

    // Ticks: a few seconds of the running turn with nothing else happening.
    await page.evaluate(countCommits);
    const before = await metrics(cdp);
    await sleep(tickSeconds * 1000);
    const after = await metrics(cdp);
    const commits = await page.evaluate(() => window.__benchCommits.commits);
    const tickCpuMs = (after.TaskDuration - before.TaskDuration) * 1000;

    // Next: one unmeasured press, then PRESSES measured ones.
    await page.evaluate(pressNext);
    await page.evaluate(twoFrames);
    const inPage = [];
    const cpu = [];
    for (let i = 0; i < PRESSES; i++) {
      await sleep(120);
      const m0 = await metrics(cdp);
      inPage.push(await page.evaluate(pressNext));
      await page.evaluate(twoFrames);
      const m1 = await metrics(cdp);
      cpu.push((m1.TaskDuration - m0.TaskDuration) * 1000);
    }
    const domNodesAfter = await page.evaluate(() => document.getElementsByTagName('*').length);
    return {
      domNodes,
      domNodesAfterNext: domNodesAfter,
      next: { medianMs: median(inPage), maxMs: Math.max(...inPage), samples: inPage },
      nextCpu: { medianMs: median(cpu), maxMs: Math.max(...cpu), samples: cpu },
      tick: {
        seconds: after.Timestamp - before.Timestamp,
        commits,
        cpuMs: tickCpuMs,
        cpuMsPerCommit: commits > 0 ? tickCpuMs / commits : NaN,
        cpuMsPerSecond: tickCpuMs / (after.Timestamp - before.Timestamp),
      },
    };
  } finally {
    await context.close();
  }
}

/** Writes the generated agendas into the served folder and measures the seed panel and each of them. */
export async function measureLongAgendas({ browser, appUrl, appDir, tickSeconds = 4 }) {
  const dir = join(appDir, 'bench-agendas');
  mkdirSync(dir, { recursive: true });
  const cases = [{ name: 'seed', turns: null, url: appUrl, title: /Strengthening synergies/ }];
  for (const turns of TURN_COUNTS) {
    const agenda = turnsAgenda(turns);
    writeFileSync(join(dir, `turns-${turns}.json`), JSON.stringify(agenda));
    const agendaUrl = new URL(`bench-agendas/turns-${turns}.json`, appUrl).href;
    cases.push({ name: String(turns), turns, url: `${appUrl}?agenda=${encodeURIComponent(agendaUrl)}`, title: agenda.title });
  }
  const result = { presses: PRESSES, tickSeconds, goalMs: 16, byCase: {} };
  for (const c of cases) result.byCase[c.name] = { turns: c.turns, ...(await measureOne(browser, c.url, c.title, tickSeconds)) };
  const measured = TURN_COUNTS.map((n) => result.byCase[String(n)]);
  result.pass = measured.every((m) => m.next.medianMs < 16 && m.nextCpu.medianMs < 16 && m.tick.cpuMsPerCommit < 16);
  return result;
}
