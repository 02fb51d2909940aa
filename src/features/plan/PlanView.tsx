import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { ROLES, type Agenda, type Role } from '../../domain/agenda';
import { emptyAgenda, plannedMinutes, plannedOffsets, slotMinutes, type AgendaEdit } from '../../domain/agenda-edit';
import { zonedDate } from '../../domain/time-zone';
import { formatPath, MAX_AGENDA_BYTES, parseAgendaText, validateAgenda, type AgendaIssue } from '../../domain/validate-agenda';
import { enPlan } from '../../i18n/en-plan';
import { describeIssue } from '../../i18n/en-issues';
import { proposeAgenda } from '../../platform/agenda-proposal';
import { deviceTimeZone, systemClock } from '../../platform/clock';
import { openView } from '../../platform/open-view';
import { downloadText } from '../../platform/download';
import { formatDuration } from '../../platform/format';
import { listArchive, subscribeArchive } from '../../store/archive-list';
import type { DraftStore } from '../../store/draft-store';
import { useStatus } from '../../store/hooks';
import { RehearsalComparison } from './RehearsalComparison';

const f = enPlan.fields;

/** Errors by path, so each field shows its own. */
function errorsByPath(issues: readonly AgendaIssue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const key = formatPath(issue.path);
    map.set(key, [...(map.get(key) ?? []), describeIssue(issue)]);
  }
  return map;
}

