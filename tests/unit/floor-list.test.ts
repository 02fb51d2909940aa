import {
  applyListEvent,
  askedInRound,
  emptyBlock,
  nextOnList,
  sameName,
  waitingOrder,
  type FloorBlock,
  type FloorEntry,
  type FloorListEvent,
  type FloorLists,
  type FloorRequest,
} from '../../src/domain/floor-list';
import { floorOutlook, listBlockId, panelistIds } from '../../src/domain/floor-outlook';
import { AUDIENCE, FLOOR } from '../../src/domain/plan';
import { remainingInSegment, segmentBudget } from '../../src/domain/projection';
import { applyEvent, currentTurnId, foldRun, type RunEvent, type RunState } from '../../src/domain/run';
import { millis, type Instant } from '../../src/domain/units';
import { T0, at, buildAgenda, buildPlan, ev } from './helpers';

const OPEN = new Set(['floor']);
const plan = buildPlan();

/** Events of the list, by what the moderator does. */
const fl = {
  requested: (when: Instant, request: Partial<FloorRequest> & { id: string }, segmentId = 'floor'): RunEvent => ({
    type: 'floorRequested',
    at: when,
    segmentId,
    request: { name: request.id.toUpperCase(), ...request } as FloorRequest,
  }),
  moved: (when: Instant, requestId: string, toPosition: number): RunEvent => ({
    type: 'floorRequestMoved',
    at: when,
    requestId,
    toPosition,
  }),
  withdrawn: (when: Instant, requestId: string): RunEvent => ({ type: 'floorRequestWithdrawn', at: when, requestId }),
  removed: (when: Instant, requestId: string): RunEvent => ({ type: 'floorRequestRemoved', at: when, requestId }),
  ordered: (when: Instant, firstTimersFirst: boolean, segmentId = 'floor'): RunEvent => ({
    type: 'floorListOrdered',
    at: when,
    segmentId,
    firstTimersFirst,
  }),
  closed: (when: Instant, segmentId = 'floor'): RunEvent => ({ type: 'floorListClosed', at: when, segmentId }),
  given: (when: Instant, requestId: string, turnId: string, seconds = 90): RunEvent => ({
    type: 'floorGiven',
    at: when,
    requestId,
    turnId,
    allotted: millis(seconds * 1000),
  }),
  answers: (when: Instant, turnIds: readonly string[], speakers: readonly string[] = ['ana', 'ben'], seconds = 120): RunEvent => ({
    type: 'answersGiven',
    at: when,
    segmentId: 'floor',
    answers: turnIds.map((turnId, i) => ({ turnId, speakerId: speakers[i]! })),
    allotted: millis(seconds * 1000),
  }),
};

/** The small agenda's run with the floor block holding the floor from 17:25 (opening 5, round 20). */
const TO_FLOOR: readonly RunEvent[] = [ev.started(T0), ev.next(at(5)), ev.next(at(15)), ev.next(at(25))];

const ids = (entries: readonly FloorEntry[]) => entries.map((e) => e.id);
const blockOf = (run: RunState): FloorBlock => run.floor['floor']!;

function listAfter(events: readonly FloorListEvent[], start: FloorLists = {}): FloorLists {
  return events.reduce((lists, event) => applyListEvent(lists, event, OPEN), start);
}

/** A block with entries in `order`, given statuses, for the order rules. */
function blockWith(
  entries: readonly (Pick<FloorEntry, 'id' | 'name'> & { status?: FloorEntry['status'] })[],
  firstTimersFirst = false,
): FloorBlock {
  const table: Record<string, FloorEntry> = {};
  for (const e of entries) table[e.id] = { status: 'waiting', addedAt: T0, round: null, turnId: null, ...e };
  return { ...emptyBlock(), entries: table, order: entries.map((e) => e.id), firstTimersFirst };
}

