/** "A new version is waiting", as a tiny external store for useSyncExternalStore. */

type Listener = () => void;
let applyUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

export const updateReady = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): (() => void) | null => applyUpdate,
  offer(apply: () => void): void {
    applyUpdate = apply;
    listeners.forEach((l) => l());
  },
};
