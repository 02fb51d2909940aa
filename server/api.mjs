import { ROLES, keyFor } from './auth.mjs';

/** A request body larger than this is refused: creating a room needs none. */
const MAX_BODY_BYTES = 1024;

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

/**
 * Reads a small body; null when it is over {@link MAX_BODY_BYTES}.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string | null>}
 */
function readSmallBody(req) {
  return new Promise((done, fail) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        done(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * `/api/…`: health (with the addresses other devices of the network can open, for the console's
 * links when it was opened on this machine), the server's clock, and new rooms with one key per role.
 * @param {{ secret: Buffer, rooms: import('./rooms.mjs').RoomRegistry, addresses?: () => string[] }} deps
 */
export function api({ secret, rooms, addresses = () => [] }) {
  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} pathname
   */
  return async function handle(req, res, pathname) {
    const method = req.method ?? 'GET';
    const only = (/** @type {string} */ allowed) => {
      res.setHeader('Allow', allowed);
      json(res, 405, { error: 'method-not-allowed' });
    };

    if (pathname === '/api/health')
      return method === 'GET' || method === 'HEAD' ? json(res, 200, { sync: true, version: 1, addresses: addresses() }) : only('GET');
    if (pathname === '/api/time') return method === 'GET' ? json(res, 200, { now: Date.now() }) : only('GET');
    if (pathname !== '/api/rooms') return json(res, 404, { error: 'not-found' });
    if (method !== 'POST') return only('POST');

    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      res.setHeader('Connection', 'close');
      return json(res, 413, { error: 'body-too-large' });
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    const body = await readSmallBody(req);
    if (body === null) {
      res.setHeader('Connection', 'close');
      return json(res, 413, { error: 'body-too-large' });
    }
    if (body !== '') {
      if (type !== 'application/json') return json(res, 415, { error: 'json-only' });
      try {
        JSON.parse(body);
      } catch {
        return json(res, 400, { error: 'bad-json' });
      }
    }

    const room = await rooms.create();
    const keys = Object.fromEntries(ROLES.map((role) => [role, keyFor(secret, room, role)]));
    return json(res, 201, { room, keys });
  };
}