describe('requests to speak', () => {
  it('adds a request at the end of the list with its name and delegation trimmed, waiting', () => {
    const lists = listAfter([
      { type: 'floorRequested', at: at(1), segmentId: 'floor', request: { id: 'r1', name: '  Amina   Diallo ', delegation: ' Senegal ' } },
      { type: 'floorRequested', at: at(2), segmentId: 'floor', request: { id: 'r2', name: 'Bo', gender: 'woman' } },
    ]);
    const block = lists['floor']!;
    expect(block.order).toEqual(['r1', 'r2']);
    expect(block.entries['r1']).toEqual({
      id: 'r1',
      name: 'Amina   Diallo',
      delegation: 'Senegal',
      addedAt: at(1),
      status: 'waiting',
      round: null,
      turnId: null,
    });
    expect(block.entries['r2']).toMatchObject({ name: 'Bo', gender: 'woman' });
    expect(block.entries['r2']).not.toHaveProperty('delegation');
    expect(block).toMatchObject({ firstTimersFirst: false, closedAt: null, waitingAtClose: null, round: 1 });
  });

  it('drops an empty delegation and a gender outside the list', () => {
    const block = listAfter([
      {
        type: 'floorRequested',
        at: at(1),
        segmentId: 'floor',
        request: { id: 'r1', name: 'Ana', delegation: '   ', gender: 'other' as never },
      },
    ])['floor']!;
    expect(block.entries['r1']).not.toHaveProperty('delegation');
    expect(block.entries['r1']).not.toHaveProperty('gender');
  });

  it.each([
    ['an empty name', { id: 'r9', name: '' }],
    ['a blank name', { id: 'r9', name: '  \t ' }],
    ['a name that is not text', { id: 'r9', name: 42 as never }],
    ['no id', { id: '', name: 'Somebody' }],
    ['an id already on the list', { id: 'r1', name: 'Somebody else' }],
  ])('refuses %s', (_, request) => {
    const lists = listAfter([{ type: 'floorRequested', at: at(1), segmentId: 'floor', request: { id: 'r1', name: 'Ana' } }]);
    const event: FloorListEvent = { type: 'floorRequested', at: at(2), segmentId: 'floor', request: request as FloorRequest };
    expect(applyListEvent(lists, event, OPEN)).toBe(lists);
  });

  it('refuses an id already on the list of another open block', () => {
    const open = new Set(['floor', 'floor-2']);
    const lists = applyListEvent({}, { type: 'floorRequested', at: at(1), segmentId: 'floor', request: { id: 'r1', name: 'Ana' } }, open);
    const again: FloorListEvent = { type: 'floorRequested', at: at(2), segmentId: 'floor-2', request: { id: 'r1', name: 'Ben' } };
    expect(applyListEvent(lists, again, open)).toBe(lists);
  });

  it('only takes requests in an open block', () => {
    for (const segmentId of ['round-1', 'closing', 'nowhere']) {
      const run = foldRun(plan, [...TO_FLOOR, fl.requested(at(26), { id: 'r1' }, segmentId)]);
      expect(run.floor).toEqual({});
    }
  });

  it('takes requests before the block and before the start, not after the end', () => {
    expect(blockOf(foldRun(plan, [fl.requested(T0, { id: 'r1' })])).order).toEqual(['r1']);
    expect(blockOf(foldRun(plan, [ev.started(T0), fl.requested(at(1), { id: 'r1' })])).order).toEqual(['r1']);
    const ended = foldRun(plan, [ev.started(T0), ev.ended(at(1)), fl.requested(at(2), { id: 'r1' })]);
    expect(ended.floor).toEqual({});
  });

  it('refuses new requests once the list is closed, and a second close', () => {
    const closed = listAfter([
      { type: 'floorRequested', at: at(1), segmentId: 'floor', request: { id: 'r1', name: 'Ana' } },
      { type: 'floorListClosed', at: at(2), segmentId: 'floor' },
    ]);
    expect(
      applyListEvent(closed, { type: 'floorRequested', at: at(3), segmentId: 'floor', request: { id: 'r2', name: 'Ben' } }, OPEN),
    ).toBe(closed);
    expect(applyListEvent(closed, { type: 'floorListClosed', at: at(3), segmentId: 'floor' }, OPEN)).toBe(closed);
  });
});

