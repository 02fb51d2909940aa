import { spokenByPerson, remainingInTurn } from '../../src/domain/projection';
import { foldRun } from '../../src/domain/run';
import { instant, type Instant } from '../../src/domain/units';
import type { Clock } from '../../src/domain/units';
import { STORAGE_KEY, STORAGE_VERSION, migratePersisted } from '../../src/store/persistence';
import { selectProjection } from '../../src/store/selectors';
import { createShowStore } from '../../src/store/show-store';
import persistedV1 from './fixtures/persisted-v1.json';
import persistedV2 from './fixtures/persisted-v2.json';
import { SEED_AGENDA, T0, at, buildAgenda, withValue } from './helpers';

/** A Storage that keeps everything in a Map. */
class MemoryStorage implements Storage {
  [name: string]: unknown;
  readonly items = new Map<string, string>();
  writes = 0;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.writes += 1;
    this.items.set(key, String(value));
  }
}

/** A Storage that is full: every write throws, as browsers do past the quota. */
class FullStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}

/** A Storage that cannot even be read, as in some private modes. */
class LockedStorage extends MemoryStorage {
  override getItem(): string | null {
    throw new DOMException('Access is denied.', 'SecurityError');
  }
}

class FakeClock implements Clock {
  constructor(public time: Instant = T0) {}
  now(): Instant {
    return this.time;
  }
  set(to: Instant): void {
    this.time = to;
  }
}

function setup({ storage = new MemoryStorage() as Storage, clock = new FakeClock() } = {}) {
  const make = () => createShowStore({ clock, agenda: SEED_AGENDA, storage, deviceTimeZone: 'UTC' });
  const store = make();
  const actions = () => store.getState().actions;
  const stored = () => storage.getItem(STORAGE_KEY);
  return { store, actions, clock, storage, make, stored };
}

