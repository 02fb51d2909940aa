// Figure 5: a 60-minute run on Playwright's fake clock. At each visible step the displayed Turn
// time (and Session time) is compared with the truth computed from the press time; at each step
// the clock is also moved to 1 ms before the next true second boundary and then 16 ms past it,
// to see the digits flip within one frame. Hidden stretches override document.visibilityState,
// fire visibilitychange, and jump the clock with fastForward (due timers fire at most once, as in
// a throttled background tab or a laptop waking from sleep).
import { newContext, timerText } from './browser.mjs';
import { random } from './random.mjs';

const SIMULATED_MS = 60 * 60_000;
const SLOT_MS = 60 * 60_000;

/** Whole seconds as the design says a countdown reads: 1 in the last second, 0 at the end, -1 a full second over. */
const countdown = (ms) => (ms > 0 ? Math.ceil(ms / 1000) : -Math.floor(-ms / 1000));
/** Milliseconds until countdown(remaining) changes as real time passes. */
const toBoundary = (ms) => ((ms % 1000) + 1000) % 1000 || 1000;

/** "4:05" → 245, "+0:12" → -12, anything else → NaN. */
function parseCountdown(text) {
  const m = /^(\+?)(\d+):([0-5]\d)$/.exec((text ?? '').trim());
  if (!m) return NaN;
  const total = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -total : total;
}

function readDisplay() {
  const find = (name) => {
    for (const el of document.querySelectorAll('[role="timer"]')) if (el.getAttribute('aria-label') === name) return el.textContent;
    return null;
  };
  return { now: Date.now(), turn: find('Turn time'), session: find('Session time') };
}

function setVisibility(state) {
  for (const [key, value] of [
    ['visibilityState', state],
    ['hidden', state === 'hidden'],
  ]) {
    Object.defineProperty(document, key, { configurable: true, get: () => value });
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

export async function measureAccuracy({ browser, appUrl, seed = 7 }) {
  const rnd = random(seed);
  const context = await newContext(browser);
  const page = await context.newPage();
  const startedReal = performance.now();
  try {
    const t0 = new Date('2026-03-10T09:00:00Z');
    await page.clock.install({ time: t0 });
    await page.clock.pauseAt(new Date(t0.getTime() + 1000));
    await page.goto(appUrl);
    await page.getByRole('timer', { name: 'Turn time' }).waitFor({ state: 'visible', timeout: 20_000 });
    // Press Start at an odd moment inside a second, as a person would.
    await page.clock.runFor(1 + Math.floor(rnd() * 998));
    const before = await page.evaluate(readDisplay);
    const allottedMs = parseCountdown(before.turn) * 1000;
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Pause/ }).waitFor({ timeout: 10_000 });
    const pressAt = await page.evaluate(() => {
      try {
        const log = JSON.parse(localStorage.getItem('run-of-show') ?? 'null')?.state?.log;
        const started = log?.find((e) => e.type === 'sessionStarted');
        if (started) return started.at;
      } catch {
        /* fall back to the paused clock */
      }
      return Date.now();
    });

    const stats = {
      checks: 0,
      turnMaxDiff: 0,
      sessionMaxDiff: 0,
      mismatches: [],
      unreadable: 0,
      boundaries: 0,
      flippedInFrame: 0,
      lateFlips: [],
      earlyFlips: 0,
      hiddenStretches: 0,
      hiddenMs: 0,
      afterVisibleChecks: 0,
      afterVisibleMaxDiff: 0,
    };
    const compare = (shown, kind) => {
      const elapsed = shown.now - pressAt;
      const turnTruth = countdown(allottedMs - elapsed);
      const sessionTruth = countdown(SLOT_MS - elapsed);
      const turn = parseCountdown(shown.turn);
      const session = parseCountdown(shown.session);
      if (Number.isNaN(turn) || Number.isNaN(session)) {
        stats.unreadable += 1;
        return { turnTruth, ok: false };
      }
      const dt = Math.abs(turn - turnTruth);
      const ds = Math.abs(session - sessionTruth);
      stats.checks += 1;
      stats.turnMaxDiff = Math.max(stats.turnMaxDiff, dt);
      stats.sessionMaxDiff = Math.max(stats.sessionMaxDiff, ds);
      if (kind === 'afterVisible') {
        stats.afterVisibleChecks += 1;
        stats.afterVisibleMaxDiff = Math.max(stats.afterVisibleMaxDiff, dt, ds);
      }
      if ((dt || ds) && stats.mismatches.length < 10)
        stats.mismatches.push({ kind, elapsedMs: elapsed, turn: shown.turn, turnTruth, session: shown.session, sessionTruth });
      return { turnTruth, turn, ok: dt === 0 && ds === 0 };
    };

    const elapsedNow = async () => (await page.evaluate(() => Date.now())) - pressAt;
    let elapsed = await elapsedNow();
    while (elapsed < SIMULATED_MS) {
      if (rnd() < 0.012) {
        // Now and then a hidden stretch of 1 to 4 minutes, in throttled jumps of 20 to 60 s.
        stats.hiddenStretches += 1;
        await page.evaluate(setVisibility, 'hidden');
        let hidden = 60_000 + Math.floor(rnd() * 180_000);
        stats.hiddenMs += hidden;
        while (hidden > 0) {
          const jump = Math.min(hidden, 20_000 + Math.floor(rnd() * 40_000));
          await page.clock.fastForward(jump);
          hidden -= jump;
        }
        await page.evaluate(setVisibility, 'visible');
        compare(await page.evaluate(readDisplay), 'afterVisible');
      } else {
        await page.clock.runFor(100 + Math.floor(rnd() * 6901));
        compare(await page.evaluate(readDisplay), 'step');
      }
      // The next true second boundary of the turn countdown: 1 ms before it, then 16 ms after.
      elapsed = await elapsedNow();
      const wait = toBoundary(allottedMs - elapsed);
      if (wait > 1) {
        await page.clock.runFor(wait - 1);
        const justBefore = compare(await page.evaluate(readDisplay), 'beforeBoundary');
        if (!justBefore.ok && justBefore.turn === justBefore.turnTruth - 1) stats.earlyFlips += 1;
      }
      await page.clock.runFor(17);
      stats.boundaries += 1;
      const after = compare(await page.evaluate(readDisplay), 'afterBoundary');
      if (after.ok) stats.flippedInFrame += 1;
      else if (stats.lateFlips.length < 10)
        stats.lateFlips.push({ elapsedMs: await elapsedNow(), shown: after.turn, truth: after.turnTruth });
      elapsed = await elapsedNow();
    }
    return {
      ...stats,
      simulatedMinutes: elapsed / 60_000,
      allottedMs,
      realSeconds: (performance.now() - startedReal) / 1000,
      goalMaxDiff: 0,
      pass: stats.turnMaxDiff === 0 && stats.sessionMaxDiff === 0 && stats.unreadable === 0 && stats.flippedInFrame === stats.boundaries,
    };
  } finally {
    await context.close();
  }
}