describe('the order of those waiting', () => {
  const block = blockWith([
    { id: 'a', name: 'Ana' },
    { id: 'b', name: 'Ben', status: 'given' },
    { id: 'c', name: '  ben ' },
    { id: 'd', name: 'Dee', status: 'withdrawn' },
    { id: 'e', name: 'Eve' },
    { id: 'f', name: 'ANA' },
    { id: 'g', name: 'Gil' },
  ]);

  it('is the list order, without the given and withdrawn', () => {
    expect(ids(waitingOrder(block))).toEqual(['a', 'c', 'e', 'f', 'g']);
    expect(nextOnList(block)?.id).toBe('a');
  });

  it('puts those who have not had the floor first, each group in list order, names compared whatever the case or spacing', () => {
    const first = { ...block, firstTimersFirst: true };
    // "  ben " is Ben, who spoke; Ana has not spoken, however often she is on the list.
    expect(ids(waitingOrder(first))).toEqual(['a', 'e', 'f', 'g', 'c']);
    // Who spoke can be given from outside the block.
    expect(ids(waitingOrder(first, new Set([sameName('ana'), sameName('EVE')])))).toEqual(['c', 'g', 'a', 'e', 'f']);
  });

  it('compares names by sameName', () => {
    expect(sameName('  Amina \t Diallo ')).toBe(sameName('amina diallo'));
    expect(sameName('É')).toBe(sameName('E\u0301'.toLowerCase()));
    expect(sameName('Ana')).not.toBe(sameName('Anna'));
  });

  it('nextOnList of no block is null, and of a block with no one waiting', () => {
    expect(nextOnList(undefined)).toBeNull();
    expect(nextOnList(blockWith([{ id: 'a', name: 'A', status: 'given' }]))).toBeNull();
  });
});

describe('moving a request', () => {
  const start = listAfter(
    ['a', 'b', 'c', 'd', 'e'].map<FloorListEvent>((id, i) => ({
      type: 'floorRequested',
      at: at(i),
      segmentId: 'floor',
      request: { id, name: id.toUpperCase() },
    })),
  );
  // b spoke, d withdrew: a, c, e wait at places 0, 1, 2.
  const lists: FloorLists = {
    floor: {
      ...start['floor']!,
      entries: {
        ...start['floor']!.entries,
        b: { ...start['floor']!.entries['b']!, status: 'given', round: 1, turnId: 't' },
        d: { ...start['floor']!.entries['d']!, status: 'withdrawn' },
      },
    },
  };
  const move = (requestId: string, toPosition: number) =>
    applyListEvent(lists, { type: 'floorRequestMoved', at: at(9), requestId, toPosition }, OPEN);

  it('counts positions among those waiting; the given and withdrawn keep their places', () => {
    const moved = move('e', 0)['floor']!;
    expect(ids(waitingOrder(moved))).toEqual(['e', 'a', 'c']);
    expect(moved.order).toEqual(['e', 'b', 'a', 'd', 'c']);
    expect(move('a', 1)['floor']!.order).toEqual(['c', 'b', 'a', 'd', 'e']);
  });

  it('clamps the position to the list', () => {
    expect(ids(waitingOrder(move('a', 99)['floor']!))).toEqual(['c', 'e', 'a']);
    expect(ids(waitingOrder(move('e', -5)['floor']!))).toEqual(['e', 'a', 'c']);
    expect(ids(waitingOrder(move('c', 1.9)['floor']!))).toEqual(['a', 'c', 'e']);
  });

  it('refuses a move to where it is, of one not waiting, of an unknown request, or to no number', () => {
    expect(move('c', 1)).toBe(lists);
    expect(move('b', 0)).toBe(lists);
    expect(move('d', 0)).toBe(lists);
    expect(move('zz', 0)).toBe(lists);
    expect(move('a', Number.NaN)).toBe(lists);
  });

  it('with those who have not spoken first, moves among the order called, and the order becomes the moderator’s', () => {
    // B has spoken; a later request by "b" waits after the first-timers.
    const again = applyListEvent(
      lists,
      { type: 'floorRequested', at: at(10), segmentId: 'floor', request: { id: 'b2', name: ' b ' } },
      OPEN,
    );
    const first = applyListEvent(again, { type: 'floorListOrdered', at: at(11), segmentId: 'floor', firstTimersFirst: true }, OPEN);
    expect(ids(waitingOrder(first['floor']!))).toEqual(['a', 'c', 'e', 'b2']);
    const moved = applyListEvent(first, { type: 'floorRequestMoved', at: at(12), requestId: 'b2', toPosition: 1 }, OPEN)['floor']!;
    expect(moved.firstTimersFirst).toBe(false);
    expect(ids(waitingOrder(moved))).toEqual(['a', 'b2', 'c', 'e']);
  });
});

