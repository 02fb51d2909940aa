import { runIdOf } from '../../domain/run-export';
import { archiveEntry, saveToArchive, type ArchivedRun } from '../../store/archive';
import type { ShowState } from '../../store/show-state';

/**
 * Keeps every run in the archive, given each change of the store (subscribe it, or hand it the
 * changes made before its code loaded): when a run ends, and when a new agenda or a new run
 * replaces it. Only the window in control archives.
 */
export function archiveChange(
  storage: Storage | undefined,
  kind: () => ArchivedRun['kind'],
): (state: ShowState, previous: ShowState) => void {
  return (state, previous) => {
    if (state.control !== 'controller' || state.log === previous.log) return;
    const replaced = previous.log.length > 0 && runIdOf(state.log) !== runIdOf(previous.log);
    if (replaced) {
      const entry = archiveEntry(previous.agenda, previous.log, kind(), state.now);
      if (entry) saveToArchive(storage, entry);
    }
    if (state.run.status === 'ended') {
      const entry = archiveEntry(state.agenda, state.log, kind(), state.now);
      if (entry) saveToArchive(storage, entry);
    }
  };
}
