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
