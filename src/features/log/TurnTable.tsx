import { useState, type FormEvent } from 'react';
import type { Plan } from '../../domain/plan';
import { MAX_NOTE_LENGTH, type RecordEvent } from '../../domain/record';
import type { Report, TurnReport } from '../../domain/report';
import { zonedDate, zonedInstant } from '../../domain/time-zone';
import { instant, type Instant } from '../../domain/units';
import { enLog } from '../../i18n/en-log';
import { formatClock } from '../../platform/format';
import { questionName, seconds, segmentName, turnDifference, turnRoundMark, turnSpeaker } from './report-files';

const c = enLog.columns;

interface TurnTableProps {
  readonly plan: Plan;
  readonly report: Report;
  readonly editable: boolean;
  /** The moment the report shows: a correction cannot reach past it while a turn runs. */
  readonly now: Instant;
  readonly onRecord: (make: (at: Instant) => RecordEvent) => void;
  /** The id of the heading that names the table's scroll box. */
  readonly labelledBy: string;
}

/** How far a turn's corrected times may go: after the turn before it began, before the turn after it ended. */
interface Limits {
  readonly after: Instant | null;
  readonly before: Instant | null;
  /** The turn after it is still running: `before` is now. */
  readonly beforeIsNow: boolean;
  readonly now: Instant;
}

/**
 * Every turn in order, with a note field and a correction form on each held turn. On a screen
 * narrower than its eleven columns (a tablet held upright) the table scrolls sideways in a box of
 * its own, which the keyboard can reach and scroll, and the page does not.
 */
