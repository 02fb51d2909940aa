import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { keyFor } from '../../server/auth.mjs';
import { createRoom, startTestServer } from './helpers';

let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
  // A file beside the build that no path may reach.
  writeFileSync(join(server.dir, 'outside.txt'), 'not for the web');
});
afterAll(() => server.stop());

/** A GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(path: string, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the API', () => {
  it('answers health with the sync flag and the protocol version', async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    // Bound to loopback only: no address another device could open.
    expect(await response.json()).toEqual({ sync: true, version: 1, addresses: [] });
  });

  it('tells the server time, never cached', async () => {
    const before = Date.now();
    const response = await fetch(`${server.url}/api/time`);
    const { now } = (await response.json()) as { now: number };
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('makes a room with one HMAC key per role, registered on disk', async () => {
    const response = await fetch(`${server.url}/api/rooms`, { method: 'POST' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { room, keys } = (await response.json()) as { room: string; keys: Record<string, string> };
    expect(room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const secret = readFileSync(join(server.dir, 'data', 'secret'));
    expect(secret).toHaveLength(32);
    expect(statSync(join(server.dir, 'data', 'secret')).mode & 0o777).toBe(0o600);
    expect(keys).toEqual({
      moderator: keyFor(secret, room, 'moderator'),
      record: keyFor(secret, room, 'record'),
      speaker: keyFor(secret, room, 'speaker'),
    });
    expect(statSync(join(server.dir, 'data', 'rooms', room)).isFile()).toBe(true);
  });

  it('makes a different room every time', async () => {
    const rooms = await Promise.all([1, 2, 3].map(() => createRoom(server.url)));
    expect(new Set(rooms.map((r) => r.room)).size).toBe(3);
  });

  it('accepts a small JSON body and refuses other bodies', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${server.url}/api/rooms`, { method: 'POST', body, headers: { 'content-type': type } }).then((r) => r.status);
    expect(await post('{}')).toBe(201);
    expect(await post('{"a":1}', 'application/json; charset=utf-8')).toBe(201);
    expect(await post('{not json')).toBe(400);
    expect(await post('hello', 'text/plain')).toBe(415);
    expect(await post(JSON.stringify({ pad: 'x'.repeat(5000) }))).toBe(413);
  });

  it('refuses other methods and unknown API paths', async () => {
    expect((await fetch(`${server.url}/api/rooms`)).status).toBe(405);
    expect((await fetch(`${server.url}/api/health`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
  });
});

describe('the built app', () => {
  it('serves index.html at the root, revalidated on every visit', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Run of Show</title>');
  });

  it('serves files with their MIME type, hashed assets cached for good', async () => {
    const js = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('export const app = 1;');
    expect((await fetch(`${server.url}/assets/index-abc123.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await fetch(`${server.url}/manifest.webmanifest`)).headers.get('content-type')).toBe(
      'application/manifest+json; charset=utf-8',
    );
  });

  it('falls back to index.html for a path without an extension, and answers 404 for a missing file', async () => {
    const page = await fetch(`${server.url}/stage?agenda=x`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Run of Show</title>');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it('answers HEAD without a body and refuses POST', async () => {
    const head = await rawGet('/assets/index-abc123.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await rawGet('/', 'POST')).status).toBe(405);
  });

  it('refuses every path that would leave the build folder', async () => {
    for (const path of [
      '/../outside.txt',
      '/..%2foutside.txt',
      '/%2e%2e/outside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/..%5coutside.txt',
      '/a%00.js',
    ]) {
      const response = await rawGet(path);
      expect(response.body, path).not.toContain('not for the web');
      expect([400, 404], path).toContain(response.status);
    }
    expect((await rawGet('/..%2foutside.txt')).status).toBe(400);
  });

  it('refuses a WebSocket upgrade anywhere but /sync', async () => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/elsewhere`);
    const failure = await new Promise<string>((done) => {
      socket.on('unexpected-response', (_req, res) => done(`status ${res.statusCode}`));
      socket.on('error', (error) => done(error.message));
      socket.on('open', () => done('open'));
    });
    expect(failure).toBe('status 404');
  });
});
