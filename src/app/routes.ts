/**
 * Routes: `#/stage` the speaker view, `#/log` the rapporteur's record, `#/plan` the organizer's
 * plan, `#/sheet` the run-of-show sheet, `#/rehearse` (and `#/stage-rehearsal`, `#/log-rehearsal`)
 * a rehearsal on a simulated clock; anything else is the moderator's console.
 */
export type View = 'console' | 'stage' | 'log' | 'plan' | 'sheet' | 'rehearse' | 'stage-rehearsal' | 'log-rehearsal';

// Longer names first: `#/stage-rehearsal` also starts with `#/stage`.
const VIEWS: readonly View[] = ['stage-rehearsal', 'log-rehearsal', 'stage', 'log', 'plan', 'sheet', 'rehearse'];

export function viewFromHash(hash: string): View {
  return VIEWS.find((v) => hash.startsWith(`#/${v}`)) ?? 'console';
}

/** Views of a rehearsal: they run on the simulated clock and keep their run apart from the live one. */
export function isRehearsal(view: View): boolean {
  return view === 'rehearse' || view === 'stage-rehearsal' || view === 'log-rehearsal';
}

/** The room a device link names (`#/stage?room=…&role=…&key=…`), read without parsing the rest: the sync code does that. */
export function roomIdFromHash(hash: string): string | null {
  return /[?&]room=([\w-]+)/.exec(hash)?.[1] ?? null;
}
