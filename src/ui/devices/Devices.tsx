import { lazyComponent } from '../../platform/lazy-component';
import type { SyncStore } from '../../store/sync-store';
import { DeviceStatus } from './DeviceStatus';

// The dialog brings the QR code library: it loads when first opened, not with the status line.
const ConnectDialog = lazyComponent(() => import('./ConnectDialog').then((m) => m.ConnectDialog));

interface DevicesProps {
  readonly store: SyncStore;
  /** Whether the Connect devices dialog is open. */
  readonly open: boolean;
  readonly onClose: () => void;
}

/** What the console shows of the devices once their sync code is loaded: the status beside the button, and the dialog when open. */
export function Devices({ store, open, onClose }: DevicesProps) {
  return (
    <>
      <DeviceStatus store={store} />
      {open && <ConnectDialog store={store} onClose={onClose} />}
    </>
  );
}
