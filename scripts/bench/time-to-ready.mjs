// Figure 3: navigation start to the Turn time countdown on screen, against the bare React page
// showing its one element. Both detected the same way: a requestAnimationFrame loop installed
// before any page script, which stamps performance.now() in the first frame the element is visible.
import { median, newContext } from './browser.mjs';

function readyProbe({ selector, timerName }) {
  const probe = { ready: null };
  Object.defineProperty(window, '__benchReady', { value: probe });
  const visible = (el) =>
    !!el && el.getClientRects().length > 0 && (el.textContent ?? '').trim() !== '' && (el.checkVisibility?.() ?? true);
  const find = () => {
    if (selector) return document.querySelector(selector);
    for (const el of document.querySelectorAll('[role="timer"]')) if (el.getAttribute('aria-label') === timerName) return el;
    return null;
  };
  const check = () => {
    if (visible(find())) {
      probe.ready = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function loadOnce(browser, url, target) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(readyProbe, target);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchReady?.ready != null, null, { timeout: 20_000, polling: 50 });
    // Main-thread CPU time up to now: unlike the wall-clock figure, other load on the machine barely moves it.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const cpu = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    const timings = await page.evaluate(async () => {
      // The paint entry is queued after the frame that painted: wait for it a little.
      const fcpEntry = () => performance.getEntriesByName('first-contentful-paint')[0];
      for (let i = 0; i < 50 && !fcpEntry(); i++) await new Promise((ok) => setTimeout(ok, 10));
      const fcp = fcpEntry();
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        readyMs: window.__benchReady.ready,
        fcpMs: fcp ? fcp.startTime : null,
        domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
      };
    });
    return { ...timings, mainThreadCpuMs: cpu.TaskDuration * 1000, scriptCpuMs: cpu.ScriptDuration * 1000 };
  } finally {
    await context.close();
  }
}

export async function measureTimeToReady({ browser, appUrl, bareUrl, runs = 5 }) {
  const app = { target: { timerName: 'Turn time' } };
  const bare = { target: { selector: '#bare-ready' } };
  // One unmeasured load each warms the disk cache and the browser's compilers for both alike.
  await loadOnce(browser, appUrl, app.target);
  await loadOnce(browser, bareUrl, bare.target);
  const samples = { app: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    // Interleaved, and alternating which goes first, so drift hits both alike.
    const order = i % 2 ? ['bare', 'app'] : ['app', 'bare'];
    for (const which of order) {
      const { target } = which === 'app' ? app : bare;
      samples[which].push(await loadOnce(browser, which === 'app' ? appUrl : bareUrl, target));
    }
  }
  const summary = (list) => ({
    medianReadyMs: median(list.map((s) => s.readyMs)),
    medianFcpMs: median(list.map((s) => s.fcpMs).filter((v) => v != null)),
    medianMainThreadCpuMs: median(list.map((s) => s.mainThreadCpuMs)),
    medianScriptCpuMs: median(list.map((s) => s.scriptCpuMs)),
    samples: list,
  });
  const result = { app: summary(samples.app), bare: summary(samples.bare), goal: 1.2, runs };
  result.ratio = result.app.medianReadyMs / result.bare.medianReadyMs;
  // Each app load ran right next to a bare one: the median of those pairs' ratios shrugs off drift in load.
  result.medianPairRatio = median(samples.app.map((s, i) => s.readyMs / samples.bare[i].readyMs));
  result.cpuRatio = result.app.medianMainThreadCpuMs / result.bare.medianMainThreadCpuMs;
  result.pass = result.ratio <= 1.2;
  return result;
}