function clockAt(start: string, minutes: number): string {
  const m = /^(\d{2}):(\d{2})$/.exec(start);
  if (!m) return '';
  const total = Math.round((Number(m[1]) * 60 + Number(m[2])) * 60 + minutes * 60);
  const h = Math.floor(total / 3600) % 24;
  const mi = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}${s ? `:${String(s).padStart(2, '0')}` : ''}`;
}

interface FieldProps {
  readonly label: string;
  readonly path: string;
  readonly errors: Map<string, string[]>;
  readonly children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}

/** The id of the control for an agenda path, e.g. `field-segments_1__turns_0__speaker`. */
function fieldId(path: string): string {
  return `field-${path.replace(/[^\w-]/g, '_')}`;
}

/** A label, its control and the validator's message for that path, next to it. */
function Field({ label, path, errors, children }: FieldProps) {
  const id = fieldId(path);
  const messages = errors.get(path) ?? [];
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': messages.length > 0, 'aria-describedby': errorId })}
      {errorId && (
        <p id={errorId} className="field-error">
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}

/**
 * The organizer's plan: every part of the agenda format, with the fit against the slot always
 * in view, planned clock times, the loader's validation next to each field, undo and redo.
 */
export function PlanView({ drafts, storage }: { readonly drafts: DraftStore; readonly storage: Storage | undefined }) {
  const draft = useStore(drafts, (s) => s.draft);
  const canUndo = useStore(drafts, (s) => s.past.length > 0);
  const canRedo = useStore(drafts, (s) => s.future.length > 0);
  const live = useStatus() === 'running';
  const [liveConfirmed, setLiveConfirmed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const dragged = useRef<{ kind: 'segment' | 'turn'; segment: number; index: number } | null>(null);
  // The control to focus once an edit has rendered: the first field of a row just added, or the
  // field that was focused when its row moved (rows are keyed by place, so focus would stay behind).
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfter.current === null) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [draft]);
  const archive = useSyncExternalStore(
    subscribeArchive,
    () => listArchive(storage),
    () => listArchive(storage),
  );

  const result = validateAgenda(draft);
  const issues = result.ok ? result.value.warnings : result.errors;
  const errors = errorsByPath(result.ok ? [] : result.errors);
  const generalErrors = result.ok
    ? []
    : result.errors.filter((e) => e.path.length <= 1 && ['segments', 'people', ''].includes(String(e.path[0] ?? '')));

  const edit = (e: AgendaEdit, focus?: string): boolean => {
    if (live && !liveConfirmed) {
      if (!window.confirm(enPlan.confirmLiveEdit)) return false;
      setLiveConfirmed(true);
    }
    setNotice(null);
    const before = drafts.getState().draft;
    drafts.getState().edit(e);
    const changed = drafts.getState().draft !== before;
    if (changed && focus) focusAfter.current = focus;
    return changed;
  };

  const planned = plannedMinutes(draft);
  const slot = slotMinutes(draft);
  const offsets = plannedOffsets(draft);
  const deltaSeconds = slot === null ? null : Math.round((planned - slot) * 60);
  const fit =
    deltaSeconds === null
      ? enPlan.fit.noSlot
      : deltaSeconds > 0
        ? enPlan.fit.over(formatDuration(deltaSeconds))
        : enPlan.fit.spare(formatDuration(-deltaSeconds));

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere on the page, also when the focus has fallen back to the
  // body (a button that just became disabled); a field keeps its own undo while typing.
  useEffect(() => {
    const onKeys = (event: globalThis.KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLTextAreaElement ||
        event.target instanceof HTMLSelectElement;
      const key = event.key.toLowerCase();
      if (typing || event.altKey || !(event.ctrlKey || event.metaKey) || (key !== 'z' && key !== 'y')) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) drafts.getState().redo();
      else drafts.getState().undo();
    };
    document.addEventListener('keydown', onKeys);
    return () => document.removeEventListener('keydown', onKeys);
  }, [drafts]);

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = file.size > MAX_AGENDA_BYTES ? null : parseAgendaText(await new Response(file).text());
    if (!parsed || !parsed.ok) {
      setAlert(enPlan.badFile(file.name));
      return;
    }
    setAlert(null);
    drafts.getState().replace(parsed.value.agenda);
  };

  const send = () => {
    if (!result.ok) {
      setAlert(enPlan.fixFirst(result.errors.length));
      return;
    }
    setAlert(null);
    proposeAgenda(storage, draft, systemClock.now());
    setNotice(enPlan.sent);
  };

  const dragStart = (kind: 'segment' | 'turn', segment: number, index: number) => (event: DragEvent) => {
    dragged.current = { kind, segment, index };
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', `${kind}:${segment}:${index}`);
  };
  /**
   * A drop on a row. A turn row takes a turn of its own segment and lets a segment bubble up to
   * the segment row around it. Any drop of a row is ours: it never falls through to the browser,
   * which would type the drag's text into the field under the pointer.
   */
  const dropOn = (kind: 'segment' | 'turn', segment: number, index: number) => (event: DragEvent) => {
    const from = dragged.current;
    if (!from) return;
    event.preventDefault();
    if (from.kind !== kind) return;
    event.stopPropagation();
    dragged.current = null;
    if (kind === 'segment') edit({ type: 'moveSegment', index: from.index, to: index });
    else if (from.segment === segment) edit({ type: 'moveTurn', segment, index: from.index, to: index });
  };
  const allowDrop = (event: DragEvent) => {
    if (dragged.current) event.preventDefault();
  };
  const dragEnd = () => {
    dragged.current = null;
  };
  /**
   * Alt+↑ / Alt+↓ on a row moves it; the focused field moves with it. `at` is the id part that
   * names the row's place (`segments_2__turns_1__`), `to` gives it for the new place.
   */
  const reorderKey = (event: KeyboardEvent, at: string, to: (delta: number) => string, move: (delta: number) => boolean) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    const delta = event.key === 'ArrowUp' ? -1 : 1;
    const focused = document.activeElement?.id ?? '';
    if (move(delta) && focused.includes(at)) focusAfter.current = focused.replace(at, to(delta));
  };

  const people = draft.people;
  const questions = draft.questions ?? [];
  const rehearsals = archive.filter((r) => r.kind === 'rehearsal' && r.agenda.title === draft.title);

  return (
    <main className="plan-view">
      <header className="plan-header">
        <h1>{enPlan.heading}</h1>
        <p
          role="status"
          className="fit"
          data-over={(deltaSeconds ?? 0) > 0 || undefined}
          aria-label={`${fit}. ${slot === null ? '' : enPlan.fit.label(formatDuration(planned * 60), formatDuration(slot * 60))}`}
        >
          <strong>{fit}</strong>
          {slot !== null && <span> · {enPlan.fit.label(formatDuration(planned * 60), formatDuration(slot * 60))}</span>}
        </p>
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
          <label className="file-label">
            {enPlan.loadFile} <input type="file" accept=".json,application/json" onChange={loadFile} />
          </label>
          <button
            type="button"
            onClick={() => downloadText(`${slug(draft.title)}.json`, `${JSON.stringify(draft, null, 2)}\n`, 'application/json')}
          >
            {enPlan.download}
          </button>
          <button type="button" onClick={send}>
            {enPlan.useInConsole}
          </button>
          <button type="button" onClick={() => openView('#/rehearse', 'run-of-show-rehearsal')} disabled={!result.ok}>
            {enPlan.rehearse}
          </button>
          <button type="button" onClick={() => openView('#/sheet', 'run-of-show-sheet')} disabled={!result.ok}>
            {enPlan.sheet}
          </button>
        </div>
        {live && <p className="warning">{enPlan.liveBanner}</p>}
        {notice && (
          <p role="status" className="notice">
            {notice}
          </p>
        )}
        {alert && (
          <p role="alert" className="alert">
            {alert}
          </p>
        )}
        {generalErrors.length > 0 && (
          <ul className="field-error">
            {generalErrors.map((e, i) => (
              <li key={i}>{describeIssue(e)}</li>
            ))}
          </ul>
        )}
        {result.ok && issues.length > 0 && <p className="warning">{issues.map(describeIssue).join(' ')}</p>}
      </header>

      <section aria-labelledby="session-heading" className="plan-section">
        <h2 id="session-heading">{enPlan.session}</h2>
        <div className="field-grid">
          <Field label={f.title} path="title" errors={errors}>
            {(p) => <input {...p} value={draft.title} onChange={(e) => edit({ type: 'session', changes: { title: e.target.value } })} />}
          </Field>
          <Field label={f.event} path="event" errors={errors}>
            {(p) => (
              <input {...p} value={draft.event ?? ''} onChange={(e) => edit({ type: 'session', changes: { event: e.target.value } })} />
            )}
          </Field>
          <Field label={f.date} path="date" errors={errors}>
            {(p) => (
              <input {...p} type="date" value={draft.date} onChange={(e) => edit({ type: 'session', changes: { date: e.target.value } })} />
            )}
          </Field>
          <Field label={f.start} path="start" errors={errors}>
            {(p) => (
              <input
                {...p}
                type="time"
                value={draft.start}
                onChange={(e) => edit({ type: 'session', changes: { start: e.target.value } })}
              />
            )}
          </Field>
          <Field label={f.end} path="end" errors={errors}>
            {(p) => (
              <input {...p} type="time" value={draft.end} onChange={(e) => edit({ type: 'session', changes: { end: e.target.value } })} />
            )}
          </Field>
          <Field label={f.timeZone} path="timeZone" errors={errors}>
            {(p) => (
              <input
                {...p}
                value={draft.timeZone ?? ''}
                placeholder="Europe/Zurich"
                onChange={(e) => edit({ type: 'session', changes: { timeZone: e.target.value } })}
              />
            )}
          </Field>
          <Field label={f.venue} path="venue" errors={errors}>
            {(p) => (
              <input {...p} value={draft.venue ?? ''} onChange={(e) => edit({ type: 'session', changes: { venue: e.target.value } })} />
            )}
          </Field>
        </div>
      </section>

      <section aria-labelledby="people-heading" className="plan-section">
        <h2 id="people-heading">{enPlan.people}</h2>
        {errors.get('people') && <p className="field-error">{errors.get('people')!.join(' ')}</p>}
        <ol className="plan-list plan-people">
          {people.map((person, i) => (
            <li key={`${person.id}-${i}`} className="person-row">
              <Field label={f.name} path={`people[${i}].name`} errors={errors}>
                {(p) => (
                  <input
                    {...p}
                    value={person.name}
                    onChange={(e) => edit({ type: 'updatePerson', index: i, changes: { name: e.target.value } })}
                  />
                )}
              </Field>
              <Field label={f.honorific} path={`people[${i}].honorific`} errors={errors}>
                {(p) => (
                  <input
                    {...p}
                    className="short"
                    value={person.honorific ?? ''}
                    onChange={(e) => edit({ type: 'updatePerson', index: i, changes: { honorific: e.target.value } })}
                  />
                )}
              </Field>
              <Field label={f.role} path={`people[${i}].role`} errors={errors}>
                {(p) => (
                  <select
                    {...p}
                    value={person.role}
                    onChange={(e) => edit({ type: 'updatePerson', index: i, changes: { role: e.target.value as Role } })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {enPlan.roles[r]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={f.position} path={`people[${i}].position`} errors={errors}>
                {(p) => (
                  <input
                    {...p}
                    value={person.position ?? ''}
                    onChange={(e) => edit({ type: 'updatePerson', index: i, changes: { position: e.target.value } })}
                  />
                )}
              </Field>
              <Field label={f.organization} path={`people[${i}].organization`} errors={errors}>
                {(p) => (
                  <input
                    {...p}
                    value={person.organization ?? ''}
                    onChange={(e) => edit({ type: 'updatePerson', index: i, changes: { organization: e.target.value } })}
                  />
                )}
              </Field>
              <button type="button" className="remove" onClick={() => edit({ type: 'removePerson', index: i })}>
                {enPlan.remove(person.name || enPlan.person(i + 1))}
              </button>
            </li>
          ))}
        </ol>
        <div className="plan-buttons">
          <button
            type="button"
            onClick={() =>
              edit(
                { type: 'addPerson', role: people.some((p) => p.role === 'moderator') ? 'panelist' : 'moderator' },
                fieldId(`people[${people.length}].name`),
              )
            }
          >
            {enPlan.addPerson}
          </button>
        </div>
      </section>

      <section aria-labelledby="questions-heading" className="plan-section">
        <h2 id="questions-heading">{enPlan.questions}</h2>
        <ol className="plan-list">
          {questions.map((question, i) => (
            <li key={question.id} className="question-row">
              <Field label={`${f.question} ${i + 1}`} path={`questions[${i}].text`} errors={errors}>
                {(p) => (
                  <textarea
                    {...p}
                    rows={2}
                    value={question.text}
                    onChange={(e) => edit({ type: 'updateQuestion', index: i, text: e.target.value })}
                  />
                )}
              </Field>
              <button type="button" className="remove" onClick={() => edit({ type: 'removeQuestion', index: i })}>
                {enPlan.remove(enPlan.questionN(i + 1))}
              </button>
            </li>
          ))}
        </ol>
        <div className="plan-buttons">
          <button type="button" onClick={() => edit({ type: 'addQuestion' }, fieldId(`questions[${questions.length}].text`))}>
            {enPlan.addQuestion}
          </button>
        </div>
      </section>

      <section aria-labelledby="segments-heading" className="plan-section">
        <h2 id="segments-heading">{enPlan.segments}</h2>
        {errors.get('segments') && <p className="field-error">{errors.get('segments')!.join(' ')}</p>}
        <p className="hint">{enPlan.dragHint}</p>
        <ol className="plan-list">
          {draft.segments.map((segment, si) => {
            const name = segment.title || enPlan.segment(si + 1);
            const open = (segment.turns ?? []).length === 0 && segment.minutes !== undefined;
            return (
              <li
                key={segment.id}
                className="segment-row"
                draggable
                onDragStart={dragStart('segment', si, si)}
                onDragEnd={dragEnd}
                onDragOver={allowDrop}
                onDrop={dropOn('segment', si, si)}
                onKeyDown={(e) =>
                  reorderKey(
                    e,
                    `segments_${si}__`,
                    (d) => `segments_${si + d}__`,
                    (d) => edit({ type: 'moveSegment', index: si, to: si + d }),
                  )
                }
              >
                <div className="segment-head">
                  <span className="clock">{clockAt(draft.start, offsets.segments[si] ?? 0)}</span>
                  <Field label={f.segmentTitle} path={`segments[${si}].title`} errors={errors}>
                    {(p) => (
                      <input
                        {...p}
                        value={segment.title ?? ''}
                        onChange={(e) => edit({ type: 'updateSegment', index: si, changes: { title: e.target.value } })}
                      />
                    )}
                  </Field>
                  <Field label={f.segmentQuestion} path={`segments[${si}].question`} errors={errors}>
                    {(p) => (
                      <select
                        {...p}
                        value={segment.question ?? ''}
                        onChange={(e) => edit({ type: 'updateSegment', index: si, changes: { question: e.target.value || undefined } })}
                      >
                        <option value="">{enPlan.noQuestion}</option>
                        {questions.map((q, qi) => (
                          <option key={q.id} value={q.id}>{`Q${qi + 1}`}</option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label={f.blockMinutes} path={`segments[${si}].minutes`} errors={errors}>
                    {(p) => (
                      <input
                        {...p}
                        type="number"
                        min="0.5"
                        step="0.5"
                        className="short"
                        value={segment.minutes ?? ''}
                        onChange={(e) =>
                          edit({
                            type: 'updateSegment',
                            index: si,
                            changes: { minutes: e.target.value === '' ? undefined : Number(e.target.value) },
                          })
                        }
                      />
                    )}
                  </Field>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={segment.flex ?? open}
                      onChange={(e) => edit({ type: 'updateSegment', index: si, changes: { flex: e.target.checked } })}
                    />{' '}
                    {f.flex}
                  </label>
                  <span className="row-buttons">
                    <button
                      type="button"
                      aria-label={enPlan.moveUp(name)}
                      disabled={si === 0}
                      onClick={() => edit({ type: 'moveSegment', index: si, to: si - 1 })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={enPlan.moveDown(name)}
                      disabled={si === draft.segments.length - 1}
                      onClick={() => edit({ type: 'moveSegment', index: si, to: si + 1 })}
                    >
                      ↓
                    </button>
                    <button type="button" aria-label={enPlan.remove(name)} onClick={() => edit({ type: 'removeSegment', index: si })}>
                      ✕
                    </button>
                  </span>
                </div>
                {errors.get(`segments[${si}]`) && <p className="field-error">{errors.get(`segments[${si}]`)!.join(' ')}</p>}
                {open && <p className="hint">{enPlan.openBlock}</p>}
                <ol className="turn-list">
                  {(segment.turns ?? []).map((turn, ti) => {
                    const label = enPlan.turn(si + 1, ti + 1);
                    return (
                      <li
                        key={ti}
                        className="turn-row"
                        draggable
                        onDragStart={(e) => {
                          e.stopPropagation();
                          dragStart('turn', si, ti)(e);
                        }}
                        onDragEnd={dragEnd}
                        onDragOver={allowDrop}
                        onDrop={dropOn('turn', si, ti)}
                        onKeyDown={(e) =>
                          reorderKey(
                            e,
                            `segments_${si}__turns_${ti}__`,
                            (d) => `segments_${si}__turns_${ti + d}__`,
                            (d) => edit({ type: 'moveTurn', segment: si, index: ti, to: ti + d }),
                          )
                        }
                      >
                        <span className="clock" aria-label={`${f.at} ${clockAt(draft.start, offsets.turns[si]?.[ti] ?? 0)}`}>
                          {clockAt(draft.start, offsets.turns[si]?.[ti] ?? 0)}
                        </span>
                        <Field label={f.speaker} path={`segments[${si}].turns[${ti}].speaker`} errors={errors}>
                          {(p) => (
                            <select
                              {...p}
                              aria-label={`${f.speaker}, ${label}`}
                              value={turn.speaker}
                              onChange={(e) => edit({ type: 'updateTurn', segment: si, index: ti, changes: { speaker: e.target.value } })}
                            >
                              {!people.some((person) => person.id === turn.speaker) && (
                                <option value={turn.speaker}>{turn.speaker || '—'}</option>
                              )}
                              {people.map((person) => (
                                <option key={person.id} value={person.id}>
                                  {person.name || person.id}
                                </option>
                              ))}
                            </select>
                          )}
                        </Field>
                        <Field label={f.minutes} path={`segments[${si}].turns[${ti}].minutes`} errors={errors}>
                          {(p) => (
                            <input
                              {...p}
                              aria-label={`${f.minutes}, ${label}`}
                              type="number"
                              min="0.5"
                              step="0.5"
                              className="short"
                              value={Number.isFinite(turn.minutes) ? turn.minutes : ''}
                              onChange={(e) =>
                                edit({
                                  type: 'updateTurn',
                                  segment: si,
                                  index: ti,
                                  changes: { minutes: e.target.value === '' ? Number.NaN : Number(e.target.value) },
                                })
                              }
                            />
                          )}
                        </Field>
                        <span className="row-buttons">
                          <button
                            type="button"
                            aria-label={enPlan.moveUp(label)}
                            disabled={ti === 0}
                            onClick={() => edit({ type: 'moveTurn', segment: si, index: ti, to: ti - 1 })}
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            aria-label={enPlan.moveDown(label)}
                            disabled={ti === (segment.turns ?? []).length - 1}
                            onClick={() => edit({ type: 'moveTurn', segment: si, index: ti, to: ti + 1 })}
                          >
                            ↓
                          </button>
                          <button
                            type="button"
                            aria-label={enPlan.remove(label)}
                            onClick={() => edit({ type: 'removeTurn', segment: si, index: ti })}
                          >
                            ✕
                          </button>
                        </span>
                      </li>
                    );
                  })}
                </ol>
                {segment.minutes === undefined || (segment.turns ?? []).length > 0 ? (
                  <button
                    type="button"
                    onClick={() =>
                      edit(
                        { type: 'addTurn', segment: si, speaker: people.find((p) => p.role === 'panelist')?.id ?? people[0]?.id ?? '' },
                        fieldId(`segments[${si}].turns[${(segment.turns ?? []).length}].speaker`),
                      )
                    }
                    aria-label={`${enPlan.addTurn}: ${name}`}
                  >
                    {enPlan.addTurn}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ol>
        <div className="plan-buttons">
          <button
            type="button"
            onClick={() => edit({ type: 'addSegment', open: false }, fieldId(`segments[${draft.segments.length}].title`))}
          >
            {enPlan.addSegment}
          </button>
          <button
            type="button"
            onClick={() => edit({ type: 'addSegment', open: true }, fieldId(`segments[${draft.segments.length}].title`))}
          >
            {enPlan.addOpenBlock}
          </button>
        </div>
      </section>

      <section aria-labelledby="rehearsals-heading" className="plan-section">
        <h2 id="rehearsals-heading">{enPlan.rehearsals}</h2>
        {result.ok ? <RehearsalComparison agenda={result.value.agenda} rehearsals={rehearsals} /> : <p>{enPlan.noRehearsals}</p>}
      </section>
    </main>
  );
}

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
