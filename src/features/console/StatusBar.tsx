import { memo, useEffect, useState, type ReactNode } from 'react';
import { formatClock, formatDuration } from '../../platform/format';
import { en } from '../../i18n/en';
import { afterFirstPaint } from '../../platform/later';
import {
  useAnchorMode,
  useClockSecond,
  useEndDeltaSeconds,
  useHardEnd,
  usePlan,
  useProjectedEndSecond,
  useScheduleOffsetSeconds,
  useStatus,
} from '../../store/hooks';
import { SignalShape } from '../../ui/SignalShape';

/**
 * False for the first paint, true right after it. Clock times at the venue need the time zone's
 * rules, whose first use costs milliseconds: the countdowns paint first, the clock times a task later.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let live = true;
    // After the page's first paint, then a background task: not held back by a test's paused clock.
    afterFirstPaint(() => {
      if (live) setPainted(true);
    });
    return () => {
      live = false;
    };
  }, [painted]);
  return painted;
}

const TimeOfDay = memo(function TimeOfDay({ timeZone }: { readonly timeZone: string }) {
  const second = useClockSecond();
  return <time>{formatClock(second * 1000, timeZone, true)}</time>;
});

/** A clock time at the venue, with seconds only when it is not on a whole minute (rounded up, never earlier than it is). */
function endClock(epochMs: number, timeZone: string): string {
  const second = Math.ceil(epochMs / 1000);
  return formatClock(second * 1000, timeZone, second % 60 !== 0);
}

/** The projected and the hard end as clock times, once they are fixed (they move with the clock before a Start anchored "now"). */
const EndClocks = memo(function EndClocks({ timeZone, fit }: { readonly timeZone: string; readonly fit: ReactNode }) {
  const projectedEndSecond = useProjectedEndSecond();
  const hardEnd = useHardEnd();
  return (
    <>
      <span>{en.schedule.projectedEnd(endClock(projectedEndSecond * 1000, timeZone))}</span>
      {fit}
      <span>{en.schedule.hardEnd(endClock(hardEnd, timeZone))}</span>
    </>
  );
});

const Schedule = memo(function Schedule({ timeZone, clockTimes }: { readonly timeZone: string; readonly clockTimes: boolean }) {
  const offset = useScheduleOffsetSeconds();
  const delta = useEndDeltaSeconds();
  const status = useStatus();
  const mode = useAnchorMode();
  const slot = usePlan().slot;
  const ahead =
    offset === 0 ? en.schedule.onTime : offset > 0 ? en.schedule.behind(formatDuration(offset)) : en.schedule.ahead(formatDuration(offset));
  const fit = (
    <span className="schedule-fit">
      {delta > 0 && <SignalShape signal="wrapUp" />}
      {delta > 0 ? ' ' : ''}
      {delta > 0 ? en.schedule.over(formatDuration(delta)) : en.schedule.spare(formatDuration(delta))}
    </span>
  );
  return (
    <p className="schedule" data-behind={offset > 0 || undefined} data-over={delta > 0 || undefined}>
      <span className="schedule-offset">{status === 'ended' ? en.ended : ahead}</span>
      {status === 'ready' && mode === 'now' ? (
        <>
          {fit}
          <span>{en.schedule.afterStart(formatDuration(slot / 1000))}</span>
        </>
      ) : clockTimes ? (
        <EndClocks timeZone={timeZone} fit={fit} />
      ) : (
        fit
      )}
    </p>
  );
});

/** Title, time of day, which clock times the run keeps, and where the session stands against its end. */
export const StatusBar = memo(function StatusBar() {
  const plan = usePlan();
  const mode = useAnchorMode();
  const clockTimes = useAfterFirstPaint();
  return (
    <header className="status-bar">
      <div className="status-title">
        <h1 title={plan.title} dir="auto">
          {plan.title}
        </h1>
        <p className="status-meta">
          {/* The agenda's words each in their own direction, among the app's. */}
          {[plan.event, plan.venue].filter(Boolean).map((text, i) => (
            <span key={i}>
              <bdi>{text}</bdi>
              {' · '}
            </span>
          ))}
          {mode === 'scheduled' ? en.mode.scheduled(plan.start, plan.end) : en.mode.now(Math.round(plan.slot / 60_000))}
        </p>
      </div>
      <p className="time-of-day">
        <span className="visually-hidden">{en.timeOfDay} </span>
        {clockTimes && <TimeOfDay timeZone={plan.timeZone} />}
      </p>
      <section aria-label={en.regions.status}>
        <Schedule timeZone={plan.timeZone} clockTimes={clockTimes} />
      </section>
    </header>
  );
});
