/** The shape every language's words must have: the English objects' keys, each a string or a function of the same arguments. */
import type { en } from './en';
import type { enAlerts } from './en-alerts';
import type { enDevices } from './en-devices';
import type { enFloor } from './en-floor';
import type { enHelp } from './en-help';
import type { IssueWords } from './en-issues';
import type { enLog } from './en-log';
import type { enPlan } from './en-plan';
import type { enRebalance } from './en-rebalance';

export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { [K in keyof T]: Words<T[K]> };

/** One language's words, module by module: a missing or extra key is a type error. */
export interface Catalogue {
  readonly main: Words<typeof en>;
  readonly log: Words<typeof enLog>;
  readonly plan: Words<typeof enPlan>;
  readonly help: Words<typeof enHelp>;
  readonly issues: IssueWords;
  readonly rebalance: Words<typeof enRebalance>;
  readonly devices: Words<typeof enDevices>;
  readonly floor: Words<typeof enFloor>;
  readonly alerts: Words<typeof enAlerts>;
}
