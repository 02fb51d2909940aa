import type { Clock } from '../domain/units';

/** One measure of this device's clock against the server's: the offset and how sure it is (the round trip). */
export interface TimeSample {
  /** This device's clock minus the server's, in ms. */
  readonly offset: number;
  readonly roundTrip: number;
  /** When it was taken, on this device's clock. */
  readonly at: number;
}

/** Asks the server for its time once; null when it does not answer. */
export async function sampleServerTime(clock: Clock, url = '/api/time'): Promise<TimeSample | null> {
  const sent = clock.now();
  try {
    const response = await fetch(url, { cache: 'no-store' });
    const received = clock.now();
    if (!response.ok) return null;
    const { now } = (await response.json()) as { now?: unknown };
    if (typeof now !== 'number' || !Number.isFinite(now)) return null;
    // The server read its clock about halfway through the round trip.
    return { offset: (sent + received) / 2 - now, roundTrip: received - sent, at: received };
  } catch {
    return null;
  }
}

/** Samples older than this give way to newer ones: clocks drift. */
const KEEP_FOR = 10 * 60_000;

/**
 * Keeps the best of recent samples: the one with the shortest round trip is the least wrong
 * (its error is at most half the round trip). Ties keep the older sample, so the shared time does
 * not jitter from one refresh to the next.
 */
export function bestSample(samples: readonly TimeSample[], now: number): TimeSample | null {
  let best: TimeSample | null = null;
  for (const sample of samples) {
    if (now - sample.at > KEEP_FOR) continue;
    if (!best || sample.roundTrip < best.roundTrip) best = sample;
  }
  return best;
}
