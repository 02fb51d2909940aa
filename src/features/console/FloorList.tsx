import { memo, useMemo, useRef, useState, type FormEvent } from 'react';
import { displayName } from '../../domain/agenda';
import { GENDERS, MAX_REQUEST_TEXT, sameName, spokenNames, type FloorEntry, type FloorLists, type Gender } from '../../domain/floor-list';
import type { Plan } from '../../domain/plan';
import { enFloor } from '../../i18n/en-floor';
import { formatClock } from '../../platform/format';
import { useFloorActions, useFloorOutlook } from '../../store/floor-hooks';
import { useControl, usePlan, useRunState } from '../../store/hooks';

/**
 * The list of speakers of the open block under way or to come: requests to speak added as hands go
 * up, who is next, the round as it stands, and whether the block can still fit everyone waiting.
 * Loaded with the first open block, not with the console's first page.
 */
export const FloorList = memo(function FloorList() {
  const outlook = useFloorOutlook();
  const plan = usePlan();
  const run = useRunState();
  const actions = useFloorActions();
  const canAct = useControl() === 'controller';
  if (!outlook) return null;
  const { block, waiting, next, rules, underWay, fits } = outlook;
  const spoke = spokenNames(block);
  const closed = block.closedAt !== null;
  const short = fits !== null && fits < waiting.length;
  const canGive = canAct && underWay && next !== null;
  // The panel answers once the round is full, or earlier when no one is left to ask.
  const canAnswer = underWay && (outlook.roundDone || (outlook.askedInRound > 0 && waiting.length === 0));
  // Before its block, with no one waiting, the list is only its form: the queue keeps its room.
  const quiet = !underWay && waiting.length === 0 && !closed;
  return (
    <section className="floor-list" aria-label={enFloor.region} data-short={short || undefined}>
      <div className="floor-head">
        <h2>{enFloor.region}</h2>
        <p className="floor-count">{enFloor.waiting(waiting.length)}</p>
      </div>
      {closed ? (
        <p className="floor-closed">{enFloor.closed(formatClock(block.closedAt!, plan.timeZone))}</p>
      ) : (
        <RequestForm askGender={rules.askGender} disabled={!canAct} />
      )}
      {!quiet && (
        <div className="floor-next">
          <p className="floor-next-who" dir="auto">
            {next ? enFloor.next(enFloor.speaker(next.name, next.delegation ?? '')) : enFloor.noneWaiting}
          </p>
          <button type="button" className="floor-give" disabled={!canGive} onClick={actions.giveFloorToNext} aria-keyshortcuts="L">
            {enFloor.giveNext} <kbd aria-hidden="true">L</kbd>
          </button>
        </div>
      )}
      {short && (
        <p className="floor-short" role="status">
          <span aria-hidden="true" className="floor-short-mark">
            ▲
          </span>{' '}
          {enFloor.timeFor(waiting.length, fits!)}
        </p>
      )}
      {/* The round matters once the block holds the floor: before it, the list stays small. */}
      {underWay && (
        <div className="floor-round">
          <p>{rules.roundSize === 1 ? enFloor.oneByOne : enFloor.round(block.round, outlook.askedInRound, rules.roundSize)}</p>
          {canAnswer && (
            <button type="button" disabled={!canAct} onClick={actions.panelAnswers}>
              {enFloor.panelAnswers}
            </button>
          )}
        </div>
      )}
      {waiting.length > 0 && (
        <ol className="floor-waiting" aria-label={enFloor.waiting(waiting.length)}>
          {waiting.map((entry, position) => (
            <WaitingEntry
              key={entry.id}
              entry={entry}
              position={position}
              last={position === waiting.length - 1}
              spoke={spoke.has(sameName(entry.name))}
              disabled={!canAct}
            />
          ))}
        </ol>
      )}
      {!quiet && (
        <div className="floor-options">
          <label className="floor-first-timers">
            <input
              type="checkbox"
              checked={block.firstTimersFirst}
              disabled={!canAct}
              onChange={(e) => actions.setFirstTimersFirst(e.target.checked)}
            />{' '}
            {enFloor.firstTimersFirst}
          </label>
          {!closed && (
            <button type="button" disabled={!canAct} onClick={actions.closeList}>
              {enFloor.closeList}
            </button>
          )}
        </div>
      )}
      <Names plan={plan} floor={run.floor} />
    </section>
  );
});

