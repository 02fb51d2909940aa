// Devices figure: the JavaScript the sync adds, read from the bench's build. The sync code loads
// only when a room is used (src/main.tsx imports network-sync on demand): its chunk and
// the chunks it imports that the first page does not are counted, gzipped as figure 1 counts. The
// first page's files must not hold Yjs or the Hocuspocus provider, and must not fetch the sync code
// before the network is idle.
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first page's JavaScript before the devices work (commit f112570, built and gzipped as figure 1 does, bare page 67,412 B). */
const BEFORE_DEVICES = { commit: 'f112570', firstPageGzip: 86_873 };

/** Text only Yjs or the Hocuspocus provider carry, kept by minification. */
const MARKERS = ['__ $YJS$ __', 'Yjs was already imported', 'HocuspocusProvider', 'messageReconnectTimeout', 'forceSyncInterval'];

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

/** The chunks `file` imports statically (`import … from "./x.js"`, `import "./x.js"`), as paths under the build folder. */
function staticImports(dir, file) {
  const text = readFileSync(join(dir, file), 'utf8');
  const found = new Set();
  for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
    found.add(posix.join(posix.dirname(file), m[1]));
  return [...found];
}

function closure(dir, roots) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(dir, file)) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

/** Entry scripts and modulepreloads of index.html, as paths under the build folder. */
function entryFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const tag = m[0];
    const isModule = /^<script/i.test(tag) || /\brel\s*=\s*["']modulepreload["']/i.test(tag);
    const url = /\b(?:src|href)\s*=\s*["']([^"']+\.js)["']/i.exec(tag)?.[1];
    if (isModule && url && !/^[a-z]+:\/\//i.test(url)) files.push(url.replace(/^\.?\//, ''));
  }
  return files;
}

/**
 * @param {{ appDir: string, startupFiles?: string[] | null }} options startupFiles: what figure 1's
 *   "startup JS as downloaded" fetched before the network was idle, when it ran.
 */
export function measureSyncJs({ appDir, startupFiles = null }) {
  const assets = readdirSync(join(appDir, 'assets')).filter((f) => f.endsWith('.js'));
  const syncEntry = assets.find((f) => /^network-sync-[\w-]+\.js$/.test(f));
  if (!syncEntry) throw new Error('no network-sync-*.js chunk in the build');
  const firstPage = closure(appDir, entryFiles(appDir));
  const lazy = [...closure(appDir, [`assets/${syncEntry}`])].filter((file) => !firstPage.has(file));
  const sized = (file) => {
    const buf = readFileSync(join(appDir, file));
    return { file, raw: buf.length, gzip: gzip(buf) };
  };
  const lazyFiles = lazy.map(sized);
  const firstFiles = [...firstPage].map(sized);
  const lazyText = lazy.map((file) => readFileSync(join(appDir, file), 'utf8')).join('\n');
  const firstText = [...firstPage].map((file) => readFileSync(join(appDir, file), 'utf8')).join('\n');
  const markers = MARKERS.map((marker) => ({ marker, inSyncCode: lazyText.includes(marker), inFirstPage: firstText.includes(marker) }));
  const fetchedAtStartup = startupFiles ? lazy.filter((file) => startupFiles.includes(file)) : null;
  const firstPageGzip = firstFiles.reduce((s, f) => s + f.gzip, 0);
  return {
    syncFiles: lazyFiles,
    syncGzip: lazyFiles.reduce((s, f) => s + f.gzip, 0),
    syncRaw: lazyFiles.reduce((s, f) => s + f.raw, 0),
    firstPageFiles: firstFiles,
    firstPageGzip,
    markers,
    // Clean: every marker is found in the sync code (so the check means something) and none on the first page.
    firstPageFreeOfSync: markers.every((m) => m.inSyncCode && !m.inFirstPage),
    fetchedAtStartup,
    before: BEFORE_DEVICES,
    growthSinceBeforeDevices: firstPageGzip - BEFORE_DEVICES.firstPageGzip,
  };
}
