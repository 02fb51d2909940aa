// Figure 3: navigation start to the Turn time countdown on screen, against the bare React page
// showing its one element. Both detected the same way: a requestAnimationFrame loop installed
// before any page script, which stamps performance.now() in the first frame the element is visible.
// Measured on a plain CPU and with the CPU throttled 4× through the DevTools protocol (a slow laptop).
// Also: the JavaScript a browser really downloads at startup, every script fetched before the
// network is idle (not only the entry and its static imports), gzipped as a server would send it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

async function loadOnce(browser, url, target, { throttle = 1 } = {}) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(readyProbe, target);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
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

const APP_TARGET = { timerName: 'Turn time' };
const BARE_TARGET = { selector: '#bare-ready' };

/** Loads app and bare page `runs` times each, interleaved; returns the samples of each. */
async function sampleLoads({ browser, appUrl, bareUrl, runs, throttle }) {
  // One unmeasured load each warms the disk cache and the browser's compilers for both alike.
  await loadOnce(browser, appUrl, APP_TARGET, { throttle });
  await loadOnce(browser, bareUrl, BARE_TARGET, { throttle });
  const samples = { app: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    // Interleaved, and alternating which goes first, so drift hits both alike.
    const order = i % 2 ? ['bare', 'app'] : ['app', 'bare'];
    for (const which of order) {
      const target = which === 'app' ? APP_TARGET : BARE_TARGET;
      samples[which].push(await loadOnce(browser, which === 'app' ? appUrl : bareUrl, target, { throttle }));
    }
  }
  return samples;
}

/** Every script the page fetches from load until the network is idle, gzipped from the served folder. */
async function scriptsBeforeIdle(browser, url, dir, target) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(readyProbe, target);
    const fetched = [];
    page.on('response', (response) => {
      const request = response.request();
      if (request.resourceType() === 'script' && response.ok()) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__benchReady?.ready != null, null, { timeout: 20_000, polling: 50 });
    // Idle: no request for 500 ms. Whatever the page asked for by then is what a visitor downloads at startup.
    await page.waitForLoadState('networkidle', { timeout: 30_000 });
    const files = [...new Set(fetched)].map((path) => {
      const buf = readFileSync(join(dir, decodeURIComponent(path)));
      return { file: path.replace(/^\//, ''), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    });
    return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
  } finally {
    await context.close();
  }
}

/** Startup JS of app and bare page as a browser downloads it (all scripts before network idle). */
export async function measureStartupScripts({ browser, appUrl, bareUrl, appDir, bareDir }) {
  const app = await scriptsBeforeIdle(browser, appUrl, appDir, APP_TARGET);
  const bare = await scriptsBeforeIdle(browser, bareUrl, bareDir, BARE_TARGET);
  return { app, bare, ratio: app.gzip / bare.gzip, goal: 1.3, pass: app.gzip / bare.gzip <= 1.3 };
}

export async function measureTimeToReady({ browser, appUrl, bareUrl, runs = 5, throttle = 1 }) {
  const samples = await sampleLoads({ browser, appUrl, bareUrl, runs, throttle });
  const summary = (list) => ({
    medianReadyMs: median(list.map((s) => s.readyMs)),
    medianFcpMs: median(list.map((s) => s.fcpMs).filter((v) => v != null)),
    medianMainThreadCpuMs: median(list.map((s) => s.mainThreadCpuMs)),
    medianScriptCpuMs: median(list.map((s) => s.scriptCpuMs)),
    samples: list,
  });
  const result = { app: summary(samples.app), bare: summary(samples.bare), goal: 1.2, runs, throttle };
  result.ratio = result.app.medianReadyMs / result.bare.medianReadyMs;
  // Each app load ran right next to a bare one: the median of those pairs' ratios shrugs off drift in load.
  result.medianPairRatio = median(samples.app.map((s, i) => s.readyMs / samples.bare[i].readyMs));
  result.cpuRatio = result.app.medianMainThreadCpuMs / result.bare.medianMainThreadCpuMs;
  result.pass = result.ratio <= 1.2;
  return result;
}