export function TurnTable({ plan, report, editable, now, onRecord, labelledBy }: TurnTableProps) {
  const [correcting, setCorrecting] = useState<string | null>(null);
  const shown = report.turns.filter((t) => t.status !== 'notReached');
  if (shown.length === 0) return null;
  const held = report.turns.filter((t) => t.startedAt !== null);
  const limits = (turn: TurnReport): Limits => {
    const i = held.indexOf(turn);
    const previous = held[i - 1];
    const next = held[i + 1];
    return {
      after: previous?.startedAt ?? null,
      before: next ? (next.endedAt ?? now) : null,
      beforeIsNow: next !== undefined && next.endedAt === null,
      now,
    };
  };
  return (
    <div className="log-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="log-table">
        <thead>
          <tr>
            <th scope="col">{c.index}</th>
            <th scope="col">{c.segment}</th>
            <th scope="col">{c.speaker}</th>
            <th scope="col" className="num">
              {c.planned}
            </th>
            <th scope="col" className="num">
              {c.actual}
            </th>
            <th scope="col" className="num">
              {c.difference}
            </th>
            <th scope="col">{c.began}</th>
            <th scope="col">{c.ended}</th>
            <th scope="col" className="num">
              {c.interjections}
            </th>
            <th scope="col">{c.messages}</th>
            <th scope="col">{c.note}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((turn) => (
            <TurnRow
              key={turn.turnId}
              plan={plan}
              turn={turn}
              limits={limits(turn)}
              editable={editable && turn.startedAt !== null}
              correcting={correcting === turn.turnId}
              onCorrect={() => setCorrecting(correcting === turn.turnId ? null : turn.turnId)}
              onDone={() => setCorrecting(null)}
              onRecord={onRecord}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface TurnRowProps {
  readonly plan: Plan;
  readonly turn: TurnReport;
  readonly limits: Limits;
  readonly editable: boolean;
  readonly correcting: boolean;
  readonly onCorrect: () => void;
  readonly onDone: () => void;
  readonly onRecord: (make: (at: Instant) => RecordEvent) => void;
}

function TurnRow({ plan, turn, limits, editable, correcting, onCorrect, onDone, onRecord }: TurnRowProps) {
  const clock = (at: Instant | null) => (at === null ? '' : formatClock(at, plan.timeZone, true));
  const mark = (corrected: boolean) => (corrected ? <span className="corrected"> ({enLog.corrected})</span> : null);
  const over = turn.difference > 0;
  return (
    <>
      <tr data-status={turn.status}>
        <td>{turn.index}</td>
        {/* People's words each in their own direction; times and durations left to right (app.css). */}
        <td>
          <bdi>{segmentName(plan, turn.segmentId)}</bdi>
          {turn.questionId ? ` (${questionName(plan, turn.questionId)})` : ''}
        </td>
        <td>
          <bdi>{turnSpeaker(plan, turn)}</bdi>
          {turnRoundMark(turn) && <span className="round-mark"> · {turnRoundMark(turn)}</span>}
          {turn.status === 'skipped' || turn.status === 'running' ? ` · ${enLog.status[turn.status]}` : ''}
        </td>
        <td className="num">
          <span dir="ltr">{seconds(turn.planned)}</span>
        </td>
        <td className="num">
          <span dir="ltr">{turn.status === 'skipped' ? '' : seconds(turn.actual)}</span>
        </td>
        <td className="num" data-over={over || undefined}>
          <span dir="ltr">{turnDifference(turn)}</span>
        </td>
        <td>
          <span dir="ltr">{clock(turn.startedAt)}</span>
          {mark(turn.corrected.start)}
        </td>
        <td>
          <span dir="ltr">{clock(turn.endedAt)}</span>
          {mark(turn.corrected.end)}
        </td>
        <td className="num">
          <span dir="ltr">{turn.interjections > 0 ? seconds(turn.interjections) : ''}</span>
        </td>
        <td>
          {turn.messages.map((m, i) => (
            <span key={i}>
              {i > 0 && ' · '}
              <bdi>{m.text}</bdi>
            </span>
          ))}
        </td>
        <td>
          {editable ? (
            <>
              <NoteField turn={turn} onRecord={onRecord} />
              {/* The field does not print; its note does, once. */}
              <bdi className="print-only">{turn.note}</bdi>
              <button
                type="button"
                className="no-print"
                aria-label={enLog.correct(turn.index)}
                aria-expanded={correcting}
                onClick={onCorrect}
              >
                {enLog.correctShort}
              </button>
            </>
          ) : (
            <bdi>{turn.note}</bdi>
          )}
        </td>
      </tr>
      {correcting && (
        <tr className="no-print">
          <td colSpan={11}>
            <CorrectionForm plan={plan} turn={turn} limits={limits} onRecord={onRecord} onDone={onDone} />
          </td>
        </tr>
      )}
    </>
  );
}

function NoteField({ turn, onRecord }: { readonly turn: TurnReport; readonly onRecord: TurnRowProps['onRecord'] }) {
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft === null) return;
    if (draft.trim() !== (turn.note ?? '')) onRecord((at) => ({ type: 'noteSet', at, turnId: turn.turnId, text: draft }));
    setDraft(null);
  };
  return (
    <input
      type="text"
      className="note-field no-print"
      dir="auto"
      aria-label={enLog.noteLabel(turn.index)}
      maxLength={MAX_NOTE_LENGTH}
      value={draft ?? turn.note ?? ''}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}

interface CorrectionFormProps {
  readonly plan: Plan;
  readonly turn: TurnReport;
  readonly limits: Limits;
  readonly onRecord: TurnRowProps['onRecord'];
  readonly onDone: () => void;
}

function CorrectionForm({ plan, turn, limits, onRecord, onDone }: CorrectionFormProps) {
  const clock = (at: Instant | null) => (at === null ? '' : formatClock(at, plan.timeZone, true));
  const [began, setBegan] = useState(clock(turn.startedAt));
  const [ended, setEnded] = useState(clock(turn.endedAt));
  const [problem, setProblem] = useState<string | null>(null);
  // A time typed at the venue, on the day the turn was held.
  const toInstant = (text: string, reference: Instant | null) => {
    if (!/^\d{2}:\d{2}(:\d{2})?$/.test(text) || reference === null) return null;
    return instant(zonedInstant(zonedDate(reference, plan.timeZone), text, plan.timeZone));
  };
  /** Why the times cannot be saved, or null when they can. */
  const check = (start: Instant | null, end: Instant | null): string | null => {
    if (start === null || (turn.endedAt !== null && end === null)) return enLog.badTime;
    if (end !== null && end <= start) return enLog.endBeforeStart;
    if (end === null && start >= limits.now) return enLog.beginsAfterNow(clock(limits.now));
    if (limits.after !== null && start <= limits.after) return enLog.beginsTooEarly(clock(limits.after));
    if (end !== null && limits.before !== null && end >= limits.before)
      return limits.beforeIsNow ? enLog.endsAfterNow(clock(limits.before)) : enLog.endsTooLate(clock(limits.before));
    return null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = toInstant(began, turn.startedAt);
    const end = toInstant(ended, turn.endedAt);
    const refused = check(start, end);
    if (refused !== null || start === null) {
      setProblem(refused);
      return;
    }
    // Only a time that changed is a correction: the same time typed again records nothing.
    if (start !== turn.startedAt) onRecord((at) => ({ type: 'boundaryCorrected', at, turnId: turn.turnId, edge: 'start', to: start }));
    if (end !== null && end !== turn.endedAt)
      onRecord((at) => ({ type: 'boundaryCorrected', at, turnId: turn.turnId, edge: 'end', to: end }));
    onDone();
  };
  const clear = () => {
    if (turn.corrected.start) onRecord((at) => ({ type: 'correctionCleared', at, turnId: turn.turnId, edge: 'start' }));
    if (turn.corrected.end) onRecord((at) => ({ type: 'correctionCleared', at, turnId: turn.turnId, edge: 'end' }));
    onDone();
  };
  return (
    <form className="correction" onSubmit={submit}>
      <label>
        {enLog.beganAt} <input type="time" step="1" dir="ltr" value={began} onChange={(e) => setBegan(e.target.value)} />
      </label>
      {turn.endedAt !== null && (
        <label>
          {enLog.endedAt} <input type="time" step="1" dir="ltr" value={ended} onChange={(e) => setEnded(e.target.value)} />
        </label>
      )}
      <button type="submit">{enLog.saveCorrection}</button>
      {(turn.corrected.start || turn.corrected.end) && (
        <button type="button" onClick={clear}>
          {enLog.clearCorrection}
        </button>
      )}
      {problem && (
        <p role="alert" className="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
