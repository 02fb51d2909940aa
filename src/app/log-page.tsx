import type { ReactNode } from 'react';
import { LogView } from '../features/log/LogView';
import { systemClock } from '../platform/clock';
import { onStorageKey } from '../platform/storage-events';
import { createRecordStore, RECORD_KEY, type RecordStore } from '../store/record-store';

/** The record, kept in step with other windows' notes. One chunk, loaded only for this view. */
export function logPage(storage: Storage | undefined, followRoom?: (records: RecordStore) => void): ReactNode {
  const records = createRecordStore({ clock: systemClock, storage });
  onStorageKey(RECORD_KEY, () => records.getState().reload());
  // A record link: the notes and corrections go to the room, and come from it.
  followRoom?.(records);
  return <LogView records={records} storage={storage} />;
}
