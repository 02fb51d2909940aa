import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * One device's network, between its browser and the server: a TCP relay on loopback that the test
 * can cut. Chromium's offline emulation leaves open WebSockets alone, so a dropped Wi-Fi is played
 * here: while cut, nothing passes either way and new connections hang, as on a network that went
 * away without a word; when restored, the dead connections are closed and new ones pass again.
 */
export interface NetworkLink {
  /** The address to open instead of the server's. */
  readonly url: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function networkLink(target: string): Promise<NetworkLink> {
  const { hostname, port } = new URL(target);
  let cut = false;
  const pairs = new Set<[Socket, Socket | null]>();
  const server: Server = createServer((client) => {
    const pair: [Socket, Socket | null] = [client, null];
    pairs.add(pair);
    client.on('error', () => {});
    client.on('close', () => {
      pair[1]?.destroy();
      pairs.delete(pair);
    });
    if (cut) return; // Hangs: no answer, no refusal.
    const upstream = connect(Number(port), hostname);
    pair[1] = upstream;
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.on('data', (chunk) => {
      if (!cut) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!cut) client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const local = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${local}`,
    cut: () => {
      cut = true;
    },
    restore: () => {
      cut = false;
      // What was open while cut is dead for both ends: close it, so both notice at once and reconnect.
      for (const [client, upstream] of [...pairs]) {
        client.destroy();
        upstream?.destroy();
      }
      pairs.clear();
    },
    close: async () => {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream?.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The same link through another address: the room and its key travel in the fragment, whatever the host. */
export function via(link: string, base: string): string {
  const url = new URL(link);
  return `${base}${url.pathname}${url.search}${url.hash}`;
}
