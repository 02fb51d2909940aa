import type { Agenda } from './agenda';
import type { RecordEvent } from './record';
import type { RunEvent } from './run';

export const RUN_EXPORT_FORMAT = 'run-of-show/run@1';

/** The agenda, its run log and the rapporteur's notes and corrections, as one file that can be kept or opened again. */
export interface RunExport {
  readonly format: typeof RUN_EXPORT_FORMAT;
  readonly agenda: Agenda;
  readonly log: readonly RunEvent[];
  readonly record: readonly RecordEvent[];
}

export function serializeRun(agenda: Agenda, log: readonly RunEvent[], record: readonly RecordEvent[] = []): string {
  const file: RunExport = { format: RUN_EXPORT_FORMAT, agenda, log, record };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A run's identity: the moment it started. Null before the start. */
export function runIdOf(log: readonly RunEvent[]): string | null {
  const started = log.find((e) => e.type === 'sessionStarted');
  return started ? `run-${started.at}` : null;
}
