import { useSyncExternalStore } from 'react';
import { en } from '../i18n/en';
import { updateReady } from '../platform/update-ready';
import { useStatus } from '../store/hooks';

/** Offers a new version when no run is live; during a run it waits silently. */
export function UpdateBanner() {
  const apply = useSyncExternalStore(updateReady.subscribe, updateReady.getSnapshot, () => null);
  const status = useStatus();
  if (!apply || status === 'running') return null;
  return (
    <div role="status" className="update">
      {en.update.ready}{' '}
      <button type="button" onClick={apply}>
        {en.update.reload}
      </button>
    </div>
  );
}
