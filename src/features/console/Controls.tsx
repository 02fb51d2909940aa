import { memo } from 'react';
import { en } from '../../i18n/en';
import { useActions, useActivity, useCanUndo, useControl, useStatus } from '../../store/hooks';

interface ControlsProps {
  readonly onInsert: () => void;
  readonly onHelp: () => void;
}

/** The moderator's buttons, each with its key. */
export const Controls = memo(function Controls({ onInsert, onHelp }: ControlsProps) {
  const actions = useActions();
  const status = useStatus();
  const activity = useActivity();
  const canUndo = useCanUndo();
  // A window that follows another shows the controls but cannot use them.
  const canAct = useControl() === 'controller';
  const running = status === 'running';
  const primary = status === 'ready' ? en.buttons.start : activity === 'paused' ? en.buttons.resume : en.buttons.pause;
  return (
    <nav className="controls" aria-label={en.regions.controls}>
      {status === 'ended' ? (
        <button
          type="button"
          className="primary"
          disabled={!canAct}
          onClick={() => {
            if (window.confirm(en.confirmNewRun)) actions.newRun();
          }}
        >
          {en.newRun}
        </button>
      ) : (
        <button type="button" className="primary" onClick={actions.toggle} disabled={!canAct} aria-keyshortcuts="Space">
          {primary} <kbd aria-hidden="true">{en.keyNames.space}</kbd>
        </button>
      )}
      <button type="button" onClick={actions.next} disabled={!canAct || !running} aria-keyshortcuts="N ArrowRight">
        {en.buttons.next} <kbd aria-hidden="true">N</kbd>
      </button>
      <button
        type="button"
        onClick={actions.toggleInterjection}
        disabled={!canAct || !running || activity === 'paused'}
        aria-pressed={activity === 'interjecting'}
        aria-keyshortcuts="I"
      >
        {activity === 'interjecting' ? en.buttons.endInterjection : en.buttons.interject} <kbd aria-hidden="true">I</kbd>
      </button>
      <button type="button" onClick={() => actions.adjustTime(30)} disabled={!canAct || !running} aria-keyshortcuts="+">
        {en.buttons.add30} <kbd aria-hidden="true">+</kbd>
      </button>
      <button type="button" onClick={() => actions.adjustTime(-30)} disabled={!canAct || !running} aria-keyshortcuts="-">
        {en.buttons.remove30} <kbd aria-hidden="true">−</kbd>
      </button>
      <button type="button" onClick={onInsert} disabled={!canAct || status === 'ended'} aria-keyshortcuts="G">
        {en.buttons.insert} <kbd aria-hidden="true">G</kbd>
      </button>
      <button type="button" onClick={actions.undo} disabled={!canAct || !canUndo} aria-keyshortcuts="Z Control+Z">
        {en.buttons.undo} <kbd aria-hidden="true">Z</kbd>
      </button>
      <button type="button" onClick={actions.end} disabled={!canAct || !running}>
        {en.buttons.end}
      </button>
      <button type="button" onClick={onHelp} aria-keyshortcuts="?">
        {en.buttons.help} <kbd aria-hidden="true">?</kbd>
      </button>
    </nav>
  );
});
