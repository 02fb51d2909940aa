import { useCallback, useState, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import { TEMPLATES, templateName } from './templates';
import type { Agenda } from '../../domain/agenda';
import { emptyAgenda } from '../../domain/agenda-edit';
import { zonedDate } from '../../domain/time-zone';
import { MAX_AGENDA_BYTES, parseAgendaText } from '../../domain/validate-agenda';
import { enImport } from '../../i18n/en-import';
import { language } from '../../i18n/lang';
import { enPlan } from '../../i18n/en-plan';
import { proposeAgenda } from '../../platform/agenda-proposal';
import { deviceTimeZone, systemClock } from '../../platform/clock';
import { downloadText } from '../../platform/download';
import { lazyComponent } from '../../platform/lazy-component';
import { openView } from '../../platform/open-view';
import type { DraftStore } from '../../store/draft-store';

/** The importer (its readers, dayjs and the sheet's words) loads only when a file is chosen. */
const ImportDialog = lazyComponent(() => import('./import/ImportDialog').then((m) => m.ImportDialog));

interface ToolbarProps {
  readonly drafts: DraftStore;
  readonly storage: Storage | undefined;
  /** The draft passes the loader's checks: it can go to the console, a rehearsal or the sheet. */
  readonly valid: boolean;
  readonly errorCount: number;
  readonly onAlert: (alert: string | null) => void;
  readonly onSent: () => void;
  /** A file was imported: says so, with how to go back. */
  readonly onImported: (notice: string) => void;
}

/** Undo and redo, a new plan, load and download the file, and the ways out: console, rehearsal, sheet. */
export function PlanToolbar({ drafts, storage, valid, errorCount, onAlert, onSent, onImported }: ToolbarProps) {
  const canUndo = useStore(drafts, (s) => s.past.length > 0);
  const canRedo = useStore(drafts, (s) => s.future.length > 0);
  const [importing, setImporting] = useState<File | null>(null);
  const importFailed = useCallback(
    (message: string) => {
      setImporting(null);
      onAlert(message);
    },
    [onAlert],
  );

  const chooseSheet = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    onAlert(null);
    setImporting(file);
  };

  const downloadCsv = async () => {
    const { planCsv } = await import('./import/plan-csv');
    const draft = drafts.getState().draft;
    downloadText(`${slug(draft.title)}.csv`, planCsv(draft, language()), 'text/csv');
  };

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = file.size > MAX_AGENDA_BYTES ? null : parseAgendaText(await new Response(file).text());
    if (!parsed || !parsed.ok) {
      onAlert(enPlan.badFile(file.name));
      return;
    }
    onAlert(null);
    drafts.getState().replace(parsed.value.agenda);
  };

  const loadTemplate = async (event: ChangeEvent<HTMLSelectElement>) => {
    const select = event.currentTarget;
    const template = TEMPLATES.find((t) => t.id === select.value);
    select.value = '';
    if (!template) return;
    const name = templateName(template);
    if (!isEmpty(drafts.getState().draft) && !window.confirm(enPlan.templates.confirm(name))) return;
    const parsed = await fetchAgenda(`agendas/${template.file}`);
    if (!parsed || !parsed.ok) {
      onAlert(enPlan.badFile(name));
      return;
    }
    onAlert(null);
    drafts.getState().replace(parsed.value.agenda);
  };

  const send = () => {
    if (!valid) {
      onAlert(enPlan.fixFirst(errorCount));
      return;
    }
    onAlert(null);
    proposeAgenda(storage, drafts.getState().draft, systemClock.now());
    onSent();
  };

  const download = () => {
    const draft = drafts.getState().draft;
    downloadText(`${slug(draft.title)}.json`, `${JSON.stringify(draft, null, 2)}\n`, 'application/json');
  };

  return (
    <div className="plan-buttons">
      <button type="button" onClick={() => drafts.getState().undo()} disabled={!canUndo} aria-keyshortcuts="Control+Z">
        {enPlan.undo}
      </button>
      <button type="button" onClick={() => drafts.getState().redo()} disabled={!canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y">
        {enPlan.redo}
      </button>
      <button
        type="button"
        onClick={() => {
          if (window.confirm(enPlan.confirmNew)) drafts.getState().replace(emptyPlan());
        }}
      >
        {enPlan.newPlan}
      </button>
      {/* A menu that reads as a button, so the toolbar keeps to one row on a laptop. */}
      <select className="template-menu" value="" aria-label={enPlan.templates.label} onChange={(event) => void loadTemplate(event)}>
        <option value="" disabled>
          {enPlan.templates.label}…
        </option>
        {TEMPLATES.map((template) => (
          <option key={template.id} value={template.id}>
            {templateName(template)}
          </option>
        ))}
      </select>
      <label className="file-label">
        {enPlan.loadFile} <input type="file" accept=".json,application/json" onChange={loadFile} />
      </label>
      <label className="file-label">
        {enImport.label}{' '}
        <input
          type="file"
          accept=".csv,.tsv,.tab,.txt,.xlsx,.json,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={chooseSheet}
        />
      </label>
      <button type="button" onClick={download}>
        {enPlan.download}
      </button>
      <button type="button" onClick={() => void downloadCsv()}>
        {enImport.exportCsv}
      </button>
      {importing && (
        <ImportDialog
          file={importing}
          base={drafts.getState().draft}
          deviceTimeZone={deviceTimeZone()}
          onFailed={importFailed}
          onDone={(agenda) => {
            setImporting(null);
            if (!agenda) return;
            drafts.getState().replace(agenda);
            onAlert(null);
            onImported(enImport.imported(importing.name));
          }}
        />
      )}
      <button type="button" onClick={send}>
        {enPlan.useInConsole}
      </button>
      <button type="button" onClick={() => openView('#/rehearse', 'run-of-show-rehearsal')} disabled={!valid}>
        {enPlan.rehearse}
      </button>
      <button type="button" onClick={() => openView('#/sheet', 'run-of-show-sheet')} disabled={!valid}>
        {enPlan.sheet}
      </button>
    </div>
  );
}

/** A file name from the title: ASCII letters, digits and dashes, at most 60. */
function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'agenda'
  );
}

/** An empty plan dated today at the device's place. */
function emptyPlan(): Agenda {
  return emptyAgenda(zonedDate(systemClock.now(), deviceTimeZone()));
}

/** A plan with nothing in it yet: replacing it loses nothing, so no question is asked. */
function isEmpty(agenda: Agenda): boolean {
  return agenda.title.trim() === '' && agenda.people.length === 0 && agenda.segments.length === 0 && (agenda.questions ?? []).length === 0;
}

/** Fetches and validates an agenda file of the app's own (same origin); null when it cannot be fetched. */
async function fetchAgenda(url: string): Promise<ReturnType<typeof parseAgendaText> | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    return parseAgendaText(await response.text());
  } catch {
    return null;
  }
}
