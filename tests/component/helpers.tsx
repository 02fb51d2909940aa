import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SEED_AGENDA } from '../../src/app/seed-agenda';
import type { Agenda } from '../../src/domain/agenda';
import { instant, type Instant } from '../../src/domain/units';
import { StoreContext } from '../../src/store/hooks';
import type { Control } from '../../src/store/show-state';
import { createShowStore } from '../../src/store/show-store';

/** A clock the test moves by hand. */
export function fakeClock(start = Date.UTC(2026, 10, 27, 9, 0)) {
  let now = start;
  return {
    now: (): Instant => instant(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

/** Renders `ui` over a fresh in-memory store on the seed agenda (or `agenda`) with a hand-moved clock. */
export function setup(ui: ReactNode, options: { agenda?: Agenda; start?: number; control?: Control } = {}) {
  const clock = fakeClock(options.start);
  const store = createShowStore({
    clock,
    agenda: options.agenda ?? SEED_AGENDA,
    deviceTimeZone: 'Europe/Zurich',
    ...(options.control && { control: options.control }),
  });
  const view = render(<StoreContext value={store}>{ui}</StoreContext>);
  const advance = (ms: number) => {
    clock.advance(ms);
    store.getState().actions.tick();
  };
  return { ...view, store, clock, advance };
}