describe('createShowStore', () => {
  it('starts on the given agenda with a run that is ready', () => {
    const { store } = setup();
    const state = store.getState();
    expect(state.agenda).toBe(SEED_AGENDA);
    expect(state.run.status).toBe('ready');
    expect(state).toMatchObject({ log: [], now: T0, preferredMode: null, loadFailure: null, storageProblem: null });
  });

  it("appends an event for each action, at the clock's time", () => {
    const { store, actions, clock } = setup();
    actions().start();
    clock.set(at(5));
    actions().next();
    clock.set(at(6));
    actions().toggle();
    clock.set(at(7));
    actions().toggle();
    actions().toggleInterjection();
    clock.set(at(8));
    actions().toggleInterjection();
    actions().adjustTime(30);
    actions().adjustTime(-30);
    actions().insert('munro', 1.5, 'next');
    actions().skip('round-2#2');
    actions().move('round-2#1', 0);
    clock.set(at(9));
    actions().end();
    const { log, run, plan } = store.getState();
    expect(log.map((e) => [e.type, (e.at - T0) / 60_000])).toEqual([
      ['sessionStarted', 0],
      ['turnAdvanced', 5],
      ['paused', 6],
      ['resumed', 7],
      ['interjectionStarted', 7],
      ['interjectionEnded', 8],
      ['timeAdjusted', 8],
      ['timeAdjusted', 8],
      ['turnInserted', 8],
      ['turnSkipped', 8],
      ['turnMoved', 8],
      ['sessionEnded', 9],
    ]);
    expect(log[0]).toMatchObject({ mode: 'scheduled' });
    expect(log[6]).toMatchObject({ by: 30_000 });
    expect(log[8]).toMatchObject({ when: 'next', turn: { speakerId: 'munro', allotted: 90_000 } });
    expect(run).toEqual(foldRun(plan, log));
    expect(run.status).toBe('ended');
  });

  it("starts in now mode when the agenda's date is not today", () => {
    const { store, actions } = setup({ clock: new FakeClock(instant(Date.UTC(2026, 0, 5, 9, 0))) });
    actions().start();
    expect(store.getState().log[0]).toMatchObject({ type: 'sessionStarted', mode: 'now' });
    expect(selectProjection(store.getState()).sessionRemaining).toBe(60 * 60_000);
  });

  it('starts in the mode the moderator chose, and only lets her choose before the start', () => {
    const { store, actions } = setup();
    actions().setPreferredMode('now');
    actions().start();
    actions().setPreferredMode('scheduled');
    expect(store.getState().preferredMode).toBe('now');
    expect(store.getState().run.mode).toBe('now');
  });

  it('logs nothing for an action that does not apply', () => {
    const { store, actions } = setup();
    actions().next();
    actions().toggleInterjection();
    actions().insert('nobody', 2, 'next');
    actions().insert('munro', 0, 'next');
    expect(store.getState().log).toEqual([]);
    actions().start();
    actions().toggle();
    actions().toggleInterjection();
    expect(store.getState().log.map((e) => e.type)).toEqual(['sessionStarted', 'paused']);
  });

  it('logs no turn of endless minutes, which storage could not keep', () => {
    // Number('1e999') from the minutes field is Infinity; JSON would store it as null and the next load would throw the run away.
    const { store, actions, make } = setup();
    actions().start();
    actions().insert('munro', Number('1e999'), 'next');
    actions().adjustTime(Infinity);
    expect(store.getState().log.map((e) => e.type)).toEqual(['sessionStarted']);
    expect(make().getState()).toMatchObject({ storageProblem: null, log: store.getState().log });
  });

  it('gives every inserted turn its own id, also after an undo', () => {
    const { store, actions } = setup();
    actions().start();
    actions().insert('@audience', 1, 'next');
    actions().undo();
    actions().insert('@audience', 1, 'next');
    actions().insert('@audience', 1, 'next');
    const ids = store.getState().log.flatMap((e) => (e.type === 'turnInserted' ? [e.turn.id] : []));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it('undoes the last event and only that', () => {
    const { store, actions, clock } = setup();
    actions().start();
    clock.set(at(4));
    actions().next();
    const before = store.getState();
    clock.set(at(5));
    actions().adjustTime(30);
    actions().undo();
    expect(store.getState().log).toEqual(before.log);
    expect(store.getState().run).toEqual(before.run);
    actions().undo();
    actions().undo();
    actions().undo();
    expect(store.getState().log).toEqual([]);
    expect(store.getState().run.status).toBe('ready');
  });

  it('restores the exact same run from the same storage after a reload', () => {
    const { store, actions, clock, make } = setup();
    actions().start();
    clock.set(at(5, 20));
    actions().next();
    actions().insert('@audience', 2, 'now');
    clock.set(at(6));
    actions().toggle();
    const reloaded = make().getState();
    const { agenda, log, run, plan, preferredMode } = store.getState();
    expect(reloaded.agenda).toEqual(agenda);
    expect(reloaded.log).toEqual(log);
    expect(reloaded.run).toEqual(run);
    expect(reloaded.plan).toEqual(plan);
    expect(reloaded.preferredMode).toEqual(preferredMode);
    expect(reloaded.storageProblem).toBeNull();
  });

  it('restores a loaded agenda after a reload', () => {
    const { actions, make } = setup();
    const agenda = buildAgenda({ title: 'Rehearsal' });
    expect(actions().loadAgenda(agenda, 'rehearsal.json')).toBe(true);
    actions().start();
    const reloaded = make().getState();
    expect(reloaded.agenda).toEqual(agenda);
    expect(reloaded.run.status).toBe('running');
  });

  it('on a reload that finds exactly what it holds (its own last write), keeps its state and reads the clock', () => {
    const { store, actions, clock, stored } = setup();
    actions().start();
    expect(stored()).not.toBeNull();
    const before = store.getState();
    clock.set(at(3));
    actions().reload();
    const after = store.getState();
    expect(after.plan).toBe(before.plan);
    expect(after.run).toBe(before.run);
    expect(after.now).toBe(at(3));
    expect(after.storageProblem).toBeNull();
  });

  it('on a reload, still checks what another window wrote: an agenda that is not valid is reported, the run kept', () => {
    const { store, actions, storage } = setup();
    actions().start();
    const log = store.getState().log;
    const written = JSON.parse(storage.getItem(STORAGE_KEY)!) as { state: { agenda: { start: string } } };
    written.state.agenda.start = '25:00';
    storage.setItem(STORAGE_KEY, JSON.stringify(written));
    actions().reload();
    expect(store.getState().storageProblem).toBe('corrupt');
    expect(store.getState().log).toBe(log);
  });

  it('keeps running on a fresh run when the stored text is not JSON', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"state": {"agenda": ');
    const { store, actions } = setup({ storage });
    expect(store.getState().storageProblem).toBe('corrupt');
    expect(store.getState().agenda).toBe(SEED_AGENDA);
    actions().start();
    actions().next();
    expect(store.getState().run.status).toBe('running');
    expect(store.getState().log).toHaveLength(2);
  });

  it('reports a stored run whose agenda is not valid as corrupt', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(withValue(persistedV1, ['state', 'agenda', 'start'], '25:00')));
    const { store } = setup({ storage });
    expect(store.getState().storageProblem).toBe('corrupt');
    expect(store.getState().log).toEqual([]);
  });

  it('reports a stored run with a malformed event as corrupt', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(withValue(persistedV1, ['state', 'log', 1], { type: 'turnAdvanced' })));
    const { store } = setup({ storage });
    expect(store.getState().storageProblem).toBe('corrupt');
    expect(store.getState().run.status).toBe('ready');
  });

  it('reports a stored run with an event field of the wrong type as corrupt', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(withValue(persistedV1, ['state', 'log', 4, 'by'], '30000')));
    const { store } = setup({ storage });
    expect(store.getState().storageProblem).toBe('corrupt');
    expect(store.getState().run.added).toEqual({});
  });

  it('leaves what a newer version stored untouched and runs in memory', () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({ state: { agenda: SEED_AGENDA, log: [], shape: 'from the future' }, version: 99 });
    storage.setItem(STORAGE_KEY, future);
    const { store, actions, clock, stored } = setup({ storage });
    expect(store.getState().storageProblem).toBe('future');
    actions().start();
    clock.set(at(3));
    actions().next();
    actions().tick();
    expect(store.getState().log).toHaveLength(2);
    expect(stored()).toBe(future);
    expect(storage.writes).toBe(1);
  });

  it('reports storage that cannot be written and goes on in memory', () => {
    const { store, actions, clock } = setup({ storage: new FullStorage() });
    expect(store.getState().storageProblem).toBeNull();
    actions().start();
    expect(store.getState().storageProblem).toBe('unwritable');
    clock.set(at(5));
    actions().next();
    actions().toggle();
    expect(store.getState().log.map((e) => e.type)).toEqual(['sessionStarted', 'turnAdvanced', 'paused']);
    expect(selectProjection(store.getState()).speakerId).toBe('arunatilaka');
  });

  it('reports storage that cannot be read and goes on in memory', () => {
    const { store, actions } = setup({ storage: new LockedStorage() });
    expect(store.getState().storageProblem).toBe('unwritable');
    actions().start();
    expect(store.getState().run.status).toBe('running');
  });

  it('keeps the agenda and the run when a loaded agenda is not valid, and says why', () => {
    const { store, actions } = setup();
    actions().start();
    const before = store.getState();
    const bad = withValue(buildAgenda(), ['segments', 1, 'turns', 0, 'speaker'], 'nobody');
    expect(actions().loadAgenda(bad, 'bad.json')).toBe(false);
    const after = store.getState();
    expect(after.agenda).toBe(before.agenda);
    expect(after.run).toBe(before.run);
    expect(after.log).toBe(before.log);
    expect(after.loadFailure).toEqual({
      source: 'bad.json',
      issues: [{ path: ['segments', 1, 'turns', 0, 'speaker'], code: 'unknownPerson', detail: { id: 'nobody' } }],
    });
    actions().dismissLoadFailure();
    expect(store.getState().loadFailure).toBeNull();
  });

  it('keeps the agenda when a loaded file is not JSON', () => {
    const { store, actions } = setup();
    expect(actions().loadAgenda('{ nope', 'broken.json')).toBe(false);
    expect(store.getState().agenda).toBe(SEED_AGENDA);
    expect(store.getState().loadFailure).toMatchObject({ source: 'broken.json', issues: [{ code: 'notJson' }] });
  });

  it('replaces the agenda and starts a fresh run when the file is valid', () => {
    const { store, actions } = setup();
    actions().start();
    actions().loadAgenda(withValue(buildAgenda(), ['segments', 1, 'turns', 0, 'speaker'], 'nobody'), 'bad.json');
    const agenda = buildAgenda({ end: '17:30' });
    expect(actions().loadAgenda(JSON.stringify(agenda), 'short.json')).toBe(true);
    const state = store.getState();
    expect(state.agenda).toEqual(agenda);
    expect(state).toMatchObject({ log: [], loadFailure: null, preferredMode: null });
    expect(state.run.status).toBe('ready');
    expect(state.warnings.map((w) => w.code)).toEqual(['overSlot']);
  });
});