describe('withdrawing and removing', () => {
  const run = foldRun(plan, [
    ...TO_FLOOR,
    fl.requested(at(25, 1), { id: 'a' }),
    fl.requested(at(25, 2), { id: 'b' }),
    fl.requested(at(25, 3), { id: 'c' }),
    fl.given(at(26), 'a', 'qa'),
  ]);

  it('marks a waiting request withdrawn: it stays on the list, no longer waiting', () => {
    const after = applyEvent(plan, run, fl.withdrawn(at(27), 'b'));
    expect(blockOf(after).entries['b']!.status).toBe('withdrawn');
    expect(blockOf(after).order).toEqual(['a', 'b', 'c']);
    expect(ids(waitingOrder(blockOf(after)))).toEqual(['c']);
    // Withdrawn once is withdrawn.
    expect(applyEvent(plan, after, fl.withdrawn(at(28), 'b'))).toBe(after);
  });

  it('removes a waiting or withdrawn request from the list altogether', () => {
    const removed = applyEvent(plan, run, fl.removed(at(27), 'b'));
    expect(blockOf(removed).order).toEqual(['a', 'c']);
    expect(blockOf(removed).entries).not.toHaveProperty('b');
    const withdrawn = applyEvent(plan, run, fl.withdrawn(at(27), 'c'));
    expect(blockOf(applyEvent(plan, withdrawn, fl.removed(at(28), 'c'))).order).toEqual(['a', 'b']);
  });

  it('neither withdraws nor removes a request given the floor, nor an unknown one', () => {
    for (const event of [fl.withdrawn(at(27), 'a'), fl.removed(at(27), 'a'), fl.withdrawn(at(27), 'x'), fl.removed(at(27), 'x')]) {
      expect(applyEvent(plan, run, event)).toBe(run);
    }
  });
});

describe('closing the list', () => {
  it('records when and how many were waiting', () => {
    const run = foldRun(plan, [
      ...TO_FLOOR,
      fl.requested(at(25, 1), { id: 'a' }),
      fl.requested(at(25, 2), { id: 'b' }),
      fl.requested(at(25, 3), { id: 'c' }),
      fl.withdrawn(at(26), 'c'),
      fl.given(at(26), 'a', 'qa'),
      fl.closed(at(37)),
    ]);
    expect(blockOf(run)).toMatchObject({ closedAt: at(37), waitingAtClose: 1 });
  });

  it('can be closed with no one on it, and only in an open block', () => {
    expect(blockOf(foldRun(plan, [...TO_FLOOR, fl.closed(at(26))]))).toMatchObject({ closedAt: at(26), waitingAtClose: 0 });
    expect(foldRun(plan, [...TO_FLOOR, fl.closed(at(26), 'round-1')]).floor).toEqual({});
  });

  it('lets those already waiting be given the floor', () => {
    const run = foldRun(plan, [...TO_FLOOR, fl.requested(at(25, 1), { id: 'a' }), fl.closed(at(26)), fl.given(at(27), 'a', 'qa')]);
    expect(blockOf(run).entries['a']!.status).toBe('given');
  });
});

