import { useMemo } from 'react';
import { floorFits, floorOutlook, type FloorOutlook } from '../domain/floor-outlook';
import { floorActions, type FloorActions } from './floor-actions';
import { usePlan, useRunState, useShow, useShowStore } from './hooks';

/** The list of speakers' hooks: loaded with the list, not with the console's first page. */

/**
 * The list of speakers as the console shows it, or null. It changes with run events and when the
 * number of questions the block can still take changes, not with each second (`remaining` is left
 * as it was when that number last changed).
 */
export function useFloorOutlook(): FloorOutlook | null {
  const fits = useShow((s) => floorFits(s.plan, s.run, s.now));
  const plan = usePlan();
  const run = useRunState();
  const store = useShowStore();
  return useMemo(
    () => floorOutlook(plan, run, store.getState().now),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [plan, run, fits, store],
  );
}

/** The list's actions on this store. */
export function useFloorActions(): FloorActions {
  const store = useShowStore();
  return useMemo(() => floorActions(store.getState), [store]);
}
