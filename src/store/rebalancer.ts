import type { proposeRebalance, rebalanceEvent, rebalanceItems } from '../domain/rebalance';

/** The rebalancer's functions; its code loads after the first page, as it is only needed once the plan stops fitting. */
export interface Rebalancer {
  readonly proposeRebalance: typeof proposeRebalance;
  readonly rebalanceItems: typeof rebalanceItems;
  readonly rebalanceEvent: typeof rebalanceEvent;
}

let loaded: Rebalancer | null = null;
let pending: Promise<Rebalancer> | null = null;

/** The rebalancer once its code is there; null until then (no offer is made meanwhile). */
export function currentRebalancer(): Rebalancer | null {
  return loaded;
}

/** Loads the rebalancer's code once; resolves when it is there. */
export function loadRebalancer(): Promise<Rebalancer> {
  pending ??= import('../domain/rebalance').then((module) => (loaded = module));
  return pending;
}
