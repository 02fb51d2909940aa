import { memo } from 'react';
import { speakerLabel } from '../../i18n/speaker-label';
import { AUDIENCE, FLOOR } from '../../domain/plan';
import type { Signal } from '../../domain/projection';
import { en } from '../../i18n/en';
import { useActivity, useCurrentSpeaker, usePerson, usePlan, useStatus, useTurnSignal } from '../../store/hooks';
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
  const name = status === 'ended' ? en.ended : speakerLabel(plan, speakerId);
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
            {speakerId === FLOOR
              ? en.floorDetail
              : speakerId === AUDIENCE || status === 'ended'
                ? ''
                : [person?.position, person?.organization].filter(Boolean).join(' · ')}
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
