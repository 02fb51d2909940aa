import type { Agenda } from '../domain/agenda';
import { serializeRun } from '../domain/run-export';
import type { RunEvent } from '../domain/run';
import { downloadText } from '../platform/download';

export { readAgendaFile } from '../platform/agenda-source';

/**
 * The agenda bar's file work, one chunk loaded when first used: reading an agenda file, and
 * saving the run as JSON.
 */
export function downloadRun(agenda: Agenda, log: readonly RunEvent[], date: string): void {
  downloadText(`run-of-show-${date}.json`, serializeRun(agenda, log), 'application/json');
}
