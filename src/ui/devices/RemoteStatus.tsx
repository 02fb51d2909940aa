import { useContext } from 'react';
import { useStore } from 'zustand';
import { enDevices } from '../../i18n/en-devices';
import { SyncAccessContext } from '../../store/sync-context';
import type { SyncStore } from '../../store/sync-store';
import { ProblemAlert } from './ProblemAlert';

/**
 * For a speaker view or a record that follows a room: says when this device itself is offline
 * (which is not the console being lost) and, in an alert, why the server refused it. Nothing while
 * all is well, nor on a page that follows no room. The store defaults to the one the page opened with.
 */
export function RemoteStatus({ store }: { readonly store?: SyncStore | null }) {
  const access = useContext(SyncAccessContext);
  const synced = store ?? access?.current() ?? null;
  return synced ? <RemoteStatusOf store={synced} /> : null;
}

function RemoteStatusOf({ store }: { readonly store: SyncStore }) {
  const offline = useStore(store, (s) => s.connection === 'offline');
  const problem = useStore(store, (s) => s.problem);
  return (
    <div className="remote-status">
      {/* A live region from the start, so that going offline is announced. */}
      <p role="status" className={offline ? 'remote-offline' : undefined}>
        {offline && (
          <>
            <strong>{enDevices.remote.offline}</strong> {enDevices.remote.offlineDetail}
          </>
        )}
      </p>
      {/* Refused, it shows this device's own copy of the run, which the page around it does not say. */}
      {problem !== null && (
        <ProblemAlert problem={problem} detail={problem === 'unreachable' ? undefined : enDevices.remote.notFollowing} />
      )}
    </div>
  );
}
