import { describe, expect, it } from 'vitest';
import { foldRun, type RunEvent } from '../../src/domain/run';
import { instant, type Instant } from '../../src/domain/units';
import { ARCHIVE_KEY, archiveEntry, BROKEN_ARCHIVE_KEY, saveToArchive } from '../../src/store/archive';
import { deleteFromArchive, listArchive } from '../../src/store/archive-list';
import type { Control } from '../../src/store/show-state';
import { createShowStore } from '../../src/store/show-store';
import { archiveChange } from '../../src/app/wiring/archive';
import { at, ev, SEED_AGENDA, T0 } from './helpers';

/** An in-memory Storage, fresh for each test: these tests need localStorage's interface, not a browser. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

/** A console's store on the seed agenda with a hand-moved clock, archiving into `storage`. */
function setup({ control = 'controller', kind = 'live' }: { control?: Control; kind?: 'live' | 'rehearsal' } = {}) {
  let now: number = T0;
  const clock = { now: (): Instant => instant(now) };
  const store = createShowStore({ clock, agenda: SEED_AGENDA, deviceTimeZone: 'Europe/Zurich', control });
  const storage = memoryStorage();
  const stop = store.subscribe(archiveChange(storage, () => kind));
  const actions = store.getState().actions;
  const advance = (ms: number) => {
    now += ms;
    actions.tick();
  };
  return { store, storage, actions, advance, stop };
}

const stored = (storage: Storage) =>
  JSON.parse(storage.getItem(ARCHIVE_KEY) ?? 'null') as { id: string; kind: string; log: RunEvent[] }[] | null;

describe('archiveChange', () => {
  it('keeps a run in the archive when it ends, with its kind, agenda and whole log', () => {
    const { storage, actions, advance, store } = setup({ kind: 'rehearsal' });
    actions.start();
    advance(5 * 60_000);
    actions.next();
    expect(stored(storage)).toBeNull();
    advance(60_000);
    actions.end();
    expect(stored(storage)).toEqual([
      {
        id: `run-${T0}`,
        kind: 'rehearsal',
        startedAt: T0,
        savedAt: T0 + 6 * 60_000,
        title: SEED_AGENDA.title,
        agenda: SEED_AGENDA,
        log: store.getState().log,
      },
    ]);
    expect(listArchive(storage).map((r) => r.id)).toEqual([`run-${T0}`]);
  });

  it('keeps a run that a new run replaces before it ended', () => {
    const { storage, actions, advance } = setup();
    actions.start();
    advance(60_000);
    actions.next();
    actions.newRun();
    expect(stored(storage)!.map((r) => [r.id, r.log.length])).toEqual([[`run-${T0}`, 2]]);
    advance(60_000);
    actions.start();
    advance(60_000);
    actions.end();
    expect(listArchive(storage).map((r) => r.id)).toEqual([`run-${T0 + 2 * 60_000}`, `run-${T0}`]);
  });

  it('archives nothing from a window that only follows the run', () => {
    const { storage, store, advance } = setup({ control: 'viewer' });
    // What a follower reads back from the console: a run that has ended.
    const log = [ev.started(T0), ev.ended(at(1))];
    store.setState({ log, run: foldRun(store.getState().plan, log) });
    advance(60_000);
    expect(store.getState().run.status).toBe('ended');
    expect(stored(storage)).toBeNull();
  });

  it('keeps archiving when the archive in storage cannot be read, and sets the unreadable one aside', () => {
    const { storage, actions, advance } = setup();
    storage.setItem(ARCHIVE_KEY, '[{"id": "run-1", "kind": "li');
    actions.start();
    advance(60_000);
    actions.end();
    expect(stored(storage)!.map((r) => r.id)).toEqual([`run-${T0}`]);
    expect(storage.getItem(BROKEN_ARCHIVE_KEY)).toBe('[{"id": "run-1", "kind": "li');
  });
});

describe('the archive list', () => {
  it('lists runs newest first, replaces a run saved again, passes over broken entries, and deletes', () => {
    const storage = memoryStorage();
    const log = (start: number): RunEvent[] => [ev.started(instant(start)), ev.ended(instant(start + 60_000))];
    const first = archiveEntry(SEED_AGENDA, log(T0), 'live', T0 + 60_000)!;
    const second = archiveEntry(SEED_AGENDA, log(T0 + 3_600_000), 'rehearsal', T0 + 3_660_000)!;
    saveToArchive(storage, second);
    saveToArchive(storage, first);
    saveToArchive(storage, { ...first, savedAt: T0 + 120_000 });
    storage.setItem(ARCHIVE_KEY, JSON.stringify([...stored(storage)!, { id: 'junk', kind: 'live' }]));
    expect(listArchive(storage).map((r) => [r.id, r.kind, r.savedAt])).toEqual([
      [second.id, 'rehearsal', T0 + 3_660_000],
      [first.id, 'live', T0 + 120_000],
    ]);
    expect(deleteFromArchive(storage, second.id)).toBe(true);
    expect(listArchive(storage).map((r) => r.id)).toEqual([first.id]);
    expect(archiveEntry(SEED_AGENDA, [], 'live', T0)).toBeNull();
  });
});
