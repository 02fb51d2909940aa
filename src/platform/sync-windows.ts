import { STORAGE_KEY, type ShowStore } from '../store/show-store';

/** Another window of the app wrote the run: read it back so both show the same. */
export function followOtherWindows(
  store: ShowStore & { persist?: { rehydrate(): Promise<void> | void } },
  key: string = STORAGE_KEY,
): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === key) void store.persist?.rehydrate();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
