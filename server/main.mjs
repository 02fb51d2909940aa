// `npm start`: builds the app if needed, then serves it and the sync endpoint on one port.
// Environment: PORT (5173), HOST (0.0.0.0), DATA_DIR (./data), REDIS_URL, SYNC_SECRET, and DIST_DIR
// to serve an existing build as it is (no build check).
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { api } from './api.mjs';
import { buildIfStale } from './build.mjs';
import { loadSecret } from './secret.mjs';
import { staticFiles } from './static.mjs';
import { createSync } from './sync.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 5173;
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '']);

/**
 * @typedef {{
 *   port?: number,
 *   host?: string,
 *   dataDir?: string,
 *   distDir?: string,
 *   redisUrl?: string,
 *   secret?: string,
 *   quiet?: boolean,
 * }} ServerOptions
 * port: 0 picks a free one. secret: a shared secret (SYNC_SECRET) instead of `<dataDir>/secret`.
 * quiet: print nothing (tests).
 */

/**
 * Starts the server: the built app from `distDir`, `/api/…`, and the sync endpoint at `/sync`, all on
 * one port. Builds nothing: `main()` does that first.
 * @param {ServerOptions} [options]
 * @returns {Promise<{ url: string, port: number, addresses: string[], close: () => Promise<void> }>}
 *   url: this machine's address for the server, without a trailing slash (`http://localhost:5173`);
 *   addresses: the pages to open, this machine's first, then the ones other devices can open.
 */
export async function startServer({
  port = DEFAULT_PORT,
  host = '0.0.0.0',
  dataDir = 'data',
  distDir = join(ROOT, 'dist'),
  redisUrl,
  secret,
  quiet = false,
} = {}) {
  const log = quiet ? () => {} : (/** @type {string} */ line) => console.log(`[run-of-show] ${line}`);
  const data = resolve(dataDir);
  const key = await loadSecret(data, secret);
  const sync = await createSync({ secret: key, dataDir: data, redisUrl: redisUrl || undefined, log });
  /** @type {string[]} the addresses other devices of the network can open, known once listening */
  const lan = [];
  const serveApi = api({ secret: key, rooms: sync.rooms, addresses: () => lan });
  const serveFile = staticFiles(distDir);

  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const handle = pathname === '/api' || pathname.startsWith('/api/') ? serveApi : serveFile;
    handle(req, res, pathname).catch((/** @type {Error} */ error) => {
      log(`error answering a request: ${error.message}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    });
  });
  server.on('upgrade', (req, socket, head) => sync.upgrade(req, socket, head));

  try {
    await new Promise((done, fail) => {
      server.once('error', fail);
      server.listen(port, host, () => done(undefined));
    });
  } catch (error) {
    await sync.close();
    throw error;
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const addresses = addressesFor(host, actualPort);
  lan.push(...addresses.slice(1));
  log(`ready. Open it on this computer at ${addresses[0]}`);
  if (addresses.length > 1)
    log(
      `and on the other devices of this network at:\n${addresses
        .slice(1)
        .map((a) => `  ${a}`)
        .join('\n')}`,
    );

  return {
    url: /** @type {string} */ (addresses[0]).slice(0, -1),
    port: actualPort,
    addresses,
    /** Stops listening (the port is free once this resolves), cuts every connection, waits for the writes in flight. */
    async close() {
      const stopped = new Promise((done) => server.close(() => done(undefined)));
      server.closeAllConnections();
      await sync.close();
      await stopped;
    },
  };
}

/**
 * Where the server can be opened: first from this machine, then every non-internal IPv4 address of
 * this machine when it listens on all of them.
 * @param {string} host
 * @param {number} port
 */
function addressesFor(host, port) {
  /** @param {string} name */
  const urlOf = (name) => `http://${name.includes(':') ? `[${name}]` : name}:${port}/`;
  if (!ANY_ADDRESS.has(host)) return [urlOf(host)];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => urlOf(/** @type {import('node:os').NetworkInterfaceInfo} */ (net).address));
  return [urlOf('localhost'), ...lan];
}

async function main() {
  const env = process.env;
  const port = Number(env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const distDir = env.DIST_DIR ? resolve(env.DIST_DIR) : join(ROOT, 'dist');
  if (!env.DIST_DIR) await buildIfStale(ROOT, distDir);
  const server = await startServer({
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? 'data',
    distDir,
    redisUrl: env.REDIS_URL,
    secret: env.SYNC_SECRET,
  });
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((/** @type {NodeJS.ErrnoException} */ error) => {
    console.error(
      error.code === 'EADDRINUSE' ? `Port ${process.env.PORT ?? DEFAULT_PORT} is in use: set PORT to another one.` : error.message,
    );
    process.exit(1);
  });
}