const listId = 'floor-names';

/** The names the Name field offers: the agenda's people and those already on a list. */
const Names = memo(function Names({ plan, floor }: { readonly plan: Plan; readonly floor: FloorLists }) {
  const names = useMemo(() => {
    const seen = new Map<string, string>();
    for (const person of plan.people) seen.set(sameName(displayName(person)), displayName(person));
    for (const block of Object.values(floor))
      for (const entry of Object.values(block.entries)) if (!seen.has(sameName(entry.name))) seen.set(sameName(entry.name), entry.name);
    return [...seen.values()];
  }, [plan, floor]);
  return (
    <datalist id={listId}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
});

function RequestForm({ askGender, disabled }: { readonly askGender: boolean; readonly disabled: boolean }) {
  const actions = useFloorActions();
  const plan = usePlan();
  const run = useRunState();
  const nameField = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [delegation, setDelegation] = useState('');
  const [gender, setGender] = useState<Gender | ''>('');
  // A name already known (an agenda person or an earlier request) brings its organisation along,
  // shown in the empty field and taken unless another is typed.
  const knownDelegation = (typed: string): string | undefined => {
    const key = sameName(typed);
    const person = plan.people.find((p) => sameName(displayName(p)) === key);
    if (person?.organization) return person.organization;
    for (const block of Object.values(run.floor))
      for (const entry of Object.values(block.entries)) if (sameName(entry.name) === key && entry.delegation) return entry.delegation;
    return undefined;
  };
  const known = name.trim() ? knownDelegation(name) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    const from = delegation.trim() || known;
    const added = actions.requestFloor({
      name,
      ...(from && { delegation: from }),
      ...(gender && { gender }),
    });
    if (added) {
      setName('');
      setDelegation('');
      setGender('');
    }
    nameField.current?.focus();
  };
  return (
    <form className="floor-form" onSubmit={submit} data-gender={askGender || undefined}>
      <label className="floor-field">
        <span>{enFloor.name}</span>
        <input
          ref={nameField}
          list={listId}
          autoComplete="off"
          maxLength={MAX_REQUEST_TEXT}
          dir="auto"
          value={name}
          disabled={disabled}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="floor-field">
        <span>{enFloor.delegation}</span>
        <input
          autoComplete="off"
          maxLength={MAX_REQUEST_TEXT}
          dir="auto"
          value={delegation}
          placeholder={known}
          disabled={disabled}
          onChange={(e) => setDelegation(e.target.value)}
        />
      </label>
      {askGender && (
        <label className="floor-field">
          <span>{enFloor.gender}</span>
          <select value={gender} disabled={disabled} onChange={(e) => setGender(e.target.value as Gender | '')}>
            <option value="" />
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {enFloor.genders[g]}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" disabled={disabled || name.trim() === ''}>
        {enFloor.add}
      </button>
    </form>
  );
}

interface WaitingEntryProps {
  readonly entry: FloorEntry;
  readonly position: number;
  readonly last: boolean;
  /** Has had the floor already in this block. */
  readonly spoke: boolean;
  readonly disabled: boolean;
}

function WaitingEntry({ entry, position, last, spoke, disabled }: WaitingEntryProps) {
  const actions = useFloorActions();
  const who = enFloor.speaker(entry.name, entry.delegation ?? '');
  return (
    <li>
      <span className="floor-entry-name" dir="auto">
        {who}
      </span>
      {spoke && <span className="floor-entry-spoke">{enFloor.spoke}</span>}
      <span className="floor-entry-actions">
        <button
          type="button"
          aria-label={enFloor.moveUp(entry.name)}
          title={enFloor.moveUp(entry.name)}
          disabled={disabled || position === 0}
          onClick={() => actions.moveRequest(entry.id, position - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={enFloor.moveDown(entry.name)}
          title={enFloor.moveDown(entry.name)}
          disabled={disabled || last}
          onClick={() => actions.moveRequest(entry.id, position + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={enFloor.withdraw(entry.name)}
          title={enFloor.withdraw(entry.name)}
          disabled={disabled}
          onClick={() => actions.withdrawRequest(entry.id)}
        >
          ⊘
        </button>
        <button
          type="button"
          aria-label={enFloor.remove(entry.name)}
          title={enFloor.remove(entry.name)}
          disabled={disabled}
          onClick={() => actions.removeRequest(entry.id)}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
