import { useId, type ChangeEvent } from 'react';
import { en } from '../i18n/en';
import { useActions, useAnchorMode, usePreferredMode, useStatus } from '../store/hooks';
import { readAgendaFile } from '../platform/agenda-source';
import { downloadText } from '../platform/download';
import { serializeRun } from '../domain/run-export';
import { useExportable } from '../store/hooks';

/** Loading an agenda, and before the start, which clock times the run keeps. */
export function AgendaBar() {
  const actions = useActions();
  const status = useStatus();
  const mode = useAnchorMode();
  const preferred = usePreferredMode();
  const inputId = useId();
  const exportable = useExportable();
  const download = () => {
    const { agenda, log, date } = exportable();
    downloadText(`run-of-show-${date}.json`, serializeRun(agenda, log), 'application/json');
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    await loadFile(file, actions, status);
    input.value = '';
  };
  return (
    <div className="agenda-bar">
      <label htmlFor={inputId} className="file-label">
        {en.loadAgenda}
      </label>
      <input id={inputId} type="file" accept=".json,application/json" onChange={onFile} />
      <button type="button" onClick={download}>
        {en.buttons.downloadRun}
      </button>
      {status === 'ready' && (
        <label className="mode-select">
          {en.mode.label}
          <select
            value={preferred ?? mode}
            onChange={(e) => actions.setPreferredMode(e.target.value === 'scheduled' ? 'scheduled' : 'now')}
          >
            <option value="scheduled">{en.mode.useScheduled}</option>
            <option value="now">{en.mode.useNow}</option>
          </select>
        </label>
      )}
    </div>
  );
}

/** Loads a file into the store, asking first when that would replace a run in progress. */
export async function loadFile(file: File, actions: ReturnType<typeof useActions>, status: string): Promise<void> {
  const read = await readAgendaFile(file);
  if (!read.ok) {
    actions.reportLoadFailure({ source: file.name, issues: read.issues });
    return;
  }
  if (status === 'running' && !window.confirm(en.confirmReplace)) return;
  actions.loadAgenda(read.text, file.name);
}
