// Figure 4: main-thread time the running console costs, from CDP Performance.getMetrics,
// with the bare React page idling alongside as the floor the browser itself costs.
import { newContext, timerText } from './browser.mjs';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function openPage(browser, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(page);
  // Thread CPU time, not wall time: a busy machine that preempts the renderer does not inflate it.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { context, page, cdp };
}

function delta(before, after) {
  const seconds = after.Timestamp - before.Timestamp;
  const busy = (after.TaskDuration - before.TaskDuration) * 1000;
  return {
    seconds,
    busyMs: busy,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
    styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
    layoutCount: after.LayoutCount - before.LayoutCount,
    styleCount: after.RecalcStyleCount - before.RecalcStyleCount,
    busyMsPerMinute: (busy / seconds) * 60,
    percentOfCore: (busy / (seconds * 1000)) * 100,
  };
}

export async function measureCpu({ browser, appUrl, bareUrl, seconds }) {
  const app = await openPage(browser, appUrl);
  const bare = await openPage(browser, bareUrl);
  try {
    await app.page.getByRole('timer', { name: 'Turn time' }).waitFor({ state: 'visible', timeout: 20_000 });
    await bare.page.locator('#bare-ready').waitFor({ state: 'visible', timeout: 20_000 });
    await app.page.keyboard.press('Space');
    await app.page.getByRole('button', { name: /^Pause/ }).waitFor({ timeout: 10_000 });
    // Let the start's own work (persisting, the service worker registering) settle before sampling.
    await sleep(1500);
    const textBefore = await app.page.evaluate(timerText, 'Turn time');
    const visibility = await app.page.evaluate(() => document.visibilityState);
    const [appBefore, bareBefore] = await Promise.all([metrics(app.cdp), metrics(bare.cdp)]);
    await sleep(seconds * 1000);
    const [appAfter, bareAfter] = await Promise.all([metrics(app.cdp), metrics(bare.cdp)]);
    const textAfter = await app.page.evaluate(timerText, 'Turn time');
    const result = {
      app: delta(appBefore, appAfter),
      bare: delta(bareBefore, bareAfter),
      sampledSeconds: seconds,
      turnTimeBefore: textBefore,
      turnTimeAfter: textAfter,
      visibilityState: visibility,
      goalPercent: 1,
    };
    result.pass = result.app.percentOfCore < 1;
    return result;
  } finally {
    await app.context.close();
    await bare.context.close();
  }
}
