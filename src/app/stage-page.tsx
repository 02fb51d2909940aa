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

/**
 * On another device the console is lost when the server says its controller is gone. While this
 * device is itself offline it cannot know: it goes on from its own copy of the run, and says it is
 * offline (RemoteStatus) rather than that the console is lost.
 */
function roomLink(room: SyncStore) {
  const status = (): LinkStatus => {
    const { connection, presence } = room.getState();
    return connection !== 'online' || presence?.controllerConnected ? 'connected' : 'lost';
  };
  return { subscribe: (listener: () => void) => room.subscribe(listener), getSnapshot: status };
}
