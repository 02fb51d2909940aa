import type { ReactNode } from 'react';
import { StageView } from '../features/stage/StageView';
import { systemClock } from '../platform/clock';
import { REHEARSAL_LINK } from '../platform/console-link';
import { watchConsole } from '../platform/console-watch';
import type { SyncStore } from '../store/sync-store';
import type { LinkStatus } from '../platform/console-link';

/** The speaker view, following the console (live, or the rehearsal's). One chunk, loaded only for this view. */
export function stagePage(rehearsing: boolean, room?: SyncStore): ReactNode {
  if (room) return <StageView link={roomLink(room)} room={room} />;
  const link = rehearsing ? watchConsole(systemClock.now, REHEARSAL_LINK.lock, REHEARSAL_LINK.channel) : watchConsole();
  return <StageView link={link} />;
}

/** On another device the console is there while the server says its controller is connected, and this device is online. */
function roomLink(room: SyncStore) {
  const status = (): LinkStatus => {
    const { connection, presence } = room.getState();
    return connection === 'online' && presence?.controllerConnected ? 'connected' : 'lost';
  };
  return { subscribe: (listener: () => void) => room.subscribe(listener), getSnapshot: status };
}
