// Figure 1: how much JavaScript the app makes the first page load, against a bare React 19 page
// built with the same Vite config and plugins.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

function outputsOf(result) {
  const list = Array.isArray(result) ? result : [result];
  return list.flatMap((r) => r.output ?? []);
}

/** Builds one page with the project's Vite config; returns the chunk table keyed by file name. */
async function buildPage({ root, configFile, outDir, publicDir, plugins }) {
  const result = await build({
    root,
    configFile,
    ...(publicDir === false && { publicDir: false }),
    ...(plugins && { plugins }),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const chunks = new Map();
  for (const item of outputsOf(result)) if (item.type === 'chunk') chunks.set(item.fileName, item);
  return chunks;
}

/** Script and modulepreload URLs of index.html, as paths relative to outDir. */
function entryScripts(html) {
  const files = new Set();
  let inline = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(m[1]);
    if (src) files.add(src[1]);
    else inline += m[2];
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel\s*=\s*["']modulepreload["']/i.test(m[0])) {
      const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0]);
      if (href) files.add(href[1]);
    }
  }
  const local = [...files].filter((f) => !/^[a-z]+:\/\//i.test(f)).map((f) => f.replace(/^\.?\//, ''));
  return { files: local, inline };
}

/** Who a module belongs to: an npm package, a folder of src/, or the bundler's runtime. */
function ownerOf(id, root) {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (clean.startsWith('/') || /^[A-Z]:/.test(clean)) {
    const rel = relative(root, clean).split('\\').join('/');
    if (!rel.startsWith('..'))
      return (
        rel
          .split('/')
          .slice(0, 2)
          .join('/')
          .replace(/\.[^/]*$/, '') || rel
      );
  }
  return `(${clean.split('/')[0]})`;
}

function measurePage(outDir, chunks, projectRoot) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const { files: entries, inline } = entryScripts(html);
  // The first page loads its scripts, their modulepreloads and, transitively, their static imports.
  const first = new Set();
  const visit = (file) => {
    if (first.has(file)) return;
    first.add(file);
    for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
  };
  entries.forEach(visit);
  const sized = (file) => {
    const buf = readFileSync(join(outDir, file));
    return { file, raw: buf.length, gzip: gzip(buf) };
  };
  const firstFiles = [...first].map(sized);
  if (inline.trim()) firstFiles.push({ file: '(inline scripts)', raw: Buffer.byteLength(inline), gzip: gzip(Buffer.from(inline)) });
  const allFiles = walk(outDir)
    .filter((f) => /\.(m?js)$/.test(f))
    .map((f) => sized(relative(outDir, f).split('\\').join('/')));
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);

  // Which packages and folders the first-page chunks are made of (rendered bytes, and each group gzipped alone).
  const groups = new Map();
  for (const file of first) {
    const chunk = chunks.get(file);
    if (!chunk) continue;
    for (const [id, info] of Object.entries(chunk.modules ?? {})) {
      const owner = ownerOf(id, projectRoot);
      const group = groups.get(owner) ?? { owner, rendered: 0, code: '' };
      group.rendered += info.renderedLength ?? 0;
      group.code += info.code ?? '';
      groups.set(owner, group);
    }
  }
  const byOwner = [...groups.values()]
    .map((g) => ({ owner: g.owner, rendered: g.rendered, gzipAlone: g.code ? gzip(Buffer.from(g.code)) : 0 }))
    .sort((a, b) => b.rendered - a.rendered);
  return {
    firstPage: { files: firstFiles, raw: sum(firstFiles, 'raw'), gzip: sum(firstFiles, 'gzip') },
    allJs: { files: allFiles, raw: sum(allFiles, 'raw'), gzip: sum(allFiles, 'gzip') },
    byOwner,
  };
}

/** Builds app and bare page into dist-bench/{app,bare}; returns sizes and the size goal. */
export async function measureSize({ projectRoot, outRoot }) {
  const configFile = resolve(projectRoot, 'vite.config.ts');
  const appOut = resolve(outRoot, 'app');
  const bareOut = resolve(outRoot, 'bare');
  const bareRoot = resolve(projectRoot, 'scripts/bench/bare');
  const notes = [];

  const appChunks = await buildPage({ root: projectRoot, configFile, outDir: appOut });
  let bareChunks;
  try {
    bareChunks = await buildPage({ root: bareRoot, configFile, outDir: bareOut, publicDir: false });
  } catch (error) {
    // A plugin of the project's config may need files only the app has; fall back to React's plugin alone.
    notes.push(
      `bare page built with @vitejs/plugin-react only: the project config failed (${String(error?.message ?? error).split('\n')[0]})`,
    );
    const { default: react } = await import('@vitejs/plugin-react');
    bareChunks = await buildPage({ root: bareRoot, configFile: false, outDir: bareOut, publicDir: false, plugins: [react()] });
  }
  const app = measurePage(appOut, appChunks, projectRoot);
  const bare = measurePage(bareOut, bareChunks, projectRoot);
  const ratio = app.firstPage.gzip / bare.firstPage.gzip;
  const bareOwners = new Map(bare.byOwner.map((g) => [g.owner, g]));
  // What the app adds over the bare page, group by group (rendered bytes).
  const added = app.byOwner
    .map((g) => ({
      owner: g.owner,
      rendered: g.rendered - (bareOwners.get(g.owner)?.rendered ?? 0),
      gzipAlone: g.gzipAlone - (bareOwners.get(g.owner)?.gzipAlone ?? 0),
    }))
    .filter((g) => g.rendered > 0)
    .sort((a, b) => b.rendered - a.rendered);
  return {
    app,
    bare,
    added,
    notes,
    firstPageRatio: ratio,
    allJsRatio: app.allJs.gzip / bare.allJs.gzip,
    goal: 1.3,
    pass: ratio <= 1.3,
  };
}
