import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../src/domain/agenda';
import { AGENDA_FORMAT } from '../../src/domain/agenda';
import { Console } from '../../src/features/console/Console';
import { QUEUE_ROWS, UpNext } from '../../src/features/console/UpNext';
import { setup } from './helpers';

/** `turns` half-minute turns by up to 100 delegates, in blocks of 50: a day of national statements. */
function statements(turns: number): Agenda {
  const speakers = Math.min(turns, 100);
  return {
    format: AGENDA_FORMAT,
    title: `Statements, ${turns} turns`,
    date: '2026-11-27',
    start: '09:00',
    end: '18:00',
    timeZone: 'Europe/Zurich',
    people: Array.from({ length: speakers }, (_, i) => ({ id: `s${i + 1}`, name: `Delegate ${i + 1}`, role: 'speaker' as const })),
    segments: Array.from({ length: Math.ceil(turns / 50) }, (_, b) => ({
      id: `block-${b + 1}`,
      title: `Block ${b + 1}`,
      turns: Array.from({ length: Math.min(50, turns - b * 50) }, (_, i) => ({
        speaker: `s${((b * 50 + i) % speakers) + 1}`,
        minutes: 0.5,
      })),
    })),
  };
}

const queue = () => screen.getByRole('region', { name: 'Up next' });
const rows = () => within(queue()).getAllByRole('listitem');

describe('UpNext', () => {
  it('shows the rows that fit and counts the rest of a thousand turns', () => {
    setup(<UpNext />, { agenda: statements(1000) });
    expect(rows()).toHaveLength(QUEUE_ROWS);
    expect(rows()[0]).toHaveTextContent('Delegate 2');
    expect(rows().at(-1)).toHaveTextContent(`Delegate ${QUEUE_ROWS + 1}`);
    expect(queue()).toHaveTextContent('999 to come');
    expect(queue()).toHaveTextContent(`and ${999 - QUEUE_ROWS} more turns`);
  });

  it('shows every turn, with no count of the rest, when one row more would hold them', () => {
    setup(<UpNext />, { agenda: statements(QUEUE_ROWS + 2) });
    expect(rows()).toHaveLength(QUEUE_ROWS + 1);
    expect(queue()).not.toHaveTextContent(/more turns?$/);
  });

  it('moves the window on with Next', async () => {
    const user = userEvent.setup();
    setup(<Console />, { agenda: statements(1000) });
    await user.click(screen.getByRole('button', { name: /^Start/ }));
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    expect(screen.getByRole('region', { name: 'Current speaker' })).toHaveTextContent('Delegate 2');
    expect(rows()).toHaveLength(QUEUE_ROWS);
    expect(rows()[0]).toHaveTextContent('Delegate 3');
    expect(queue()).toHaveTextContent('998 to come');
    expect(queue()).toHaveTextContent(`and ${998 - QUEUE_ROWS} more turns`);
  });

  it('brings the next hidden turn into view when a shown one is skipped or moved down', async () => {
    const user = userEvent.setup();
    setup(<UpNext />, { agenda: statements(1000) });
    const last = `Delegate ${QUEUE_ROWS + 1}`;
    const hidden = `Delegate ${QUEUE_ROWS + 2}`;
    // The last shown row can still move down, into the turns not shown.
    await user.click(within(queue()).getByRole('button', { name: `Move down: ${last}` }));
    expect(rows().at(-1)).toHaveTextContent(hidden);
    expect(queue()).not.toHaveTextContent(last);
    await user.click(within(queue()).getByRole('button', { name: 'Skip: Delegate 2' }));
    expect(rows()[0]).toHaveTextContent('Delegate 3');
    expect(rows().at(-1)).toHaveTextContent(last);
    expect(rows()).toHaveLength(QUEUE_ROWS);
    expect(queue()).toHaveTextContent('998 to come');
  });

  it('keeps the last turn of a short queue from moving down', () => {
    setup(<UpNext />, { agenda: statements(4) });
    expect(rows()).toHaveLength(3);
    expect(within(queue()).getByRole('button', { name: 'Move down: Delegate 4' })).toBeDisabled();
    expect(within(queue()).getByRole('button', { name: 'Move up: Delegate 2' })).toBeDisabled();
  });
});

describe('UpNext before the start', () => {
  it('moves a turn by one place, the first turn (shown as the current one) staying first', async () => {
    const user = userEvent.setup();
    setup(<UpNext />, { agenda: statements(6) });
    await user.click(within(queue()).getByRole('button', { name: 'Move down: Delegate 2' }));
    expect(rows().map((r) => within(r).getByText(/^Delegate/).textContent)).toEqual([
      'Delegate 3',
      'Delegate 2',
      'Delegate 4',
      'Delegate 5',
      'Delegate 6',
    ]);
    await user.click(within(queue()).getByRole('button', { name: 'Move up: Delegate 6' }));
    expect(rows().map((r) => within(r).getByText(/^Delegate/).textContent)).toEqual([
      'Delegate 3',
      'Delegate 2',
      'Delegate 4',
      'Delegate 6',
      'Delegate 5',
    ]);
  });
});
