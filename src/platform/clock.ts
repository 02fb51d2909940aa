import { instant, type Instant } from '../domain/units';

/** The only place the app reads the system clock. */
export const systemClock = { now: (): Instant => instant(Date.now()) };
