import { memo } from 'react';
import { en } from '../../i18n/en';
import { useActions, useActivity, useCanUndo, useStatus } from '../../store/hooks';

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
  const running = status === 'running';
  const primary = status === 'ready' ? en.buttons.start : activity === 'paused' ? en.buttons.resume : en.buttons.pause;
  return (
    <nav className="controls" aria-label={en.regions.controls}>
      <button type="button" className="primary" onClick={actions.toggle} disabled={status === 'ended'}>
        {primary} <kbd>Space</kbd>
      </button>
      <button type="button" onClick={actions.next} disabled={!running}>{en.buttons.next} <kbd>N</kbd></button>
      <button type="button" onClick={actions.toggleInterjection} disabled={!running || activity === 'paused'} aria-pressed={activity === 'interjecting'}>
        {activity === 'interjecting' ? en.buttons.endInterjection : en.buttons.interject} <kbd>I</kbd>
      </button>
      <button type="button" onClick={() => actions.adjustTime(30)} disabled={!running}>{en.buttons.add30} <kbd>+</kbd></button>
      <button type="button" onClick={() => actions.adjustTime(-30)} disabled={!running}>{en.buttons.remove30} <kbd>−</kbd></button>
      <button type="button" onClick={onInsert} disabled={status === 'ended'}>{en.buttons.insert} <kbd>G</kbd></button>
      <button type="button" onClick={actions.undo} disabled={!canUndo}>{en.buttons.undo} <kbd>Z</kbd></button>
      <button type="button" onClick={actions.end} disabled={!running}>{en.buttons.end}</button>
      <button type="button" onClick={onHelp} aria-keyshortcuts="?">{en.buttons.help} <kbd>?</kbd></button>
    </nav>
  );
});
