import { loadAgendaCheck } from '../store/agenda-check';
import { useId, type ChangeEvent } from 'react';
import { en } from '../i18n/en';
import { useActions, useAnchorMode, usePreferredMode, useStatus } from '../store/hooks';
import { useExportable } from '../store/hooks';

/** Loading an agenda, and before the start, which clock times the run keeps. */
export function AgendaBar() {
  const actions = useActions();
  const status = useStatus();
  const mode = useAnchorMode();
  const preferred = usePreferredMode();
  const inputId = useId();
  const exportable = useExportable();
  // Reading and saving files: their code loads when first used.
  const download = async () => {
    const { agenda, log, date } = exportable();
    const { downloadRun } = await import('./agenda-files');
    downloadRun(agenda, log, date);
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
      <button type="button" onClick={() => void download()}>
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
  const [{ readAgendaFile }] = await Promise.all([import('./agenda-files'), loadAgendaCheck()]);
  const read = await readAgendaFile(file);
  if (!read.ok) {
    actions.reportLoadFailure({ source: file.name, issues: read.issues });
    return;
  }
  if (status === 'running' && !window.confirm(en.confirmReplace)) return;
  actions.loadAgenda(read.text, file.name);
}
