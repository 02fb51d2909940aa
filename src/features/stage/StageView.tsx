import { memo, useEffect, useRef, useState, useSyncExternalStore, type CSSProperties } from 'react';
import { displayName } from '../../domain/agenda';
import type { Signal } from '../../domain/projection';
import { en } from '../../i18n/en';
import { requestLabel, speakerLabel } from '../../i18n/speaker-label';
import { formatCountdown } from '../../platform/format';
import type { LinkStatus } from '../../platform/console-link';
import {
  useActivity,
  useCountdownSeconds,
  useCurrentSpeaker,
  useCurrentTurn,
  useFloorRequest,
  useMessage,
  usePlan,
  useRehearsalSpeed,
  useStatus,
  useTurnSignal,
} from '../../store/hooks';
import { Announcer } from '../../ui/Announcer';
import { SignalShape } from '../../ui/SignalShape';
import { signalWord } from '../../ui/signal-word';
import { LanguageMenu } from '../../ui/LanguageMenu';
import { ViewLinks } from '../../ui/ViewLinks';
import type { SyncStore } from '../../store/sync-store';
import { RemoteStatus } from '../../ui/devices/RemoteStatus';

export interface ConsoleLink {
  subscribe(listener: () => void): () => void;
  getSnapshot(): LinkStatus;
}

/** The turn time; its length in characters lets the stylesheet size it to the width it has. */
const TurnDigits = memo(function TurnDigits() {
  const text = formatCountdown(useCountdownSeconds('turn'));
  return (
    <span role="timer" aria-label={en.timers.turn} className="stage-digits" style={{ '--chars': text.length } as CSSProperties}>
      {text}
    </span>
  );
});

const SessionDigits = memo(function SessionDigits() {
  const seconds = useCountdownSeconds('session');
  return (
    <p className="stage-session">
      {en.stage.session}{' '}
      <span role="timer" aria-label={en.timers.session}>
        {formatCountdown(seconds)}
      </span>
    </p>
  );
});

/**
 * The speaker view for the confidence monitor: the turn time as large as the screen allows,
 * the speaker, the signal as a word and a shape, the session time small, the moderator's
 * message. No controls; the cursor hides after a moment of stillness.
 */
/** `room`: this speaker view follows a console on another device, through the sync server. */
export function StageView({ link, room }: { readonly link: ConsoleLink; readonly room?: SyncStore }) {
  const status = useSyncExternalStore(link.subscribe, link.getSnapshot, link.getSnapshot);
  const plan = usePlan();
  const runStatus = useStatus();
  const activity = useActivity();
  const speakerId = useCurrentSpeaker();
  // A speaker given the floor from the list of speakers shows by name and delegation.
  const request = useFloorRequest(useCurrentTurn()?.requestId);
  const signal = useTurnSignal();
  const message = useMessage();
  const rehearsal = useRehearsalSpeed();
  const [still, setStill] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const moved = () => {
      setStill(false);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setStill(true), 2000);
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'f' || event.key === 'F') && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        toggleFullScreen();
      }
    };
    moved();
    window.addEventListener('mousemove', moved);
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer.current);
      window.removeEventListener('mousemove', moved);
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const lost = status === 'lost';
  const shown: Signal = runStatus === 'running' && !lost ? signal : 'normal';
  const person = speakerId ? plan.personById[speakerId] : undefined;
  const word = lost ? en.stage.lost : signalWord(runStatus, activity, shown, en.stage.waiting);
  const name = runStatus === 'ended' ? '' : request ? requestLabel(request) : person ? displayName(person) : speakerLabel(plan, speakerId);
  return (
    <main
      className="stage"
      data-signal={shown}
      data-still={still || undefined}
      data-lost={lost || undefined}
      data-rehearsal={rehearsal !== null || undefined}
    >
      {rehearsal !== null && (
        <p className="stage-rehearsal">
          {en.rehearsal.stageBanner} · {rehearsal}×
        </p>
      )}
      {room && <RemoteStatus store={room} />}
      <section className="stage-speaker" aria-label={en.regions.currentSpeaker}>
        <p className="stage-name" dir="auto">
          {name}
        </p>
      </section>
      <div className="stage-clock">{lost ? <p className="stage-lost">{en.stage.lostDetail}</p> : <TurnDigits />}</div>
      <Announcer speaker={runStatus === 'running' ? name : ''} word={word} />
      {/* A status, but the announcer above says its changes: read once, not twice. */}
      <p className="stage-word" role="status" aria-live="off">
        <SignalShape signal={lost ? 'lost' : shown} /> {word}
      </p>
      {message && !lost && (
        <p className="stage-message" role="alert" dir="auto">
          {message}
        </p>
      )}
      <footer className="stage-footer">
        {!lost && <SessionDigits />}
        <button type="button" className="stage-fullscreen" onClick={toggleFullScreen} aria-keyshortcuts="F">
          {en.stage.fullScreen}
        </button>
        <ViewLinks current="stage" rehearsal={rehearsal !== null} className="stage-links" />
        <LanguageMenu className="stage-language" />
      </footer>
    </main>
  );
}

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
