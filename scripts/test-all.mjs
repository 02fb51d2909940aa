#!/usr/bin/env node
// Runs every check in order, carries on past a failure so the report is complete, and ends
// with one line: "N passed, N failed" summed over the test runners (typecheck, lint, format, unused
// code and build count as one check each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest.json`;
const playwrightJson = `${results}/playwright.json`;
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const run = (label, command, args, env = {}) => {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const outcome = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return outcome.status === 0;
};

// The browser tests need a system Chromium; on a fresh Debian machine, install it.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`No Chromium at ${chromium}: installing Debian's chromium package`);
  spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium > /dev/null'], { stdio: 'inherit' });
}

// The sync server's tests start Debian's redis-server; on a fresh Debian machine, install it.
const hasRedis = spawnSync('redis-server', ['--version']).error === undefined;
if (!hasRedis && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("No redis-server: installing Debian's redis-server package");
  spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq redis-server > /dev/null'], { stdio: 'inherit' });
}

let passed = 0;
let failed = 0;
const check = (ok) => (ok ? passed++ : failed++);

check(run('typecheck', 'npx', ['tsc', '-b']));
check(run('lint', 'npx', ['eslint', '.']));
check(run('format', 'npx', ['prettier', '--check', '.']));
check(run('unused code', 'npx', ['knip', '--no-progress']));

run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  // Every project (unit and server in Node, component in jsdom) lands in one report. A file that fails before
  // any test runs (an import error) has no failed test: count it as one. Errors outside any test
  // (an unhandled rejection) only clear `success`: count them as one more if nothing else did.
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  );
  const countedFailures = report.numFailedTests + brokenFiles.length;
  passed += report.numPassedTests;
  failed += countedFailures + (!report.success && countedFailures === 0 ? 1 : 0);
} else failed++;

const built = run('build', 'npx', ['vite', 'build']);
check(built);
if (built) {
  run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson });
  if (existsSync(playwrightJson)) {
    const { stats } = JSON.parse(readFileSync(playwrightJson, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  } else failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
