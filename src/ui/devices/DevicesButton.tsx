import { useContext, useState } from 'react';
import { en } from '../../i18n/en';
import { lazyComponent } from '../../platform/lazy-component';
import { SyncAccessContext } from '../../store/sync-context';

// On the console's first page: only the button. The status, the dialog and the sync code load on first use.
const Devices = lazyComponent(() => import('./Devices').then((m) => m.Devices));

/** Connect devices: loads the sync code, then opens the dialog with the links. Beside it, once the sync code is there, the devices' status. */
export function DevicesButton() {
  const access = useContext(SyncAccessContext);
  const [open, setOpen] = useState(false);
  // From the start when the page opened with a room, else once the button has loaded the sync code.
  const store = access?.current();
  return (
    access && (
      <>
        <button type="button" onClick={() => void access.load().then(() => setOpen(true))}>
          {en.devices.connect}
        </button>
        {store && <Devices store={store} open={open} onClose={() => setOpen(false)} />}
      </>
    )
  );
}
