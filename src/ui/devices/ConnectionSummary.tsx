import { en } from '../../i18n/en';
import { useStore } from 'zustand';
import { enDevices } from '../../i18n/en-devices';
import type { SyncStore } from '../../store/sync-store';

/**
 * This console's connection, who else is connected by kind and count, and whether everything is
 * sent: in words, so colour is never the only signal. Co-moderators are the moderator devices
 * other than this one (the server counts this console too while it is online).
 */
export function ConnectionSummary({ store }: { readonly store: SyncStore }) {
  const connection = useStore(store, (s) => s.connection);
  const allSent = useStore(store, (s) => s.allSent);
  const speakers = useStore(store, (s) => s.presence?.speakers ?? null);
  const records = useStore(store, (s) => s.presence?.records ?? null);
  const moderators = useStore(store, (s) => s.presence?.moderators ?? null);
  const words = enDevices.presence;
  const known = connection === 'online' && speakers !== null && records !== null && moderators !== null;
  return (
    <p className="devices-summary">
      <span className={`devices-connection is-${connection}`}>{enDevices.connection[connection]}</span>
      <span>
        {words.label}
        {en.colon}
        {known
          ? `${words.speakers(speakers)}, ${words.records(records)}, ${words.coModerators(Math.max(0, moderators - 1))}`
          : connection === 'offline'
            ? words.offline
            : words.unknown}
      </span>
      <span className={allSent ? undefined : 'devices-pending'}>{allSent ? enDevices.sent.all : enDevices.sent.pending}</span>
    </p>
  );
}
