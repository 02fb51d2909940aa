import type { Gender } from '../../src/domain/floor-list';
import type { RunEvent } from '../../src/domain/run';
import { millis, type Instant } from '../../src/domain/units';
import { at, ev, T0 } from './helpers';

const MIN = 60_000;
const SEC = 1000;

/** Events of the list of speakers of the test panel's open block `floor` (see helpers.buildAgenda). */
export const floorEv = {
  requested: (when: Instant, id: string, name: string, delegation?: string, gender?: Gender): RunEvent => ({
    type: 'floorRequested',
    at: when,
    segmentId: 'floor',
    request: { id, name, ...(delegation && { delegation }), ...(gender && { gender }) },
  }),
  given: (when: Instant, requestId: string, turnId: string, seconds = 90): RunEvent => ({
    type: 'floorGiven',
    at: when,
    requestId,
    turnId,
    allotted: millis(seconds * SEC),
  }),
  answers: (when: Instant, answers: { turnId: string; speakerId: string }[]): RunEvent => ({
    type: 'answersGiven',
    at: when,
    segmentId: 'floor',
    answers,
    allotted: millis(2 * MIN),
  }),
  withdrawn: (when: Instant, requestId: string): RunEvent => ({ type: 'floorRequestWithdrawn', at: when, requestId }),
  closed: (when: Instant): RunEvent => ({ type: 'floorListClosed', at: when, segmentId: 'floor' }),
};

/**
 * The test panel's 15-minute floor from 17:25: four hands, Alice (Chile) and Bob (Kenya) ask, Ana
 * and Ben answer round 1, Chen withdraws, the list closes at 17:34 with Dana waiting, a 30 s
 * interjection at 17:35, closing at 17:40.
 */
export function floorLog(): RunEvent[] {
  return [
    ev.started(T0),
    ev.next(at(5)),
    ev.next(at(15)),
    ev.next(at(25)),
    floorEv.requested(at(25), 'r1', 'Alice Aro', 'Chile', 'woman'),
    floorEv.requested(at(25, 5), 'r2', 'Bob Bay', 'Kenya', 'man'),
    floorEv.requested(at(25, 10), 'r3', 'Chen Cho'),
    floorEv.requested(at(25, 15), 'r4', 'Dana Dee', undefined, 'woman'),
    floorEv.given(at(26), 'r1', 'f1'),
    ev.next(at(27, 30)),
    floorEv.given(at(28), 'r2', 'f2'),
    ev.next(at(29)),
    floorEv.answers(at(29, 30), [
      { turnId: 'a1', speakerId: 'ana' },
      { turnId: 'a2', speakerId: 'ben' },
    ]),
    ev.next(at(31, 30)),
    ev.next(at(33)),
    floorEv.withdrawn(at(33, 30), 'r3'),
    floorEv.closed(at(34)),
    ev.interjecting(at(35)),
    ev.interjected(at(35, 30)),
    ev.next(at(40)),
    ev.ended(at(45)),
  ];
}
