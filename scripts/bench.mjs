#!/usr/bin/env node
// `npm run bench`: eight figures measured side by side in one run, printed as a table and written
// to dist-bench/bench.json. A missed goal is reported, never a failure: the exit code is non-zero
// only when a measurement itself broke. `--quick` shortens the CPU sample from 30 s to 10 s and the
// devices' load test (scripts/bench/sync.mjs) from 200 rooms and 30 s to 50 rooms and 10 s.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(projectRoot);
const outRoot = resolve(projectRoot, 'dist-bench');
const quick = process.argv.includes('--quick');
const cpuSeconds = quick ? 10 : 30;

const cleanups = [];
const cleanup = async () => {
  while (cleanups.length) {
    const undo = cleanups.pop();
    try {
      await undo();
    } catch {
      /* already gone */
    }
  }
};
// Whatever happens, a stuck run does not outlive fifteen minutes, nor leave a browser or server behind.
const watchdog = setTimeout(async () => {
  console.error('bench: gave up after 15 minutes');
  await cleanup();
  process.exit(2);
}, 15 * 60_000);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, async () => {
    await cleanup();
    process.exit(130);
  });

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const since = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

// Other work on the machine skews every timing figure: keep the 1-minute load average seen at each figure.
const cores = availableParallelism();
const loads = [];
const noteLoad = (name) => loads.push({ figure: name, load1: loadavg()[0] });

/** Runs a figure; a crash is recorded as that figure's error and the others go on. */
async function figure(name, fn) {
  const t0 = performance.now();
  log(`${name}…`);
  noteLoad(name);
  try {
    const value = await fn();
    noteLoad(`${name} (end)`);
    log(`${name} done in ${since(t0)}`);
    return value;
  } catch (error) {
    log(`${name} FAILED after ${since(t0)}: ${error?.stack ?? error}`);
    return { error: String(error?.message ?? error).split('\n')[0] };
  }
}

