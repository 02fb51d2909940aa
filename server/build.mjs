import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** What the build reads: a change to any of these makes `dist/` stale. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts'];

/**
 * The newest modification time under a file or folder, in epoch ms; 0 when it does not exist.
 * @param {string} path
 * @returns {Promise<number>}
 */
async function newestUnder(path) {
  let info;
  try {
    info = await stat(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestUnder(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/**
 * Why `distDir` needs a build (its index.html is missing, or older than the newest source), or null
 * when it is up to date.
 * @param {string} root the repository
 * @param {string} distDir
 * @returns {Promise<string | null>}
 */
export async function staleReason(root, distDir) {
  const built = await newestUnder(join(distDir, 'index.html'));
  const sources = Math.max(...(await Promise.all(SOURCES.map((source) => newestUnder(join(root, source))))));
  const folder = relative(root, distDir) || '.';
  if (built === 0) return `${folder}/index.html is missing`;
  return built < sources ? `the sources changed since ${folder}/ was built` : null;
}

/**
 * Builds the app into `distDir` with `npx vite build` when it is stale, and says so on stdout.
 * Throws when the build fails.
 * @param {string} root the repository
 * @param {string} distDir
 */
export async function buildIfStale(root, distDir) {
  const why = await staleReason(root, distDir);
  if (why === null) return;
  console.log(`Building the app (${why}): npx vite build --outDir ${relative(root, distDir) || '.'}`);
  const outcome = spawnSync('npx', ['vite', 'build', '--outDir', distDir], { cwd: root, stdio: 'inherit' });
  if (outcome.status !== 0) throw new Error('The build failed: see above.');
}
