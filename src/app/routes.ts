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

/** A room on the sync server, from a device link: `#/stage?room=…&role=speaker&key=…`. The key stays in the fragment, never sent to a server. */
export interface RoomParams {
  readonly room: string;
  readonly role: 'moderator' | 'record' | 'speaker';
  readonly key: string;
}

export function roomFromHash(hash: string): RoomParams | null {
  const query = new URLSearchParams(hash.slice(hash.indexOf('?') + 1 || hash.length));
  const room = query.get('room');
  const role = query.get('role');
  const key = query.get('key');
  return room && key && (role === 'moderator' || role === 'record' || role === 'speaker') ? { room, role, key } : null;
}

/** The link another device opens: the view's route with the room in the fragment. */
export function roomLink(origin: string, route: string, { room, role, key }: RoomParams): string {
  return `${origin}/${route}?${new URLSearchParams({ room, role, key }).toString()}`;
}
