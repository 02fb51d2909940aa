import { instant, type Clock, type Instant } from '../domain/units';

/** The only place the app reads the system clock. */
export const systemClock: Clock = { now: (): Instant => instant(Date.now()) };

/** The device's time zone, for agendas that name none (a first Intl call: ask only when needed). */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
