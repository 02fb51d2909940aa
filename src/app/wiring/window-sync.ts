import { onStorageKey } from '../../platform/storage-events';
import type { ShowStore } from '../../store/show-state';

/** Another window of the app wrote the run: read it back so both show the same. */
export function followOtherWindows(store: ShowStore, key: string): () => void {
  return onStorageKey(key, () => store.persist?.rehydrate());
}
