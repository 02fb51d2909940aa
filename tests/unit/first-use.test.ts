import { describe, expect, it, vi } from 'vitest';
import { instant } from '../../src/domain/units';
import { firstUse } from '../../src/app/wiring/first-use';
import { createShowStore } from '../../src/store/show-store';
import { SEED_AGENDA, T0 } from './helpers';

function setup() {
  const store = createShowStore({ clock: { now: () => instant(T0) }, agenda: SEED_AGENDA, deviceTimeZone: 'Europe/Zurich' });
  const target = new EventTarget();
  const used = firstUse(target);
  used.watch(store);
  const task = vi.fn();
  used.later(task);
  return { store, target, used, task };
}

describe('firstUse: work the first page does not need waits for the first use', () => {
  it('holds tasks until the first key press, then runs each once; later tasks run at once', () => {
    const { target, used, task } = setup();
    expect(task).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    expect(task).toHaveBeenCalledTimes(1);
    target.dispatchEvent(new Event('pointerdown'));
    expect(task).toHaveBeenCalledTimes(1);
    const next = vi.fn();
    used.later(next);
    expect(next).toHaveBeenCalledTimes(1);
  });

  it.each(['pointerdown', 'drop'])('a %s counts as a use', (event) => {
    const { target, task } = setup();
    target.dispatchEvent(new Event(event));
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("a run's first event counts (Start here, or written by another window)", () => {
    const { store, task } = setup();
    store.getState().actions.start();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("an equal copy of the run (the control lock's first read of storage) does not count", () => {
    const { store, task } = setup();
    store.setState({ log: [...store.getState().log], agenda: { ...store.getState().agenda } });
    expect(task).not.toHaveBeenCalled();
  });

  it('a run already under way (a reload mid-run) counts at once', () => {
    const store = createShowStore({ clock: { now: () => instant(T0) }, agenda: SEED_AGENDA, deviceTimeZone: 'Europe/Zurich' });
    store.getState().actions.start();
    const used = firstUse(new EventTarget());
    const task = vi.fn();
    used.later(task);
    used.watch(store);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
