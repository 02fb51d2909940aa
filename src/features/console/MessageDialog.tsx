import { useState, type FormEvent } from 'react';
import { MAX_MESSAGE_LENGTH } from '../../domain/run';
import { en } from '../../i18n/en';
import { useActions } from '../../store/hooks';
import { Dialog } from '../../ui/Dialog';

/** M: a preset or a few words of free text, shown on the speaker view until cleared. */
export function MessageDialog({ onClose }: { readonly onClose: () => void }) {
  const actions = useActions();
  const [text, setText] = useState('');
  const send = (message: string) => {
    if (message.trim() === '') return;
    actions.sendMessage(message);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(text);
  };
  return (
    <Dialog title={en.message.title} onClose={onClose}>
      <form onSubmit={submit} className="insert-form">
        <label>
          {en.message.text}
          <input type="text" dir="auto" value={text} maxLength={MAX_MESSAGE_LENGTH} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="submit" disabled={text.trim() === ''}>
            {en.message.send}
          </button>
          <button type="button" onClick={onClose}>
            {en.buttons.cancel}
          </button>
        </div>
        <div className="dialog-buttons presets">
          {en.message.presets.map((preset) => (
            <button key={preset} type="button" onClick={() => send(preset)}>
              {preset}
            </button>
          ))}
        </div>
      </form>
    </Dialog>
  );
}