describe('those who have not spoken first', () => {
  it('is an event of the open block, refused when it changes nothing', () => {
    const run = foldRun(plan, [...TO_FLOOR, fl.ordered(at(26), true)]);
    expect(blockOf(run).firstTimersFirst).toBe(true);
    expect(applyEvent(plan, run, fl.ordered(at(27), true))).toBe(run);
    expect(blockOf(applyEvent(plan, run, fl.ordered(at(27), false))).firstTimersFirst).toBe(false);
    expect(foldRun(plan, [...TO_FLOOR, fl.ordered(at(26), false)]).floor).toEqual({});
    expect(foldRun(plan, [...TO_FLOOR, fl.ordered(at(26), true, 'opening')]).floor).toEqual({});
  });
});

describe('giving the floor', () => {
  const listed = [...TO_FLOOR, fl.requested(at(25, 1), { id: 'a', name: 'Ana Q' }), fl.requested(at(25, 2), { id: 'b' })];

  it('inserts a turn from the audience with the request and its round, begins it at once, and the floor comes back after it', () => {
    const run = foldRun(plan, [...listed, fl.given(at(26), 'a', 'qa')]);
    expect(currentTurnId(run)).toBe('qa');
    expect(run.turns['qa']).toEqual({
      id: 'qa',
      segmentId: 'floor',
      speakerId: AUDIENCE,
      allotted: 90_000,
      inserted: true,
      requestId: 'a',
      round: 1,
    });
    expect(run.records['qa']).toMatchObject({ startedAt: at(26), endedAt: null });
    expect(run.records['floor#floor']).toMatchObject({ startedAt: at(25), endedAt: at(26) });
    expect(run.order.slice(run.current)).toEqual(['qa', 'qa:floor', 'closing#0']);
    expect(run.turns['qa:floor']).toMatchObject({ segmentId: 'floor', speakerId: FLOOR, inserted: true });
    expect(blockOf(run).entries['a']).toMatchObject({ status: 'given', round: 1, turnId: 'qa' });

    const back = applyEvent(plan, run, ev.next(at(27, 30)));
    expect(currentTurnId(back)).toBe('qa:floor');
    expect(back.turns[currentTurnId(back)!]!.speakerId).toBe(FLOOR);
  });

  it('is refused before the block holds the floor, after it, for someone not waiting, or for a turn id already taken', () => {
    const before = [ev.started(T0), fl.requested(at(1), { id: 'a' })];
    expect(foldRun(plan, [...before, fl.given(at(2), 'a', 'qa')]).turns['qa']).toBeUndefined();
    expect(foldRun(plan, [fl.requested(T0, { id: 'a' }), fl.given(at(1), 'a', 'qa')]).turns['qa']).toBeUndefined();
    const after = foldRun(plan, [...listed, ev.next(at(40))]);
    expect(currentTurnId(after)).toBe('closing#0');
    expect(applyEvent(plan, after, fl.given(at(41), 'a', 'qa'))).toBe(after);

    const given = foldRun(plan, [...listed, fl.given(at(26), 'a', 'qa'), ev.next(at(27))]);
    expect(applyEvent(plan, given, fl.given(at(28), 'a', 'qa2'))).toBe(given);
    expect(applyEvent(plan, given, fl.given(at(28), 'b', 'qa'))).toBe(given);
    expect(applyEvent(plan, given, fl.given(at(28), 'nobody', 'qz'))).toBe(given);
    expect(applyEvent(plan, given, { ...fl.given(at(28), 'b', 'qb'), allotted: millis(0) } as RunEvent)).toBe(given);
    const withdrawn = applyEvent(plan, given, fl.withdrawn(at(28), 'b'));
    expect(applyEvent(plan, withdrawn, fl.given(at(29), 'b', 'qb'))).toBe(withdrawn);
  });

  it('can give the floor while a question is being asked: the next follows at once, and the floor still comes back', () => {
    const run = foldRun(plan, [...listed, fl.given(at(26), 'a', 'qa'), fl.given(at(27), 'b', 'qb')]);
    expect(currentTurnId(run)).toBe('qb');
    expect(run.order.slice(run.current - 1)).toEqual(['qa', 'qb', 'qa:floor', 'closing#0']);
  });
});

