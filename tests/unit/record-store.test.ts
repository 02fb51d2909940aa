import { describe, expect, it } from 'vitest';
import type { RecordEvent } from '../../src/domain/record';
import { instant, type Instant } from '../../src/domain/units';
import { createRecordStore, RECORD_KEY } from '../../src/store/record-store';

/** An in-memory Storage whose writes can be made to fail, as a full or locked localStorage does. */
function memoryStorage() {
  const items = new Map<string, string>();
  const storage = {
    full: false,
    get length() {
      return items.size;
    },
    key: (i: number) => [...items.keys()][i] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (storage.full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => {
      items.delete(key);
    },
    clear: () => items.clear(),
  };
  return storage;
}

const clock = { now: (): Instant => instant(Date.UTC(2025, 5, 19, 15, 30)) };
const note =
  (turnId: string, text: string) =>
  (at: Instant): RecordEvent => ({ type: 'noteSet', at, turnId, text });
const texts = (events: readonly RecordEvent[] | undefined) => (events ?? []).map((e) => (e.type === 'noteSet' ? e.text : e.type));

describe('createRecordStore', () => {
  it('keeps what two record windows add to the same storage', () => {
    const storage = memoryStorage();
    const first = createRecordStore({ clock, storage });
    const second = createRecordStore({ clock, storage });
    first.getState().add('run-1', note('a', 'from the first window'));
    second.getState().add('run-1', note('b', 'from the second window'));
    expect(texts(second.getState().byRun['run-1'])).toEqual(['from the first window', 'from the second window']);
    first.getState().reload();
    expect(texts(first.getState().byRun['run-1'])).toEqual(['from the first window', 'from the second window']);
    expect(texts((JSON.parse(storage.getItem(RECORD_KEY)!) as Record<string, RecordEvent[]>)['run-1'])).toEqual([
      'from the first window',
      'from the second window',
    ]);
  });

  it('keeps every note in the window when storage is full, says so, and saves them all once it can', () => {
    const storage = memoryStorage();
    const records = createRecordStore({ clock, storage });
    records.getState().add('run-1', note('a', 'saved'));
    storage.full = true;
    records.getState().add('run-1', note('b', 'not saved 1'));
    records.getState().add('run-1', note('c', 'not saved 2'));
    expect(records.getState().problem).toBe('unwritable');
    expect(texts(records.getState().byRun['run-1'])).toEqual(['saved', 'not saved 1', 'not saved 2']);
    // What storage still holds does not replace what the window has.
    records.getState().reload();
    expect(texts(records.getState().byRun['run-1'])).toEqual(['saved', 'not saved 1', 'not saved 2']);
    storage.full = false;
    records.getState().add('run-1', note('d', 'saved again'));
    expect(records.getState().problem).toBeNull();
    expect(texts((JSON.parse(storage.getItem(RECORD_KEY)!) as Record<string, RecordEvent[]>)['run-1'])).toEqual([
      'saved',
      'not saved 1',
      'not saved 2',
      'saved again',
    ]);
  });

  it("forgets a run's notes without losing another window's notes on other runs", () => {
    const storage = memoryStorage();
    const first = createRecordStore({ clock, storage });
    const second = createRecordStore({ clock, storage });
    first.getState().add('run-1', note('a', 'one'));
    second.getState().add('run-2', note('a', 'two'));
    first.getState().forget('run-1');
    expect(Object.keys(JSON.parse(storage.getItem(RECORD_KEY)!) as object)).toEqual(['run-2']);
    expect(texts(first.getState().byRun['run-2'])).toEqual(['two']);
  });

  it('reads back only well-formed events, and nothing from a broken entry', () => {
    const storage = memoryStorage();
    storage.setItem(
      RECORD_KEY,
      JSON.stringify({
        'run-1': [{ type: 'noteSet', at: 1, turnId: 'a', text: 'kept' }, { type: 'noteSet', at: 'x' }, null],
        'run-2': 'junk',
      }),
    );
    expect(createRecordStore({ clock, storage }).getState().byRun).toEqual({
      'run-1': [{ type: 'noteSet', at: 1, turnId: 'a', text: 'kept' }],
    });
    storage.setItem(RECORD_KEY, '{not json');
    expect(createRecordStore({ clock, storage }).getState().byRun).toEqual({});
  });
});
