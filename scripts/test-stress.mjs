#!/usr/bin/env node
// The whole `npm test`, three times in a row, with two CPU-bound processes running beside it (a
// busy 2-core machine). Prints each run's duration and its "N passed, N failed" line, and exits
// non-zero if any run failed. The hogs are stopped however this ends (done, failed, Ctrl+C).
// Options: RUNS=3 and HOGS=2 in the environment.
import { spawn } from 'node:child_process';

const runs = Number(process.env.RUNS ?? 3);
const hogCount = Number(process.env.HOGS ?? 2);

const hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
let current = null;

const stopHogs = () => {
  for (const hog of hogs) if (hog.exitCode === null && hog.signalCode === null) hog.kill('SIGKILL');
};
/** Sends a signal to npm test's process group (it runs detached, in a group of its own). */
const signalRun = (signal) => {
  if (!current?.pid || current.exitCode !== null || current.signalCode !== null) return;
  try {
    process.kill(-current.pid, signal);
  } catch {
    // already gone
  }
};
process.on('exit', () => {
  stopHogs();
  signalRun('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping the CPU hogs and the test run`);
    stopHogs();
    // SIGINT first, as Ctrl+C in a terminal would: Playwright then stops its web server (which runs
    // in a group of its own); whatever is left after five seconds is killed.
    signalRun('SIGINT');
    const running = current;
    const deadline = setTimeout(() => process.exit(130), 5000);
    running?.on('close', () => {
      clearTimeout(deadline);
      process.exit(130);
    });
    if (!running) process.exit(130);
  });
}

/** Runs `npm test` once, echoing its output, and returns its exit code and last "N passed, N failed" line. */
function npmTest() {
  return new Promise((resolve) => {
    const child = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    current = child;
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => {
      current = null;
      const summary = [...tail.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1)?.[0] ?? 'no summary line';
      resolve({ code, summary });
    });
  });
}

console.log(`test:stress: ${runs} runs of npm test with ${hogCount} CPU hogs (pids ${hogs.map((h) => h.pid).join(', ')})`);
const results = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\n##### run ${run} of ${runs}`);
  const started = Date.now();
  const { code, summary } = await npmTest();
  const seconds = (Date.now() - started) / 1000;
  results.push({ run, code, summary, seconds });
  console.log(`##### run ${run}: ${summary} (exit ${code}) in ${seconds.toFixed(0)} s`);
}
stopHogs();

console.log(`\ntest:stress with ${hogCount} CPU hogs:`);
for (const { run, code, summary, seconds } of results) {
  console.log(`  run ${run}: ${summary}, ${seconds.toFixed(0)} s${code === 0 ? '' : ` (exit ${code})`}`);
}
const failedRuns = results.filter((r) => r.code !== 0).length;
console.log(failedRuns === 0 ? `all ${runs} runs passed` : `${failedRuns} of ${runs} runs failed`);
process.exit(failedRuns === 0 ? 0 : 1);