describe('createShowStore with a version-1 store', () => {
  it('loads the frozen fixture into the run it recorded', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(persistedV1));
    const { store } = setup({ storage, clock: new FakeClock(at(12)) });
    const { run, plan, storageProblem, preferredMode, log } = store.getState();
    expect(storageProblem).toBeNull();
    expect(preferredMode).toBe('scheduled');
    expect(log).toHaveLength(7);
    expect(run).toMatchObject({ status: 'running', mode: 'scheduled', activity: 'paused', anchor: T0, hardEnd: at(60) });
    expect(run.order.slice(0, 3)).toEqual(['opening#0', 'round-1#0', 'inserted-5-1']);
    expect(remainingInTurn(plan, run, 'round-1#0', at(12))).toBe(140_000);
    expect(spokenByPerson(run, at(12), 'salama')).toEqual({ salama: 350_000, arunatilaka: 250_000 });
    expect(selectProjection(store.getState())).toMatchObject({ speakerId: 'arunatilaka', questionId: 'q1', sessionRemaining: 48 * 60_000 });
  });

  it('migrates it to version 2 with sound cues off', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(persistedV1));
    const { store } = setup({ storage, clock: new FakeClock(at(12)) });
    expect(store.getState().soundOn).toBe(false);
    expect(store.getState().log).toHaveLength(7);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(2);
  });
});

