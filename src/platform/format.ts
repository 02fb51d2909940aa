import { wallClock } from '../domain/time-zone';
import { instant } from '../domain/units';

/** `4:05`, `60:00`, `0:09`; over time `+0:12`. `seconds` is signed: negative once over. */
export function formatCountdown(seconds: number): string {
  const over = seconds < 0;
  const total = Math.abs(seconds);
  const text = `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}

/** A duration without sign, `m:ss`. */
export function formatDuration(seconds: number): string {
  return formatCountdown(Math.abs(Math.round(seconds)));
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Clock time at the venue, 24-hour: `17:04:09` or `17:04`. Intl (through the domain's cached
 * formatters) does what dayjs's timezone plugin did, for no bytes.
 */
export function formatClock(epochMs: number, timeZone: string, withSeconds = false): string {
  const w = wallClock(instant(epochMs), timeZone);
  return withSeconds ? `${two(w.hour)}:${two(w.minute)}:${two(w.second)}` : `${two(w.hour)}:${two(w.minute)}`;
}
