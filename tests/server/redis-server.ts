import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Debian's redis-server on a free loopback port, writing nothing to disk; resolves once it says it
 * accepts connections. Fails with a clear message when it is not installed (`.ci/run` installs it).
 * Used by the server's tests and the browser tests of two servers.
 */
export async function startRedis(): Promise<{ readonly url: string; stop(): void }> {
  if (spawnSync('redis-server', ['--version']).error)
    throw new Error('redis-server is not installed: this test needs it (apt-get install redis-server; .ci/run installs it when missing)');
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`redis-server did not start within 20 s: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', () => {
      clearTimeout(timer);
      fail(new Error(`redis-server stopped: ${output}`));
    });
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill() };
}
