import { en } from '../../i18n/en';
import { useMemo, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { useStore } from 'zustand';
import type { Agenda } from '../../domain/agenda';
import { compilePlan, type Plan } from '../../domain/plan';
import { foldRecord, type RecordEvent } from '../../domain/record';
import { buildReport, type Report } from '../../domain/report';
import { foldRun, type RunEvent, type RunState } from '../../domain/run';
import { runIdOf, serializeRun } from '../../domain/run-export';
import { MAX_RUN_FILE_BYTES, parseRunExport } from '../../domain/run-import';
import { zonedDate } from '../../domain/time-zone';
import { instant, type Instant } from '../../domain/units';
import { enLog } from '../../i18n/en-log';
import { deviceTimeZone } from '../../platform/clock';
import { downloadText } from '../../platform/download';
import { formatClock } from '../../platform/format';
import { formatDate } from '../../i18n/formats';
import type { ArchivedRun } from '../../store/archive';
import { deleteFromArchive, listArchive, subscribeArchive } from '../../store/archive-list';
import { useAgenda, useNow, usePlan, useRehearsalSpeed, useRunEvents, useRunSecond, useRunState } from '../../store/hooks';
import type { RecordStore } from '../../store/record-store';
import { LanguageMenu } from '../../ui/LanguageMenu';
import { ViewLinks } from '../../ui/ViewLinks';
import { FloorBalance } from './FloorBalance';
import { FloorRecord } from './FloorRecord';
import { heldLine, reportCsv, reportMarkdown, venueDateTime } from './report-files';
import { Totals } from './Totals';
import { TurnTable } from './TurnTable';
import { RemoteStatus } from '../../ui/devices/RemoteStatus';

const EMPTY: readonly RecordEvent[] = [];

interface Opened {
  readonly label: string;
  readonly agenda: Agenda;
  readonly log: readonly RunEvent[];
  /** Record events from a file; null for an archived run, whose notes live in the record store. */
  readonly record: readonly RecordEvent[] | null;
}

interface Source {
  readonly agenda: Agenda;
  readonly plan: Plan;
  readonly run: RunState;
  readonly log: readonly RunEvent[];
  readonly runId: string | null;
  readonly now: Instant;
  readonly events: readonly RecordEvent[];
  readonly editable: boolean;
}

/**
 * The rapporteur's record: every turn with planned and actual time, totals, who had the floor,
 * notes and corrections, exports and the archive. Live, it follows the console; it can also
 * show an archived run or a record file.
 */
export function LogView({ records, storage }: { readonly records: RecordStore; readonly storage: Storage | undefined }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const rehearsal = useRehearsalSpeed();
  const livePlan = usePlan();
  const liveAgenda = useAgenda();
  const liveRun = useRunState();
  const liveLog = useRunEvents();
  useRunSecond();
  const liveNow = useNow();
  const archive = useSyncExternalStore(
    subscribeArchive,
    () => listArchive(storage),
    () => listArchive(storage),
  );

  const openedPlan = useMemo(() => (opened ? compilePlan(opened.agenda, deviceTimeZone()) : null), [opened]);
  const openedRun = useMemo(() => (opened && openedPlan ? foldRun(openedPlan, opened.log) : null), [opened, openedPlan]);
  const runId = runIdOf(opened ? opened.log : liveLog);
  const stored = useStore(records, (s) => (runId ? (s.byRun[runId] ?? EMPTY) : EMPTY));
  const unsaved = useStore(records, (s) => s.problem !== null);

  const source: Source =
    opened && openedPlan && openedRun
      ? {
          agenda: opened.agenda,
          plan: openedPlan,
          run: openedRun,
          log: opened.log,
          runId,
          now: instant(lastInstant(opened.log)),
          events: opened.record ?? stored,
          editable: opened.record === null,
        }
      : { agenda: liveAgenda, plan: livePlan, run: liveRun, log: liveLog, runId, now: liveNow, events: stored, editable: true };

  const moderatorId = source.plan.people.find((p) => p.role === 'moderator')?.id ?? null;
  // Folding a few notes is cheaper than remembering it.
  const record = foldRecord(source.events);
  const report: Report = buildReport(source.plan, source.run, source.log, record, source.now, moderatorId);
  const add = (make: (at: Instant) => RecordEvent) => {
    if (source.runId && source.editable) records.getState().add(source.runId, make);
  };

  // Files are named after when the run started (a rehearsal is not held on the agenda's date).
  const runStart = source.runId ? venueDateTime(source.plan, Number(source.runId.slice(4))) : null;
  const base = runStart ? `run-of-show-${runStart.date}-${runStart.time.replace(':', '')}` : `run-of-show-${source.plan.date}-plan`;
  const held = heldLine(source.plan, report);
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // A file too large to be a record is not read at all.
    const parsed = file.size > MAX_RUN_FILE_BYTES ? null : parseRunExport(await new Response(file).text().catch(() => ''));
    input.value = '';
    if (!parsed) {
      setFileError(enLog.badFile(file.name));
      return;
    }
    setFileError(null);
    setOpened({ label: enLog.opened(file.name), agenda: parsed.agenda, log: parsed.log, record: parsed.record });
  };
  const heldAt = (entry: ArchivedRun) => {
    const zone = entry.agenda.timeZone ?? source.plan.timeZone;
    // The day the run was held, at the venue: a rehearsal the day before is listed on that day.
    return `${formatDate(zonedDate(instant(entry.startedAt), zone))} ${formatClock(entry.startedAt, zone)}`;
  };
  const openArchived = (entry: ArchivedRun) =>
    setOpened({ label: enLog.archived(heldAt(entry)), agenda: entry.agenda, log: entry.log, record: null });

  return (
    <main className="log-view">
      <header className="log-header">
        <ViewLinks current="log" rehearsal={rehearsal !== null} className="log-links no-print" />
        <LanguageMenu className="log-language no-print" />
        <RemoteStatus />
        {rehearsal !== null && (
          <p className="rehearsal-banner" role="status">
            <strong>{enLog.rehearsalRecord}</strong>
          </p>
        )}
        <h1>{enLog.heading}</h1>
        <p className="log-title" dir="auto">
          {source.plan.title}
        </p>
        <p className="log-meta">
          {/* The agenda's words in their own direction; the times left to right, in their order. */}
          {source.plan.event && (
            <>
              <bdi>{source.plan.event}</bdi>
              {' · '}
            </>
          )}
          {formatDate(source.plan.date)} · <span dir="ltr">{`${source.plan.start}–${source.plan.end}`}</span>
          {source.plan.venue && (
            <>
              {' · '}
              <bdi>{source.plan.venue}</bdi>
            </>
          )}
        </p>
        {held && <p className="log-meta">{held}</p>}
        <p className="log-source no-print">
          {opened ? opened.label : enLog.live}
          {opened && (
            <>
              {' '}
              <button type="button" onClick={() => setOpened(null)}>
                {enLog.backToLive}
              </button>
            </>
          )}
        </p>
      </header>

      {unsaved && (
        <p role="alert" className="alert no-print">
          {enLog.unsaved}
        </p>
      )}
      {report.startedAt === null && <p className="log-empty">{enLog.notStarted}</p>}

      <section aria-labelledby="floor-heading">
        <h2 id="floor-heading">{enLog.floor}</h2>
        <FloorBalance plan={source.plan} report={report} />
      </section>

      {report.floor && (
        <section aria-labelledby="floor-record-heading">
          <h2 id="floor-record-heading">{enLog.floorRecord}</h2>
          <FloorRecord plan={source.plan} report={report} />
        </section>
      )}

      <section aria-labelledby="turns-heading">
        <h2 id="turns-heading">{enLog.turns}</h2>
        <TurnTable
          plan={source.plan}
          report={report}
          editable={source.editable && source.runId !== null}
          now={source.now}
          onRecord={add}
          labelledBy="turns-heading"
        />
      </section>

      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{enLog.totals}</h2>
        <Totals plan={source.plan} report={report} />
      </section>

      <section aria-labelledby="export-heading" className="no-print">
        <h2 id="export-heading">{enLog.exports}</h2>
        <div className="log-buttons">
          <button type="button" onClick={() => downloadText(`${base}.csv`, reportCsv(source.plan, report), 'text/csv;charset=utf-8')}>
            {enLog.csv}
          </button>
          <button
            type="button"
            onClick={() => downloadText(`${base}.json`, serializeRun(source.agenda, source.log, source.events), 'application/json')}
          >
            {enLog.json}
          </button>
          <button
            type="button"
            onClick={() => downloadText(`${base}.md`, reportMarkdown(source.plan, report), 'text/markdown;charset=utf-8')}
          >
            {enLog.markdown}
          </button>
          <button type="button" onClick={() => window.print()}>
            {enLog.print}
          </button>
          <label className="file-label">
            {enLog.openFile} <input type="file" accept=".json,application/json" onChange={openFile} />
          </label>
        </div>
        {fileError && (
          <p role="alert" className="alert">
            {fileError}
          </p>
        )}
      </section>

      <section aria-labelledby="archive-heading" className="no-print">
        <h2 id="archive-heading">{enLog.archive}</h2>
        {archive.length === 0 ? (
          <p>{enLog.archiveEmpty}</p>
        ) : (
          <ul className="archive-list">
            {archive.map((entry) => {
              const when = heldAt(entry);
              return (
                <li key={entry.id}>
                  <span>
                    {when} · {enLog.kind[entry.kind]} · <bdi>{entry.title}</bdi>
                  </span>
                  <button type="button" aria-label={`${enLog.open}${en.colon}${when}`} onClick={() => openArchived(entry)}>
                    {enLog.open}
                  </button>
                  <button
                    type="button"
                    aria-label={`${enLog.download}${en.colon}${when}`}
                    onClick={() =>
                      downloadText(
                        `run-of-show-${entry.id}.json`,
                        serializeRun(entry.agenda, entry.log, records.getState().byRun[entry.id] ?? []),
                        'application/json',
                      )
                    }
                  >
                    {enLog.download}
                  </button>
                  <button
                    type="button"
                    aria-label={`${enLog.delete}${en.colon}${when}`}
                    onClick={() => {
                      if (!window.confirm(enLog.confirmDelete(entry.title))) return;
                      deleteFromArchive(storage, entry.id);
                      records.getState().forget(entry.id);
                    }}
                  >
                    {enLog.delete}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </main>
  );
}

function lastInstant(log: readonly RunEvent[]): number {
  return log.reduce((latest, e) => Math.max(latest, e.at), 0);
}
