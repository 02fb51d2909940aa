import type { Agenda } from './agenda';
import type { RunEvent } from './run';

export const RUN_EXPORT_FORMAT = 'run-of-show/run@1';

/** The agenda and its run log together, as one file that can be kept or opened again. */
export interface RunExport {
  readonly format: typeof RUN_EXPORT_FORMAT;
  readonly agenda: Agenda;
  readonly log: readonly RunEvent[];
}

export function serializeRun(agenda: Agenda, log: readonly RunEvent[]): string {
  const file: RunExport = { format: RUN_EXPORT_FORMAT, agenda, log };
  return `${JSON.stringify(file, null, 2)}\n`;
}
