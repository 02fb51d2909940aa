import { instant, type Instant } from '../domain/units';
import { systemClock } from './clock';

const KEY = 'run-of-show:rehearsal-clock';

interface Anchor {
  /** Real time at the anchor. */
  readonly real: number;
  /** Simulated time at the anchor. */
  readonly sim: number;
  readonly speed: number;
}

export const REHEARSAL_SPEEDS = [1, 5, 10, 60] as const;

/**
 * A simulated clock for rehearsals: it runs `speed` times faster than the real one from its
 * anchor. The anchor is kept in storage so the rehearsal's speaker view and a reload read the
 * same simulated time.
 */
export function rehearsalClock(storage: Storage | undefined) {
  const read = (): Anchor | null => {
    try {
      const a = JSON.parse(storage?.getItem(KEY) ?? 'null') as Anchor | null;
      return a && [a.real, a.sim, a.speed].every(Number.isFinite) && a.speed > 0 ? a : null;
    } catch {
      return null;
    }
  };
  let anchor: Anchor = read() ?? { real: systemClock.now(), sim: systemClock.now(), speed: 1 };
  const write = () => {
    try {
      storage?.setItem(KEY, JSON.stringify(anchor));
    } catch {
      /* in memory then */
    }
  };
  const now = (): Instant => instant(Math.round(anchor.sim + (systemClock.now() - anchor.real) * anchor.speed));
  addEventListener('storage', (event) => {
    if (event.key === KEY) anchor = read() ?? anchor;
  });
  return {
    now,
    speed: () => anchor.speed,
    /** Changes speed from this moment on, without a jump in simulated time. */
    setSpeed(speed: number) {
      anchor = { real: systemClock.now(), sim: now(), speed };
      write();
    },
    /** Starts simulated time again at the real time (a new rehearsal). */
    restart() {
      anchor = { real: systemClock.now(), sim: systemClock.now(), speed: anchor.speed };
      write();
    },
  };
}
