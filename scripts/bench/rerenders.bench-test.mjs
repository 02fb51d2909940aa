// Figure 2: how many components render per displayed second while a turn runs, counted in jsdom
// through the DevTools-style hook of devtools-hook.mjs (no change to src/ needed).
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { SEED_AGENDA } from '../../src/app/seed-agenda.ts';
import { Console } from '../../src/features/console/Console.tsx';
import { driveTicker } from '../../src/app/wiring/ticker.ts';
import { StoreContext } from '../../src/store/hooks.ts';
import { createShowStore } from '../../src/store/show-store.ts';

// Node's own fs, past Vite's resolver (which externalizes node: modules for jsdom test files).
const { mkdirSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { dirname } = process.getBuiltinModule('node:path');

const OUT = process.env.BENCH_RERENDERS_OUT ?? 'dist-bench/rerenders.json';
const SECONDS = 60;
const START = Date.UTC(2026, 10, 27, 9, 0);
const results = {};

const hook = globalThis.__benchRenders;

/** Lets the console's after-first-paint work run (clock times come a background task after the first paint). */
async function afterFirstPaint() {
  if (vi.isFakeTimers()) act(() => vi.advanceTimersByTime(0));
  else await act(() => new Promise((ok) => setTimeout(ok, 0)));
}

function mountConsole(clock) {
  const store = createShowStore({ clock, agenda: SEED_AGENDA, deviceTimeZone: 'Europe/Zurich' });
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(createElement(StoreContext, { value: store }, createElement(Console))));
  const turnText = () => container.querySelector('[role="timer"][aria-label="Turn time"]')?.textContent ?? null;
  const unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  return { store, turnText, unmount };
}

function tally(perSecond) {
  const counts = perSecond.map((s) => s.rendered.length);
  const byName = {};
  for (const s of perSecond) for (const r of s.rendered) byName[r.name] = (byName[r.name] ?? 0) + 1;
  return {
    seconds: perSecond.length,
    average: counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length),
    max: Math.max(0, ...counts),
    min: Math.min(...counts),
    commitsPerSecond: perSecond.reduce((a, s) => a + s.commits, 0) / Math.max(1, perSecond.length),
    displayedSecondsChanged: perSecond.filter((s) => s.turnChanged).length,
    byComponent: Object.fromEntries(
      Object.entries(byName)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => [k, v / perSecond.length]),
    ),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

it('counts renders per tick with a hand-moved clock (tick every 1000 ms)', async () => {
  expect(hook?.state.injected, 'react-dom did not inject into the DevTools hook').toBe(true);
  let now = START;
  const clock = { now: () => now };
  const perSecond = [];
  let current = { rendered: [], commits: 0 };
  const stop = hook.listen((rendered) => {
    if (current) {
      current.rendered.push(...rendered);
      current.commits += 1;
    }
  });
  const view = mountConsole(clock);
  await afterFirstPaint();
  const mounted = current.rendered.length;
  current = { rendered: [], commits: 0 };
  act(() => view.store.getState().actions.start());
  const onStart = current.rendered.map((r) => r.name);
  for (let i = 0; i < SECONDS; i++) {
    const before = view.turnText();
    current = { rendered: [], commits: 0 };
    now += 1000;
    act(() => view.store.getState().actions.tick());
    current.turnChanged = view.turnText() !== before;
    perSecond.push(current);
  }
  current = null;
  stop();
  results.handClock = tally(perSecond);
  results.handClock.lastTurnText = view.turnText();
  results.handClock.componentsMounted = mounted;
  results.handClock.renderedOnStart = onStart;
  view.unmount();
});

it('counts renders per second with the real ticker, Start pressed mid-second', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(START + 437);
  const clock = { now: () => Date.now() };
  const view = mountConsole(clock);
  await afterFirstPaint();
  const stopTicker = driveTicker(view.store, () => 1, document);
  act(() => view.store.getState().actions.start());
  const startedAt = Date.now();
  const perSecond = Array.from({ length: SECONDS }, () => ({ rendered: [], commits: 0, turnChanged: false }));
  let wakes = 0;
  const stop = hook.listen((rendered) => {
    const second = Math.floor((Date.now() - startedAt - 1) / 1000);
    const bucket = perSecond[second];
    if (bucket) {
      bucket.rendered.push(...rendered);
      bucket.commits += 1;
    }
  });
  let text = view.turnText();
  while (Date.now() < startedAt + SECONDS * 1000) {
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    wakes += 1;
    const now = view.turnText();
    if (now !== text) {
      const second = Math.floor((Date.now() - startedAt - 1) / 1000);
      if (perSecond[second]) perSecond[second].turnChanged = true;
      text = now;
    }
  }
  stop();
  stopTicker();
  results.realTicker = { ...tally(perSecond), wakesPerSecond: wakes / SECONDS };
  view.unmount();
});

it('writes the result file', () => {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(results, null, 2));
});
