import { isRunEvent } from '../domain/run-log';
import { validateAgenda } from '../domain/validate-agenda';
import { ARCHIVE_KEY, type ArchivedRun } from './archive';

type Listener = () => void;
const listeners = new Set<Listener>();
let cache: { text: string | null; list: readonly ArchivedRun[] } = { text: null, list: [] };

function isArchivedRun(value: unknown): value is ArchivedRun {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    (e.kind === 'live' || e.kind === 'rehearsal') &&
    typeof e.startedAt === 'number' &&
    typeof e.title === 'string' &&
    Array.isArray(e.log) &&
    e.log.every(isRunEvent) &&
    validateAgenda(e.agenda).ok
  );
}

function parseList(text: string | null): ArchivedRun[] {
  try {
    const data = JSON.parse(text ?? '[]') as unknown;
    return Array.isArray(data) ? data.filter(isArchivedRun) : [];
  } catch {
    return [];
  }
}

/** Every archived run, newest first. Never throws: a broken archive reads as empty. */
export function listArchive(storage: Storage | undefined): readonly ArchivedRun[] {
  let text: string | null;
  try {
    text = storage?.getItem(ARCHIVE_KEY) ?? null;
  } catch {
    return [];
  }
  if (text === cache.text) return cache.list;
  const list = parseList(text);
  list.sort((a, b) => b.startedAt - a.startedAt);
  cache = { text, list };
  return list;
}

function write(storage: Storage | undefined, list: readonly ArchivedRun[]): boolean {
  try {
    storage?.setItem(ARCHIVE_KEY, JSON.stringify(list));
    listeners.forEach((l) => l());
    return true;
  } catch {
    return false;
  }
}

export function deleteFromArchive(storage: Storage | undefined, id: string): boolean {
  return write(
    storage,
    listArchive(storage).filter((r) => r.id !== id),
  );
}

export function subscribeArchive(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === ARCHIVE_KEY) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}
