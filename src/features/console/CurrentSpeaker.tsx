import { memo } from 'react';
import { speakerLabel } from '../../i18n/speaker-label';
import { AUDIENCE, FLOOR } from '../../domain/plan';
import type { Signal } from '../../domain/projection';
import { en } from '../../i18n/en';
import {
  useActivity,
  useCurrentSpeaker,
  useCurrentTurn,
  useFloorRequest,
  usePerson,
  usePlan,
  useStatus,
  useTurnSignal,
} from '../../store/hooks';
import { Announcer } from '../../ui/Announcer';
import { SignalShape } from '../../ui/SignalShape';
import { signalWord } from '../../ui/signal-word';
import { Timer } from './Timer';

/** Who holds the floor, their turn countdown and the signal as a word and a shape, not colour alone. */
export const CurrentSpeaker = memo(function CurrentSpeaker() {
  const speakerId = useCurrentSpeaker();
  const person = usePerson(speakerId);
  const plan = usePlan();
  const status = useStatus();
  const activity = useActivity();
  const signal = useTurnSignal();
  const shown: Signal = status === 'running' ? signal : 'normal';
  const state = signalWord(status, activity, shown);
  // A speaker given the floor from the list of speakers shows by name, the delegation below.
  const request = useFloorRequest(useCurrentTurn()?.requestId);
  const name = status === 'ended' ? en.ended : (request?.name ?? speakerLabel(plan, speakerId));
  const detail =
    status === 'ended'
      ? ''
      : speakerId === AUDIENCE
        ? (request?.delegation ?? '')
        : speakerId === FLOOR
          ? en.floorDetail
          : [person?.position, person?.organization].filter(Boolean).join(' · ');
  return (
    <>
      <section
        className="current"
        aria-label={en.regions.currentSpeaker}
        data-signal={shown}
        data-activity={status === 'running' ? activity : status}
      >
        <div className="current-who">
          <p className="current-name" dir="auto">
            {name}
          </p>
          <p className="current-detail" dir="auto">
            {detail}
          </p>
        </div>
        <div className="current-signal">
          <Timer which="turn" label={en.timers.turn} size="huge" />
          <p className="signal-word">
            <SignalShape signal={shown} className="signal-shape" /> {state}
          </p>
        </div>
      </section>
      <Announcer speaker={status === 'running' ? name : ''} word={state} />
    </>
  );
});
