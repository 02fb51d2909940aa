import type { Plan } from '../domain/plan';
import { project, suggestedAnchorMode, type Projection } from '../domain/projection';
import type { RebalanceProposal } from '../domain/rebalance';
import type { AnchorMode, RunState } from '../domain/run';
import type { Instant } from '../domain/units';
import { currentRebalancer } from './rebalancer';
import type { ShowState } from './show-state';

let cache: { plan: Plan; run: RunState; now: Instant; mode: AnchorMode | null; value: Projection } | null = null;

/** The projection for the state; computed once per tick however many components ask. */
export function selectProjection(state: ShowState): Projection {
  if (cache && cache.plan === state.plan && cache.run === state.run && cache.now === state.now && cache.mode === state.preferredMode)
    return cache.value;
  const value = project(state.plan, state.run, state.now, state.preferredMode ?? suggestedAnchorMode(state.plan, state.now));
  cache = { plan: state.plan, run: state.run, now: state.now, mode: state.preferredMode, value };
  return value;
}

let rebalanceCache: { plan: Plan; run: RunState; deltaSeconds: number; mode: AnchorMode | null; value: RebalanceProposal | null } | null =
  null;

/** The rebalance on offer, if any: recomputed when the projected end moves by a whole second. */
export function selectRebalance(state: ShowState): RebalanceProposal | null {
  const projection = selectProjection(state);
  if (state.run.status === 'ended') return null;
  const deltaSeconds = Math.round(projection.endDelta / 1000);
  const c = rebalanceCache;
  if (c && c.plan === state.plan && c.run === state.run && c.deltaSeconds === deltaSeconds && c.mode === state.preferredMode)
    return c.value;
  const rebalancer = currentRebalancer();
  if (!rebalancer) return null;
  const value = rebalancer.proposeRebalance(rebalancer.rebalanceItems(state.plan, state.run), projection.endDelta);
  rebalanceCache = { plan: state.plan, run: state.run, deltaSeconds, mode: state.preferredMode, value };
  return value;
}