describe("the panel's answers", () => {
  const asked = [
    ...TO_FLOOR,
    fl.requested(at(25, 1), { id: 'a' }),
    fl.requested(at(25, 2), { id: 'b' }),
    fl.given(at(26), 'a', 'qa'),
    ev.next(at(27)),
  ];

  it('inserts one turn per panelist in order, the first begins at once, with the round it answers; the round advances', () => {
    const run = foldRun(plan, [...asked, fl.answers(at(28), ['a1', 'a2'])]);
    expect(currentTurnId(run)).toBe('a1');
    expect(run.turns['a1']).toEqual({ id: 'a1', segmentId: 'floor', speakerId: 'ana', allotted: 120_000, inserted: true, answersRound: 1 });
    expect(run.turns['a2']).toMatchObject({ speakerId: 'ben', answersRound: 1, inserted: true });
    expect(run.order.slice(run.current)).toEqual(['a1', 'a2', 'a2:floor', 'closing#0']);
    expect(blockOf(run).round).toBe(2);

    const second = foldRun(plan, [
      ...asked,
      fl.answers(at(28), ['a1', 'a2']),
      ev.next(at(30)),
      ev.next(at(32)),
      fl.given(at(33), 'b', 'qb'),
    ]);
    expect(second.turns['qb']).toMatchObject({ round: 2, requestId: 'b' });
    expect(blockOf(second).entries['b']).toMatchObject({ round: 2 });
  });

  it('works with no list yet: the round is 1 and then 2', () => {
    const run = foldRun(plan, [...TO_FLOOR, fl.answers(at(26), ['a1'], ['ana'])]);
    expect(run.turns['a1']).toMatchObject({ answersRound: 1 });
    expect(blockOf(run).round).toBe(2);
  });

  it('is refused outside its block, with no answers, an unknown panelist, or a turn id taken', () => {
    const atRound = foldRun(plan, [ev.started(T0), ev.next(at(5))]);
    expect(applyEvent(plan, atRound, fl.answers(at(6), ['a1', 'a2']))).toBe(atRound);
    const run = foldRun(plan, asked);
    expect(applyEvent(plan, run, fl.answers(at(28), []))).toBe(run);
    expect(applyEvent(plan, run, fl.answers(at(28), ['a1'], ['nobody']))).toBe(run);
    expect(applyEvent(plan, run, fl.answers(at(28), ['qa'], ['ana']))).toBe(run);
    expect(applyEvent(plan, run, fl.answers(at(28), ['a1', 'a1']))).toBe(run);
    expect(applyEvent(plan, foldRun(plan, TO_FLOOR.slice(0, 0)), fl.answers(at(28), ['a1']))).toEqual(foldRun(plan, []));
  });

  it('shares the block’s budget: the questions and answers take from the block, not from the session', () => {
    const run = foldRun(plan, [...asked, fl.answers(at(28), ['a1', 'a2'])]);
    expect(segmentBudget(plan, run, 'floor')).toBe(15 * 60_000);
    expect(remainingInSegment(plan, run, 'floor', at(29))).toBe(11 * 60_000);
  });
});