describe('createShowStore with a version-2 store', () => {
  it('writes the shape of the frozen fixture, at the current version', () => {
    const { actions, stored } = setup();
    actions().start();
    const written = JSON.parse(stored()!) as { state: Record<string, unknown>; version: number };
    expect(STORAGE_VERSION).toBe(2);
    expect(Object.keys(written).sort()).toEqual(Object.keys(persistedV2).sort());
    expect(Object.keys(written.state).sort()).toEqual(Object.keys(persistedV2.state).sort());
    expect(written.version).toBe(persistedV2.version);
  });

  it('loads the frozen fixture with its sound preference', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...persistedV2, state: { ...persistedV2.state, soundOn: true } }));
    const { store } = setup({ storage, clock: new FakeClock(at(12)) });
    expect(store.getState()).toMatchObject({ soundOn: true, storageProblem: null });
    expect(store.getState().log).toHaveLength(7);
  });
});

describe('migratePersisted', () => {
  it('passes the current version through unchanged', () => {
    expect(migratePersisted(persistedV2.state, 2)).toBe(persistedV2.state);
  });

  it('steps version 1 to version 2', () => {
    expect(migratePersisted(persistedV1.state, 1)).toEqual(persistedV2.state);
  });

  it('gives null for a version it has no step for', () => {
    expect(migratePersisted(persistedV1.state, 0)).toBeNull();
  });
});

describe('selectProjection', () => {
  it('computes the projection once for the same state', () => {
    const { store } = setup();
    expect(selectProjection(store.getState())).toBe(selectProjection(store.getState()));
  });
});
