import { useContext, useState } from 'react';
import { en } from '../../i18n/en';
import { lazyComponent } from '../../platform/lazy-component';
import { SyncAccessContext } from '../../store/sync-context';
import type { SyncStore } from '../../store/sync-store';

// On the console's first page: only the button. The status, the dialog and the sync code load on first use.
const Devices = lazyComponent(() => import('./Devices').then((m) => m.Devices));

/** Connect devices: loads the sync code, then opens the dialog with the links. Beside it, once a room is open, the devices' status. */
export function DevicesButton() {
  const access = useContext(SyncAccessContext);
  // Set from the start when the page opened with a room, else once the button loads the sync code.
  const [store, setStore] = useState<SyncStore | null>(() => access?.current() ?? null);
  const [open, setOpen] = useState(false);
  return (
    access && (
      <>
        <button
          type="button"
          onClick={() =>
            void access.load().then((s) => {
              setStore(s);
              setOpen(true);
            })
          }
        >
          {en.devices.connect}
        </button>
        {store && <Devices store={store} open={open} onClose={() => setOpen(false)} />}
      </>
    )
  );
}
