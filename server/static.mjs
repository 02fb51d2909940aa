import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** @type {Readonly<Record<string, string>>} */
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
};

/**
 * Serves the built app from `distDir`: GET and HEAD, files with their MIME type, and `index.html`
 * for any path that names no file and has no extension (the app routes in the fragment, but a
 * bookmarked or mistyped path still opens the app). A path that decodes outside `distDir` is refused
 * (400). Hashed assets are cached for good; everything else is revalidated, so a new build (and a
 * new service worker) reaches devices. Nothing is logged, so neither are query strings.
 * @param {string} distDir
 */
export function staticFiles(distDir) {
  const root = resolve(distDir);

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} text
   */
  const plain = (res, status, text) => {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(text);
  };

  /** @param {string} file */
  const fileAt = async (file) => {
    try {
      const info = await stat(file);
      return info.isFile() ? info : null;
    } catch {
      return null;
    }
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname as it came, still percent-encoded
   */
  return async function serve(req, res, pathname) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return plain(res, 405, 'Method not allowed');
    }
    let decoded;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return plain(res, 400, 'Bad path');
    }
    const wanted = resolve(root, `.${decoded}`);
    if (decoded.includes('\0') || decoded.includes('\\') || (wanted !== root && !wanted.startsWith(root + sep))) {
      return plain(res, 400, 'Bad path');
    }
    let file = wanted === root ? join(root, 'index.html') : wanted;
    let info = await fileAt(file);
    if (!info && extname(decoded) === '') {
      file = join(root, 'index.html');
      info = await fileAt(file);
    }
    if (!info) return plain(res, 404, 'Not found');

    const immutable = file.startsWith(join(root, 'assets') + sep);
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Last-Modified': info.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}
