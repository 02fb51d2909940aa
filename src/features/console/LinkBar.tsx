import { memo, useContext } from 'react';
import { en } from '../../i18n/en';
import { openView } from '../../platform/open-view';
import { useActions, useControl, useMessage, useRehearsalSpeed, useSoundOn } from '../../store/hooks';
import { SyncAccessContext } from '../../store/sync-context';
import { DevicesButton } from '../../ui/devices/DevicesButton';
import { LanguageMenu } from '../../ui/LanguageMenu';
import { ViewMenu } from '../../ui/ViewLinks';

interface LinkBarProps {
  readonly onTakeOver: () => void;
  readonly onCompose: () => void;
}

/** The speaker view and what it shows: open it, the message on it, sound cues; who is in control; other devices; links to the other views. */
export const LinkBar = memo(function LinkBar({ onTakeOver, onCompose }: LinkBarProps) {
  const control = useControl();
  const message = useMessage();
  const soundOn = useSoundOn();
  const actions = useActions();
  const rehearsal = useRehearsalSpeed() !== null;
  // In a room, the one in control is another device; read when control changes, which re-renders this bar.
  const inRoom = useContext(SyncAccessContext)?.current()?.getState().role === 'moderator';
  return (
    <div className="link-bar">
      {control === 'follower' && (
        <p role="status" className="follower">
          {inRoom ? en.control.followerDevice : en.control.follower}{' '}
          <button type="button" onClick={onTakeOver}>
            {en.control.takeOver}
          </button>
        </p>
      )}
      <button
        type="button"
        onClick={() =>
          openView(
            rehearsal ? '#/stage-rehearsal' : '#/stage',
            rehearsal ? 'run-of-show-stage-rehearsal' : 'run-of-show-stage',
            'popup,width=1280,height=720',
          )
        }
      >
        {en.stage.openSpeakerView}
      </button>
      <button
        type="button"
        onClick={() => openView(rehearsal ? '#/log-rehearsal' : '#/log', rehearsal ? 'run-of-show-log-rehearsal' : 'run-of-show-log')}
      >
        {en.stage.openRecord}
      </button>
      {!rehearsal && <DevicesButton />}
      <button type="button" onClick={onCompose} disabled={control !== 'controller'} aria-keyshortcuts="M">
        {en.message.compose} <kbd aria-hidden="true">M</kbd>
      </button>
      {message && (
        <p className="message-now">
          {en.message.onStage} <strong dir="auto">{en.message.quoted(message)}</strong>{' '}
          <button type="button" onClick={actions.clearMessage} disabled={control !== 'controller'} aria-keyshortcuts="Escape">
            {en.message.clear} <kbd aria-hidden="true">{en.keyNames.escape}</kbd>
          </button>
        </p>
      )}
      <button type="button" aria-pressed={soundOn} onClick={() => actions.setSoundOn(!soundOn)} aria-keyshortcuts="S">
        {soundOn ? en.sound.on : en.sound.off} <kbd aria-hidden="true">S</kbd>
      </button>
      <ViewMenu current={rehearsal ? 'rehearse' : 'console'} rehearsal={rehearsal} />
      <LanguageMenu />
    </div>
  );
});
