import { useSyncExternalStore } from 'react';
import { enAlerts } from '../i18n/en-alerts';
import { updateReady } from '../platform/update-ready';
import { useStatus } from '../store/hooks';

/** Offers a new version when no run is live; during a run it waits silently. */
export function UpdateBanner() {
  const apply = useSyncExternalStore(updateReady.subscribe, updateReady.getSnapshot, () => null);
  const status = useStatus();
  if (!apply || status === 'running') return null;
  return (
    <div role="status" className="update">
      {enAlerts.update.ready}{' '}
      <button type="button" onClick={apply}>
        {enAlerts.update.reload}
      </button>
    </div>
  );
}
