/**
 * The list of speakers' actions: each builds one run event from the state at that moment and
 * records it through the store's `apply`, so undo, reload and other devices follow as for any
 * event. Loaded with the list (and by the L key), not with the console's first page.
 */
import type { Gender } from '../domain/floor-list';
import { floorOutlook, listBlockId, panelistIds } from '../domain/floor-outlook';
import type { ShowState } from './show-state';

let made = 0;
/** Ids unique in this run: the log's length at the moment, and a count for this page. */
const freshId = (kind: string, state: ShowState) => `${kind}-${state.log.length}-${(made += 1)}`;

export interface FloorActions {
  /** A request to speak on the list of the open block under way (or the next); false when refused. */
  requestFloor(request: { readonly name: string; readonly delegation?: string; readonly gender?: Gender }): boolean;
  moveRequest(requestId: string, toPosition: number): void;
  withdrawRequest(requestId: string): void;
  removeRequest(requestId: string): void;
  setFirstTimersFirst(on: boolean): void;
  closeList(): void;
  /** L: the floor to the next on the list, with the block's limit per question. */
  giveFloorToNext(): void;
  /** The panelists answer the round, each with the block's limit per answer; the next round begins. */
  panelAnswers(): void;
}

export function floorActions(get: () => ShowState): FloorActions {
  const apply: ShowState['actions']['apply'] = (make) => get().actions.apply(make);
  const block = () => listBlockId(get().plan, get().run);
  return {
    requestFloor: ({ name, delegation, gender }) =>
      apply((at) => {
        const segmentId = block();
        if (!segmentId) return null;
        const request = { id: freshId('request', get()), name, ...(delegation && { delegation }), ...(gender && { gender }) };
        return { type: 'floorRequested', at, segmentId, request };
      }),
    moveRequest: (requestId, toPosition) => void apply((at) => ({ type: 'floorRequestMoved', at, requestId, toPosition })),
    withdrawRequest: (requestId) => void apply((at) => ({ type: 'floorRequestWithdrawn', at, requestId })),
    removeRequest: (requestId) => void apply((at) => ({ type: 'floorRequestRemoved', at, requestId })),
    setFirstTimersFirst: (on) =>
      void apply((at) => {
        const segmentId = block();
        return segmentId ? { type: 'floorListOrdered', at, segmentId, firstTimersFirst: on } : null;
      }),
    closeList: () =>
      void apply((at) => {
        const segmentId = block();
        return segmentId ? { type: 'floorListClosed', at, segmentId } : null;
      }),
    giveFloorToNext: () =>
      void apply((at) => {
        const outlook = floorOutlook(get().plan, get().run, at);
        if (!outlook?.underWay || !outlook.next) return null;
        return {
          type: 'floorGiven',
          at,
          requestId: outlook.next.id,
          turnId: freshId('floor', get()),
          allotted: outlook.rules.questionLimit,
        };
      }),
    panelAnswers: () =>
      void apply((at) => {
        const outlook = floorOutlook(get().plan, get().run, at);
        const panel = panelistIds(get().plan);
        if (!outlook?.underWay || panel.length === 0) return null;
        const id = freshId('answer', get());
        const answers = panel.map((speakerId, i) => ({ turnId: `${id}-${i}`, speakerId }));
        return { type: 'answersGiven', at, segmentId: outlook.segmentId, answers, allotted: outlook.rules.answerLimit };
      }),
  };
}