describe('the floor outlook', () => {
  it('shows the next block with a list before it, with no estimate of how many fit', () => {
    const run = foldRun(plan, [ev.started(T0), fl.requested(at(1), { id: 'a' })]);
    expect(listBlockId(plan, run)).toBe('floor');
    const outlook = floorOutlook(plan, run, at(2))!;
    expect(outlook).toMatchObject({ segmentId: 'floor', underWay: false, remaining: null, fits: null, askedInRound: 0 });
    expect(outlook.next?.id).toBe('a');
    expect(outlook.rules).toEqual({ questionLimit: 90_000, answerLimit: 120_000, roundSize: 1, askGender: false });
  });

  it('is null once the block is over, or in a plan with no open block', () => {
    expect(floorOutlook(plan, foldRun(plan, [...TO_FLOOR, ev.next(at(40))]), at(41))).toBeNull();
    expect(floorOutlook(plan, foldRun(plan, [...TO_FLOOR, ev.ended(at(40))]), at(41))).toBeNull();
    const closed = buildPlan({ segments: buildAgenda().segments.filter((s) => s.id !== 'floor') });
    expect(floorOutlook(closed, foldRun(closed, [ev.started(T0)]), at(1))).toBeNull();
  });

  it('during the block: who is next, how many wait, the round, and about how many fit', () => {
    const events = [...TO_FLOOR, ...['a', 'b', 'c', 'd'].map((id, i) => fl.requested(at(25, i + 1), { id })), fl.given(at(26), 'a', 'qa')];
    const outlook = floorOutlook(plan, foldRun(plan, events), at(27))!;
    expect(outlook.underWay).toBe(true);
    expect(ids(outlook.waiting)).toEqual(['b', 'c', 'd']);
    expect(outlook.next?.id).toBe('b');
    expect(outlook.askedInRound).toBe(1);
    expect(outlook.roundDone).toBe(true);
    // 13 minutes left; each question 1:30 and its share of two answers of 2:00: 5:30.
    expect(outlook.remaining).toBe(13 * 60_000);
    expect(outlook.fits).toBe(Math.floor((13 * 60) / (90 + (120 * 2) / 1)));
    expect(outlook.fits).toBe(2);
    expect(panelistIds(plan)).toEqual(['ana', 'ben']);
  });

  it('uses the agenda’s rules: limits, round size', () => {
    const agenda = buildAgenda();
    const rounds = buildPlan({
      segments: agenda.segments.map((s) =>
        s.id === 'floor' ? { ...s, questionMinutes: 1, answerMinutes: 3, roundSize: 3, askGender: true } : s,
      ),
    });
    const events = [
      ...TO_FLOOR,
      ...['a', 'b', 'c', 'd'].map((id, i) => fl.requested(at(25, i + 1), { id })),
      fl.given(at(26), 'a', 'qa'),
      fl.given(at(27), 'b', 'qb'),
    ];
    const run = foldRun(rounds, events);
    const outlook = floorOutlook(rounds, run, at(28))!;
    expect(outlook.rules).toEqual({ questionLimit: 60_000, answerLimit: 180_000, roundSize: 3, askGender: true });
    expect(outlook.askedInRound).toBe(2);
    expect(outlook.roundDone).toBe(false);
    expect(askedInRound(blockOf(run))).toBe(2);
    // 12 minutes left; a question costs 1:00 and a third of two 3:00 answers: 3:00.
    expect(outlook.fits).toBe(4);
    const full = floorOutlook(rounds, applyEvent(rounds, run, fl.given(at(28), 'c', 'qc')), at(29))!;
    expect(full.roundDone).toBe(true);
    const answered = floorOutlook(
      rounds,
      applyEvent(rounds, applyEvent(rounds, run, fl.given(at(28), 'c', 'qc')), fl.answers(at(29), ['x1', 'x2'])),
      at(30),
    )!;
    expect(answered).toMatchObject({ askedInRound: 0, roundDone: false });
    expect(answered.block.round).toBe(2);
  });

  it('says none fit once the block is over its budget', () => {
    const outlook = floorOutlook(plan, foldRun(plan, [...TO_FLOOR, fl.requested(at(26), { id: 'a' })]), at(45))!;
    expect(outlook.remaining).toBe(-5 * 60_000);
    expect(outlook.fits).toBe(0);
  });
});
