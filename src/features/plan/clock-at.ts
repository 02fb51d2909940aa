/** The clock time `minutes` after a `HH:MM` start, as `HH:MM`, or `HH:MM:SS` off the minute; '' for a start that is not a time. */
export function clockAt(start: string, minutes: number): string {
  const m = /^(\d{2}):(\d{2})$/.exec(start);
  if (!m) return '';
  const total = Math.round((Number(m[1]) * 60 + Number(m[2])) * 60 + minutes * 60);
  const h = Math.floor(total / 3600) % 24;
  const mi = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}${s ? `:${String(s).padStart(2, '0')}` : ''}`;
}
