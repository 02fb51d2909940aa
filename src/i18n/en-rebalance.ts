import { localize } from './lang';

/** The words of the rebalance offer (loaded with it). */
export const enRebalance = {
  titleOver: (t: string) => `Runs ${t} over the hard end: proposed fix`,
  titleSpare: (t: string) => `${t} spare: proposed use`,
  preview: 'Turns that would change',
  accept: 'Accept rebalance',
  notEnough: (t: string) => `Even at the shortest allowed, the plan still runs ${t} over.`,
  drop: (who: string) => `Consider dropping: ${who}.`,
};
localize(enRebalance, 'rebalance');