/** The jsdom and Node figures run in one vitest process with the bench's own config. */
function runVitest() {
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [resolve(projectRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'scripts/bench/vitest.bench.config.ts'],
      {
        cwd: projectRoot,
        // Vite's build() above set NODE_ENV=production in this process; React's act() needs the development build.
        env: {
          ...process.env,
          NODE_ENV: 'test',
          BENCH_RERENDERS_OUT: resolve(outRoot, 'rerenders.json'),
          BENCH_SCALE_OUT: resolve(outRoot, 'scale.json'),
          FORCE_COLOR: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    cleanups.push(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) ok(output);
      else fail(new Error(`vitest exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`);
const verdict = (pass) => (pass ? 'PASS' : 'MISS');
/** The long-agenda cases with generated turns (not the seed), in order. */
const longTurns = (long) => Object.values(long.byCase).filter((c) => c.turns != null);
const longCases = (long, show) =>
  longTurns(long)
    .map((c) => `${c.turns}: ${show(c)}`)
    .join(', ');

async function main() {
  const t0 = performance.now();
  mkdirSync(outRoot, { recursive: true });
  for (const file of ['bench.json', 'rerenders.json', 'scale.json']) rmSync(resolve(outRoot, file), { force: true });

  const { measureSize } = await import('./bench/size.mjs');
  const size = await figure('size (vite build of app and bare page)', () => measureSize({ projectRoot, outRoot }));

  const vitest = await figure('re-renders and scale (vitest)', async () => {
    await runVitest();
    return {};
  });
  const rerenders = vitest.error ? vitest : await figure('re-renders result', () => readJson(resolve(outRoot, 'rerenders.json')));
  const scale = vitest.error ? vitest : await figure('scale result', () => readJson(resolve(outRoot, 'scale.json')));

  let ttr, ttrSlow, startup, cpu, accuracy, long, devices;
  const noBuild = { error: 'no build to serve (size figure failed)' };
  const devicesFigures = await import('./bench/sync.mjs');
  if (size.error || !existsSync(resolve(outRoot, 'app/index.html')) || !existsSync(resolve(outRoot, 'bare/index.html'))) {
    ttr = ttrSlow = startup = cpu = accuracy = long = noBuild;
    devices = { js: noBuild, keyToDevice: noBuild, catchUp: noBuild, load: noBuild };
  } else {
    const { serveStatic } = await import('./bench/static-server.mjs');
    const { launchBrowser } = await import('./bench/browser.mjs');
    const appServer = await serveStatic(resolve(outRoot, 'app'));
    cleanups.push(appServer.close);
    const bareServer = await serveStatic(resolve(outRoot, 'bare'));
    cleanups.push(bareServer.close);
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    const { measureTimeToReady, measureStartupScripts } = await import('./bench/time-to-ready.mjs');
    const { measureCpu } = await import('./bench/cpu.mjs');
    const { measureAccuracy } = await import('./bench/accuracy.mjs');
    const { measureLongAgendas } = await import('./bench/long-agendas.mjs');
    ttr = await figure('time to ready (5 loads each)', () =>
      measureTimeToReady({ browser, appUrl: appServer.url, bareUrl: bareServer.url, runs: 5 }),
    );
    ttrSlow = await figure('time to ready, CPU throttled 4× (5 loads each)', () =>
      measureTimeToReady({ browser, appUrl: appServer.url, bareUrl: bareServer.url, runs: 5, throttle: 4 }),
    );
    startup = await figure('startup JS as the browser downloads it', () =>
      measureStartupScripts({
        browser,
        appUrl: appServer.url,
        bareUrl: bareServer.url,
        appDir: resolve(outRoot, 'app'),
        bareDir: resolve(outRoot, 'bare'),
      }),
    );
    long = await figure('long agendas (seed, 10, 100, 1,000 turns)', () =>
      measureLongAgendas({ browser, appUrl: appServer.url, appDir: resolve(outRoot, 'app'), tickSeconds: quick ? 3 : 5 }),
    );
    cpu = await figure(`CPU (${cpuSeconds} s of real time)`, () =>
      measureCpu({ browser, appUrl: appServer.url, bareUrl: bareServer.url, seconds: cpuSeconds }),
    );
    accuracy = await figure('accuracy (60 simulated minutes)', () => measureAccuracy({ browser, appUrl: appServer.url }));
    devices = await devicesFigures.measureDevices({
      figure,
      browser,
      projectRoot,
      appDir: resolve(outRoot, 'app'),
      startupFiles: startup.error ? null : startup.app.files.map((f) => f.file),
      quick,
      onCleanup: (undo) => cleanups.push(undo),
    });
    await cleanup();
  }

  const rows = [];
  const errorRow = (name, goal, result) => rows.push([name, `error: ${result.error}`, goal, '', 'ERROR']);

  if (size.error) errorRow('1 Size: first-page JS, gzip', '≤ 1.3 × bare', size);
  else {
    rows.push([
      '1 Size: first-page JS (entry and its imports), gzip',
      `app ${kb(size.app.firstPage.gzip)} / bare ${kb(size.bare.firstPage.gzip)}`,
      '≤ 1.3 × bare',
      `${size.firstPageRatio.toFixed(2)}×`,
      verdict(size.pass),
    ]);
    rows.push([
      '  Size: all JS, gzip',
      `app ${kb(size.app.allJs.gzip)} / bare ${kb(size.bare.allJs.gzip)}`,
      '(info)',
      `${size.allJsRatio.toFixed(2)}×`,
      '',
    ]);
  }
  if (startup.error) errorRow('  Size: startup JS as downloaded', '≤ 1.3 × bare', startup);
  else
    rows.push([
      '  Size: startup JS, all fetched before network idle',
      `app ${kb(startup.app.gzip)} (${startup.app.files.length} files) / bare ${kb(startup.bare.gzip)} (${startup.bare.files.length})`,
      '≤ 1.3 × bare',
      `${startup.ratio.toFixed(2)}×`,
      verdict(startup.pass),
    ]);
  if (rerenders.error) errorRow('2 Re-renders per displayed second', '≤ 4', rerenders);
  else {
    const h = rerenders.handClock;
    rows.push(['2 Re-renders per displayed second', `avg ${h.average.toFixed(2)}, max ${h.max}`, '≤ 4', '', verdict(h.max <= 4)]);
    const r = rerenders.realTicker;
    if (r)
      rows.push([
        '  same, real ticker, Start mid-second',
        `avg ${r.average.toFixed(2)}, max ${r.max} (${r.commitsPerSecond.toFixed(1)} commits/s)`,
        '(info)',
        '',
        '',
      ]);
  }
  if (ttr.error) errorRow('3 Time to ready, median of 5', '≤ 1.2 × bare', ttr);
  else {
    rows.push([
      '3 Time to ready, median of 5',
      `app ${ms(ttr.app.medianReadyMs)} / bare ${ms(ttr.bare.medianReadyMs)}`,
      '≤ 1.2 × bare',
      `${ttr.ratio.toFixed(2)}×`,
      verdict(ttr.pass),
    ]);
    rows.push(['  median of back-to-back pairs', `app ÷ bare per pair`, '(info)', `${ttr.medianPairRatio.toFixed(2)}×`, '']);
    rows.push([
      '  main-thread CPU until ready',
      `app ${ms(ttr.app.medianMainThreadCpuMs)} / bare ${ms(ttr.bare.medianMainThreadCpuMs)} (script ${ms(ttr.app.medianScriptCpuMs)} / ${ms(ttr.bare.medianScriptCpuMs)})`,
      '(info)',
      `${ttr.cpuRatio.toFixed(2)}×`,
      '',
    ]);
  }
  if (ttrSlow.error) errorRow('  Time to ready, CPU throttled 4×', '≤ 1.2 × bare', ttrSlow);
  else {
    rows.push([
      '  Time to ready, CPU throttled 4×',
      `app ${ms(ttrSlow.app.medianReadyMs)} / bare ${ms(ttrSlow.bare.medianReadyMs)}`,
      '≤ 1.2 × bare',
      `${ttrSlow.ratio.toFixed(2)}×`,
      verdict(ttrSlow.pass),
    ]);
    rows.push(['    median of back-to-back pairs', `app ÷ bare per pair`, '(info)', `${ttrSlow.medianPairRatio.toFixed(2)}×`, '']);
  }
  if (cpu.error) errorRow('4 CPU while a turn runs', '< 1 % of a core', cpu);
  else {
    rows.push([
      `4 CPU while a turn runs (${cpuSeconds} s)`,
      `${cpu.app.busyMsPerMinute.toFixed(0)} ms/min = ${cpu.app.percentOfCore.toFixed(2)} % of a core`,
      '< 1 % of a core',
      '',
      verdict(cpu.pass),
    ]);
    rows.push([
      '  bare page idling alongside',
      `${cpu.bare.busyMsPerMinute.toFixed(0)} ms/min = ${cpu.bare.percentOfCore.toFixed(2)} % of a core`,
      '(info)',
      '',
      '',
    ]);
  }
  if (accuracy.error) errorRow('5 Accuracy, 60 simulated min', 'max diff 0 s', accuracy);
  else {
    rows.push([
      '5 Accuracy, 60 simulated min',
      `max |shown − true| ${accuracy.turnMaxDiff} s turn, ${accuracy.sessionMaxDiff} s session (${accuracy.checks} checks)`,
      '0 s',
      '',
      verdict(accuracy.turnMaxDiff === 0 && accuracy.sessionMaxDiff === 0 && accuracy.unreadable === 0),
    ]);
    rows.push([
      '  flips within 16 ms of true second',
      `${accuracy.flippedInFrame}/${accuracy.boundaries} boundaries, ${accuracy.earlyFlips} early`,
      'all',
      '',
      verdict(accuracy.flippedInFrame === accuracy.boundaries && accuracy.earlyFlips === 0),
    ]);
    rows.push([
      '  right at once after hidden',
      `${accuracy.hiddenStretches} stretches (${(accuracy.hiddenMs / 60_000).toFixed(1)} min), max diff ${accuracy.afterVisibleMaxDiff} s`,
      '0 s',
      '',
      verdict(accuracy.afterVisibleMaxDiff === 0),
    ]);
  }
  if (scale.error) errorRow('6 Scale (200 turns, 50 people)', '< 16 ms each', scale);
  else {
    const n = scale.input;
    const scaleRow = (label, key) =>
      rows.push([
        label,
        `median ${ms(scale[key].medianMs)} (max ${ms(scale[key].maxMs)})`,
        '< 16 ms',
        '',
        verdict(scale[key].medianMs < 16),
      ]);
    scaleRow(`6 Scale: validateAgenda(JSON.parse), ${n.turns} turns`, 'validateAgenda');
    scaleRow('  Scale: parseAgendaText', 'parseAgendaText');
    scaleRow('  Scale: compilePlan', 'compilePlan');
    scaleRow(`  Scale: foldRun + project, ${n.events} events`, 'foldRunAndProject');
    if (scale.foldRunAlone)
      rows.push([
        '    of which foldRun / project',
        `${ms(scale.foldRunAlone.medianMs)} / ${ms(scale.projectAlone.medianMs)}`,
        '(info)',
        '',
        '',
      ]);
  }

  if (long.error) errorRow('7 Long agendas: Next and tick', '< 16 ms each', long);
  else {
    const seed = long.byCase.seed;
    rows.push([
      '7 Long agendas: DOM nodes, running',
      `seed ${seed.domNodes}, ${longCases(long, (c) => String(c.domNodes))}`,
      '(info)',
      '',
      '',
    ]);
    rows.push([
      '  Next: click to commit + layout, median',
      `seed ${ms(seed.next.medianMs)}, ${longCases(long, (c) => ms(c.next.medianMs))}`,
      '< 16 ms',
      '',
      verdict(longTurns(long).every((c) => c.next.medianMs < 16)),
    ]);
    rows.push([
      '  Next: main-thread CPU to paint, median',
      `seed ${ms(seed.nextCpu.medianMs)}, ${longCases(long, (c) => ms(c.nextCpu.medianMs))}`,
      '< 16 ms',
      '',
      verdict(longTurns(long).every((c) => c.nextCpu.medianMs < 16)),
    ]);
    rows.push([
      '  Tick: main-thread CPU per commit',
      `seed ${ms(seed.tick.cpuMsPerCommit)}, ${longCases(long, (c) => ms(c.tick.cpuMsPerCommit))}`,
      '< 16 ms',
      '',
      verdict(longTurns(long).every((c) => c.tick.cpuMsPerCommit < 16)),
    ]);
  }

  rows.push(...devicesFigures.devicesRows(devices));

  const header = ['figure', 'measured', 'goal', 'ratio', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  const table = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
  console.log(`\nRun of Show benchmark${quick ? ' (--quick)' : ''}, ${new Date().toISOString()}, node ${process.version}\n`);
  console.log(table);
  console.log(`\n${devicesFigures.devicesBlock(devices)}`);

  const notes = [];
  const busiest = Math.max(...loads.map((l) => l.load1));
  if (busiest > cores)
    notes.push(
      `WARNING: the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${cores} cores): the timing figures (3, 4, 6, 8) are inflated and noisy; rerun on a quiet machine`,
    );
  if (!size.error) {
    const top = size.added
      .slice(0, 8)
      .map((g) => `${g.owner} ${kb(g.rendered)} (${kb(g.gzipAlone)} gz)`)
      .join(', ');
    const budget = size.bare.firstPage.gzip * size.goal;
    notes.push(
      `size: the app's first-page JS is ${kb(size.app.firstPage.gzip - budget)} ${size.pass ? 'under' : 'over'} its budget of ${kb(budget)}; what it adds over the bare page, by package or src/ folder (module code before minification, and that code gzipped alone): ${top}`,
    );
    notes.push(...size.notes);
  }
  if (!startup.error)
    notes.push(
      `startup JS as downloaded (gzip): app ${startup.app.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}; bare ${startup.bare.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`,
    );
  if (!cpu.error)
    notes.push(
      `CPU (main-thread CPU time): Turn time ${cpu.turnTimeBefore} → ${cpu.turnTimeAfter} over the sample; page ${cpu.visibilityState}; of ${ms(cpu.app.busyMs)} busy, script ${ms(cpu.app.scriptMs)}, layout ${ms(cpu.app.layoutMs)} (${cpu.app.layoutCount}×), style ${ms(cpu.app.styleMs)} (${cpu.app.styleCount}×), the rest paint, commit and task overhead`,
    );
  if (!accuracy.error && accuracy.mismatches.length)
    notes.push(`accuracy mismatches (first ${accuracy.mismatches.length}): ${JSON.stringify(accuracy.mismatches)}`);
  if (!scale.error) {
    notes.push(`scale input: ${JSON.stringify(scale.input)}`);
    if (scale.foldRunByEvents)
      notes.push(
        `foldRun median by log length: ${Object.entries(scale.foldRunByEvents)
          .map(([n, v]) => `${n} events ${ms(v)}`)
          .join(', ')}`,
      );
  }
  if (notes.length) console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);

  const report = {
    generatedAt: new Date().toISOString(),
    quick,
    node: process.version,
    totalSeconds: (performance.now() - t0) / 1000,
    cores,
    loads,
    table: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))),
    size,
    rerenders,
    timeToReady: ttr,
    timeToReadyThrottled4x: ttrSlow,
    startupScripts: startup,
    cpu,
    accuracy,
    scale,
    longAgendas: long,
    devices,
    notes,
  };
  writeFileSync(
    resolve(outRoot, 'bench.json'),
    JSON.stringify(report, (key, value) => (key === 'code' ? undefined : value), 2),
  );
  console.log(`\nWritten to dist-bench/bench.json in ${since(t0)}.`);
  const broken = [size, rerenders, ttr, ttrSlow, startup, cpu, accuracy, scale, long, ...Object.values(devices)].some((r) => r?.error);
  return broken ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    clearTimeout(watchdog);
    process.exit(code);
  })
  .catch(async (error) => {
    console.error(error);
    await cleanup();
    process.exit(1);
  });
