import { useStore } from 'zustand';
import { enDevices } from '../../i18n/en-devices';
import type { SyncStore } from '../../store/sync-store';
import { ConnectionSummary } from './ConnectionSummary';
import { ProblemAlert } from './ProblemAlert';
import { UnappliedEvents } from './UnappliedEvents';

/** On the console while a room is open: its connection, the devices connected, what is not sent, why it is refused, and events kept but not applied. */
export function DeviceStatus({ store }: { readonly store: SyncStore }) {
  const room = useStore(store, (s) => s.room);
  const problem = useStore(store, (s) => s.problem);
  if (room === null) return null;
  return (
    <section aria-label={enDevices.region} className="device-status">
      <ConnectionSummary store={store} />
      {problem !== null && problem !== 'no-server' && <ProblemAlert problem={problem} />}
      <UnappliedEvents store={store} />
    </section>
  );
}
