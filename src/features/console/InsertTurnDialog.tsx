import { useState, type FormEvent } from 'react';
import { displayName } from '../../domain/agenda';
import { AUDIENCE } from '../../domain/plan';
import { en } from '../../i18n/en';
import { useActions, useCurrentSpeaker, usePlan, useStatus } from '../../store/hooks';
import { Dialog } from '../../ui/Dialog';

/** Gives the floor to anyone: a follow-up, a reply, a speaker from the floor. */
export function InsertTurnDialog({ onClose }: { readonly onClose: () => void }) {
  const plan = usePlan();
  const actions = useActions();
  const status = useStatus();
  const current = useCurrentSpeaker();
  const first = plan.people.find((p) => p.role !== 'moderator' && p.id !== current) ?? plan.people[0];
  const [speakerId, setSpeakerId] = useState(first?.id ?? '');
  const [minutes, setMinutes] = useState('2');
  const submit = (when: 'now' | 'next') => (event?: FormEvent) => {
    event?.preventDefault();
    actions.insert(speakerId, Number(minutes), when);
    onClose();
  };
  const valid = Number(minutes) > 0;
  return (
    <Dialog title={en.insertDialog.title} onClose={onClose}>
      <form onSubmit={submit(status === 'running' ? 'now' : 'next')} className="insert-form">
        <label>
          {en.insertDialog.person}
          <select value={speakerId} onChange={(e) => setSpeakerId(e.target.value)}>
            {plan.people.map((p) => (
              <option key={p.id} value={p.id}>
                {displayName(p)}
              </option>
            ))}
            <option value={AUDIENCE}>{en.audience}</option>
          </select>
        </label>
        <label>
          {en.insertDialog.minutes}
          <input type="number" min="0.5" step="0.5" value={minutes} onChange={(e) => setMinutes(e.target.value)} required />
        </label>
        <div className="dialog-buttons">
          {status === 'running' && (
            <button type="submit" disabled={!valid}>
              {en.buttons.giveNow}
            </button>
          )}
          <button type="button" disabled={!valid} onClick={submit('next')}>
            {en.buttons.queueNext}
          </button>
          <button type="button" onClick={onClose}>
            {en.buttons.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
