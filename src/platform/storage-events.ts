/** Calls `listener` with the new text whenever another window of this origin writes `key`. Returns a function that stops. */
export function onStorageKey(key: string, listener: (newValue: string | null) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === key) listener(event.newValue);
  };
  addEventListener('storage', onStorage);
  return () => removeEventListener('storage', onStorage);
}

/** The page's local storage, or undefined where it is blocked (some privacy settings throw on access). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
