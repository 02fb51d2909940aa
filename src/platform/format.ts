import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

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

/** Clock time at the venue: `17:04:09` or `17:04`. */
export function formatClock(epochMs: number, timeZone: string, withSeconds = false): string {
  return dayjs(epochMs).tz(timeZone).format(withSeconds ? 'HH:mm:ss' : 'HH:mm');
}
