import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { Person } from '../domain/agenda';
import { blockOfRequest, listBlockId, type FloorEntry } from '../domain/floor-list';
import { countdownSeconds, signalFor, upcomingCount, upcomingTurns, type Signal, type UpcomingTurn } from '../domain/projection';
import type { Plan } from '../domain/plan';
import type { RunTurn } from '../domain/run';
import { selectProjection, selectRebalance } from './selectors';
import type { ShowActions, ShowState, ShowStore } from './show-state';

export const StoreContext = createContext<ShowStore | null>(null);

export function useShowStore(): ShowStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing: wrap the app in <StoreContext value={store}>.');
  return store;
}

export function useShow<T>(selector: (state: ShowState) => T): T {
  return useStore(useShowStore(), selector);
}

export type CountdownName = 'turn' | 'segment' | 'session';

/** Whole seconds of a countdown: changes once a second, so only its digits re-render. */
export function useCountdownSeconds(which: CountdownName): number {
  return useShow((s) => {
    const p = selectProjection(s);
    return countdownSeconds(which === 'turn' ? p.turnRemaining : which === 'segment' ? p.segmentRemaining : p.sessionRemaining);
  });
}

export function useTurnSignal(): Signal {
  return useShow((s) => signalFor(countdownSeconds(selectProjection(s).turnRemaining), s.plan));
}

export const useActions = (): ShowActions => useShow((s) => s.actions);
export const usePlan = (): Plan => useShow((s) => s.plan);
export const useStatus = () => useShow((s) => s.run.status);
export const useActivity = () => useShow((s) => s.run.activity);
export const useAnchorMode = () => useShow((s) => selectProjection(s).mode);
export const usePreferredMode = () => useShow((s) => s.preferredMode);
export const useCurrentSpeaker = (): string | null => useShow((s) => selectProjection(s).speakerId);
export const useCurrentSegmentId = () => useShow((s) => selectProjection(s).segmentId);
export const useLoadFailure = () => useShow((s) => s.loadFailure);
export const useWarnings = () => useShow((s) => s.warnings);
export const useStorageProblem = () => useShow((s) => s.storageProblem);
export const useCanUndo = () => useShow((s) => s.log.length > 0);
/** The time of day in whole seconds since the epoch. */
export const useClockSecond = () => useShow((s) => Math.floor(s.now / 1000));
/** Ahead (negative) or behind (positive) the planned clock times, whole seconds. */
export const useScheduleOffsetSeconds = () => useShow((s) => Math.round(selectProjection(s).scheduleOffset / 1000));
/** Projected end minus hard end, whole seconds: positive when over. */
export const useEndDeltaSeconds = () => useShow((s) => Math.round(selectProjection(s).endDelta / 1000));
/** The projected end in whole seconds, rounded up so it never reads earlier than it is. */
export const useProjectedEndSecond = () => useShow((s) => Math.ceil(selectProjection(s).projectedEnd / 1000));
export const useHardEnd = () => useShow((s) => selectProjection(s).hardEnd);
export const useRunEvents = () => useShow((s) => s.log);

export function usePerson(id: string | null): Person | undefined {
  const plan = usePlan();
  return id ? plan.personById[id] : undefined;
}

/** The first `limit` turns still to come, with their allotments, and how many are to come in all. */
export interface UpcomingWindow {
  readonly turns: readonly UpcomingTurn[];
  readonly total: number;
}

/**
 * The first `limit` turns still to come and the count of all of them. A tick looks at those few
 * turns only, so it costs the same for a panel of ten turns as for a day of a thousand.
 */
export function useUpcoming(limit: number): UpcomingWindow {
  const key = useShow(
    (s) =>
      `${upcomingCount(s.run)}\u0002${upcomingTurns(s.plan, s.run, s.now, limit)
        .map((u) => `${u.turnId}\u0000${Math.round(u.allotted / 1000)}`)
        .join('\u0001')}`,
  );
  const store = useShowStore();
  // The key changes exactly when what the queue shows changes.
  return useMemo(() => {
    const { plan, run, now } = store.getState();
    return { turns: upcomingTurns(plan, run, now, limit), total: upcomingCount(run) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, store, limit]);
}

/** Reads the agenda and the log at the moment of export, without subscribing to them. */
export function useExportable(): () => { agenda: ShowState['agenda']; log: ShowState['log']; date: string } {
  const store = useShowStore();
  return () => {
    const { agenda, log, now } = store.getState();
    return { agenda, log, date: new Date(now).toISOString().slice(0, 10) };
  };
}

/** The rebalance on offer, or null when it fits, none is possible, or the moderator dismissed it. */
export function useRebalanceOffer() {
  return useShow((s) => (s.rebalanceDismissedAt === s.log.length ? null : selectRebalance(s)));
}

/** Whether a rebalance is on offer: the offer's code loads only once there is one. */
export const useHasRebalanceOffer = () => useShow((s) => s.rebalanceDismissedAt !== s.log.length && selectRebalance(s) !== null);

/** The run's turns (planned and inserted) with their current allotments; changes only with run events. */
export const useRunTurns = () => useShow((s) => s.run.turns);

export const useControl = () => useShow((s) => s.control);
export const useMessage = () => useShow((s) => s.run.message);
export const useSoundOn = () => useShow((s) => s.soundOn);
export const useRunState = () => useShow((s) => s.run);
export const useAgenda = () => useShow((s) => s.agenda);
/** Now in whole seconds while a run is going, frozen otherwise: for views that recompute each second. */
export const useRunSecond = () => useShow((s) => (s.run.status === 'running' ? Math.floor(s.now / 1000) : -1));
export const useNow = () => useShow((s) => s.now);
/** The rehearsal's speed, or null for the live run. */
export const useRehearsalSpeed = () => useShow((s) => s.rehearsal?.speed ?? null);

/** The turn holding the floor (or the first, before the start); the same object between run events. */
export const useCurrentTurn = (): RunTurn | undefined =>
  useShow((s) => {
    const id = selectProjection(s).turnId;
    return id ? s.run.turns[id] : undefined;
  });

/** A request on a list of speakers, by its id; the same object between run events. */
export const useFloorRequest = (requestId: string | undefined): FloorEntry | undefined =>
  useShow((s) => {
    const segmentId = requestId ? blockOfRequest(s.run.floor, requestId) : null;
    return segmentId ? s.run.floor[segmentId]!.entries[requestId!] : undefined;
  });

/** Whether the console shows a list of speakers (an open block under way or to come): its code loads only then. */
export const useHasFloorList = () =>
  useShow((s) => {
    const segmentId = listBlockId(s.plan, s.run);
    return segmentId !== null && !!s.plan.segmentById[segmentId]?.floor;
  });
