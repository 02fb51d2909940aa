import type { Agenda } from '../domain/agenda';
import type { RunEvent } from '../domain/run';
import { runIdOf } from '../domain/run-export';

export const ARCHIVE_KEY = 'run-of-show:archive';

/** A run kept for the record: live or rehearsal, listed by when it started and its agenda. */
export interface ArchivedRun {
  readonly id: string;
  readonly kind: 'live' | 'rehearsal';
  readonly startedAt: number;
  readonly savedAt: number;
  readonly title: string;
  readonly agenda: Agenda;
  readonly log: readonly RunEvent[];
}

/** Where an archive that could not be read is set aside, so that it does not stop every later run from being kept. */
export const BROKEN_ARCHIVE_KEY = `${ARCHIVE_KEY}:unreadable`;

/** Adds or replaces a run in the archive (read back by archive-list.ts, with the record view). */
export function saveToArchive(storage: Storage | undefined, run: ArchivedRun): boolean {
  try {
    const text = storage?.getItem(ARCHIVE_KEY);
    let list: unknown = [];
    try {
      list = text ? (JSON.parse(text) as unknown) : [];
    } catch {
      list = null;
    }
    if (!Array.isArray(list)) {
      // Kept as it was for whoever can mend it; the archive starts again with this run.
      if (text) storage?.setItem(BROKEN_ARCHIVE_KEY, text);
      list = [];
    }
    const others = (list as { id?: unknown }[]).filter((r) => r?.id !== run.id);
    storage?.setItem(ARCHIVE_KEY, JSON.stringify([run, ...others]));
    return true;
  } catch {
    return false;
  }
}

/** The archive entry for a log, or null before the start. */
export function archiveEntry(agenda: Agenda, log: readonly RunEvent[], kind: ArchivedRun['kind'], savedAt: number): ArchivedRun | null {
  const id = runIdOf(log);
  const started = log.find((e) => e.type === 'sessionStarted');
  if (!id || !started) return null;
  return { id, kind, startedAt: started.at, savedAt, title: agenda.title, agenda, log };
}
