/** A duration in milliseconds. */
export type Millis = number & { readonly __unit: 'Millis' };
/** A moment in time as milliseconds since the Unix epoch (UTC). */
export type Instant = number & { readonly __unit: 'Instant' };

export const millis = (n: number): Millis => n as Millis;
export const instant = (n: number): Instant => n as Instant;

/** Where `now` comes from: the system clock live, a simulated one in rehearsal, a fake one in tests. Only the clock module reads the system clock. */
export interface Clock {
  now(): Instant;
}
export const minutesToMillis = (minutes: number): Millis => Math.round(minutes * 60_000) as Millis;
export const secondsToMillis = (seconds: number): Millis => Math.round(seconds * 1000) as Millis;
/** The time from `from` to `to`; negative when `to` is earlier. */
export const between = (from: Instant, to: Instant): Millis => (to - from) as Millis;
export const later = (at: Instant, by: number): Instant => (at + by) as Instant;

/** Programmer error: a case the types say cannot happen. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/** The result of something that can fail with a list of problems. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly E[] };
