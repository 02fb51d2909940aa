import { isRecordEvent } from './record';
import { isRunEvent } from './run-log';
import { RUN_EXPORT_FORMAT, type RunExport } from './run-export';
import { validateAgenda } from './validate-agenda';

/** The largest run file read back: a day of panels is a few hundred kilobytes. */
export const MAX_RUN_FILE_BYTES = 4 * 1024 * 1024;

/** Reads a run file back; null when it is not one (too large, wrong format, bad agenda, bad events). */
export function parseRunExport(text: string): RunExport | null {
  // A character is at least a byte: a longer text is a larger file.
  if (text.length > MAX_RUN_FILE_BYTES) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const file = data as Partial<Record<keyof RunExport, unknown>>;
  if (file.format !== RUN_EXPORT_FORMAT || !Array.isArray(file.log) || !file.log.every(isRunEvent)) return null;
  const record = file.record ?? [];
  if (!Array.isArray(record) || !record.every(isRecordEvent)) return null;
  const agenda = validateAgenda(file.agenda);
  if (!agenda.ok) return null;
  return { format: RUN_EXPORT_FORMAT, agenda: agenda.value.agenda, log: file.log, record };
}
