import { createContext } from 'react';
import type { SyncAccess } from './sync-store';

/**
 * How the views reach the devices' sync code: null where there is none (a rehearsal, tests), and then
 * no view offers devices. The entry provides it: `<SyncAccessContext value={access}>` around the page.
 */
export const SyncAccessContext = createContext<SyncAccess | null>(null);
