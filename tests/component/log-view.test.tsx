import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SEED_AGENDA } from '../../src/app/seed-agenda';
import { LogView } from '../../src/features/log/LogView';
import { StoreContext } from '../../src/store/hooks';
import type { RunEvent } from '../../src/domain/run';
import { instant } from '../../src/domain/units';
import { archiveEntry, saveToArchive } from '../../src/store/archive';
import { createRecordStore } from '../../src/store/record-store';
import { createShowStore } from '../../src/store/show-store';
import { fakeClock } from './helpers';

/** The seed panel's scheduled start: 19 June 2025, 17:00 in Geneva. */
const T0 = Date.UTC(2025, 5, 19, 15, 0);
const MIN = 60_000;

/** The record view over an in-memory show store and record store that share a hand-moved clock. */
function setup({ start = T0, storage, recordStorage }: { start?: number; storage?: Storage; recordStorage?: Storage } = {}) {
  const clock = fakeClock(start);
  const store = createShowStore({ clock, agenda: SEED_AGENDA, deviceTimeZone: 'Europe/Zurich' });
  const records = createRecordStore({ clock, ...(recordStorage && { storage: recordStorage }) });
  const view = render(
    <StoreContext value={store}>
      <LogView records={records} storage={storage} />
    </StoreContext>,
  );
  const actions = store.getState().actions;
  /** Moves the clock on and lets the ticker read it, as it does once a second. */
  const advance = (ms: number) =>
    act(() => {
      clock.advance(ms);
      actions.tick();
    });
  const act_ = (action: () => void) => act(action);
  return { ...view, store, records, actions, advance, act: act_ };
}

/**
 * 17:00 Salama opens for 5:00. 17:05 Arunatilaka: 2:00, a 0:30 interjection, 1:00, a 0:45 pause,
 * 3:40 more (6:40 spoken, Next pressed at 17:12:55). 17:12:55 Diop speaks.
 */
function playFirstTurns(s: ReturnType<typeof setup>) {
  s.act(s.actions.start);
  s.advance(5 * MIN);
  s.act(s.actions.next);
  s.advance(2 * MIN);
  s.act(s.actions.toggleInterjection);
  s.advance(30_000);
  s.act(s.actions.toggleInterjection);
  s.advance(MIN);
  s.act(s.actions.toggle);
  s.advance(45_000);
  s.act(s.actions.toggle);
  s.advance(3 * MIN + 40_000);
  s.act(s.actions.next);
}

const turnsTable = () => within(screen.getByRole('region', { name: 'Turns' })).getByRole('table');
/** The cells of the turn table's body rows, as text. */
const turnRows = () =>
  within(turnsTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    )
    // Not the row of an open correction form.
    .filter((cells) => cells.length > 1);
const floorRow = (name: string) =>
  within(screen.getByRole('region', { name: 'Who had the floor' }))
    .getByRole('rowheader', { name })
    .closest('tr')!;

describe('LogView', () => {
  it('says the run has not started, and lists no turns, before the start', () => {
    setup();
    expect(screen.getByText(/The run has not started yet/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Turns' })).queryByRole('table')).toBeNull();
  });

  it('lists every turn held with planned and actual time, pauses and interjections excluded, live as the run goes on', () => {
    const s = setup();
    playFirstTurns(s);
    s.advance(MIN + 5_000);
    expect(screen.queryByText(/The run has not started yet/)).toBeNull();
    // Held at the agenda's date and time: the header says nothing more.
    expect(screen.queryByText(/This run was held/)).toBeNull();
    expect(turnRows()).toEqual([
      [
        '1',
        'Welcome, framing and introduction of the panel',
        'Hana Salama',
        '5:00',
        '5:00',
        '0:00',
        '17:00:00',
        '17:05:00',
        '',
        '',
        expect.any(String),
      ],
      [
        '2',
        'Question 1: steps taken by States (Q1)',
        'H.E. Himalee Arunatilaka',
        '6:00',
        '6:40',
        '+0:40',
        '17:05:00',
        '17:12:55',
        '0:30',
        '',
        expect.any(String),
      ],
      [
        '3',
        'Question 1: steps taken by States (Q1)',
        'H.E. Papa Maguèye Diop · speaking now',
        '6:00',
        '1:05',
        // Still speaking: no "under" until the turn is done.
        '',
        '17:12:55',
        '',
        '',
        '',
        expect.any(String),
      ],
    ]);
    // One more second of Diop shows at the next tick.
    s.advance(1_000);
    expect(turnRows()[2]!.slice(4, 6)).toEqual(['1:06', '']);
    // Salama's interjection is hers: 5:00 and 0:30; she is planned for the opening and the closing, 5 + 3 minutes.
    expect(
      within(floorRow('Hana Salama'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '8:00', '5:30', '', '']);
  });

  it("saves a note on Enter in the rapporteur's own log, and keeps it shown", async () => {
    const user = userEvent.setup();
    const s = setup();
    playFirstTurns(s);
    const note = screen.getByRole('textbox', { name: 'Note on turn 2' });
    await user.type(note, 'Mentions the Siem Reap–Angkor plan{Enter}');
    const runId = `run-${T0}`;
    expect(s.records.getState().byRun[runId]).toEqual([
      { type: 'noteSet', at: T0 + 12 * MIN + 55_000, turnId: 'round-1#0', text: 'Mentions the Siem Reap–Angkor plan' },
    ]);
    s.advance(10_000);
    expect(screen.getByRole('textbox', { name: 'Note on turn 2' })).toHaveValue('Mentions the Siem Reap–Angkor plan');
    expect(screen.getByRole('textbox', { name: 'Note on turn 1' })).toHaveValue('');
    // Nothing the rapporteur typed reached the run.
    expect(s.store.getState().log.map((e) => e.type)).toEqual([
      'sessionStarted',
      'turnAdvanced',
      'interjectionStarted',
      'interjectionEnded',
      'paused',
      'resumed',
      'turnAdvanced',
    ]);
  });

  it('tells the rapporteur when notes cannot be saved, and keeps them on screen', async () => {
    const user = userEvent.setup();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    const s = setup({ recordStorage: full });
    playFirstTurns(s);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Note on turn 1' }), 'Opens with the 1997 Convention{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Notes and corrections cannot be saved in this browser');
    await user.type(screen.getByRole('textbox', { name: 'Note on turn 2' }), 'Second note{Enter}');
    s.advance(1_000);
    expect(screen.getByRole('textbox', { name: 'Note on turn 1' })).toHaveValue('Opens with the 1997 Convention');
    expect(screen.getByRole('textbox', { name: 'Note on turn 2' })).toHaveValue('Second note');
  });

  it('applies a correction of when a turn ended, marks it, and moves the time to the next speaker and the totals', async () => {
    const user = userEvent.setup();
    const s = setup();
    playFirstTurns(s);
    s.advance(5 * MIN + 30_000);
    expect(within(floorRow('H.E. Himalee Arunatilaka')).getAllByRole('cell')[2]).toHaveTextContent('6:40');
    expect(within(floorRow('H.E. Papa Maguèye Diop')).getAllByRole('cell')[2]).toHaveTextContent('5:30');

    // The moderator pressed Next 40 seconds late: turn 2 really ended at 17:12:15.
    await user.click(screen.getByRole('button', { name: 'Correct the times of turn 2' }));
    const ended = screen.getByLabelText('Ended at');
    expect(ended).toHaveValue('17:12:55');
    expect(screen.getByLabelText('Began at')).toHaveValue('17:05:00');
    // user-event types hh:mm into a time input and cannot reach the seconds: set the value as the browser would.
    fireEvent.change(ended, { target: { value: '17:12:15' } });
    await user.click(screen.getByRole('button', { name: 'Save correction' }));

    expect(screen.queryByRole('button', { name: 'Save correction' })).toBeNull();
    const [, second, third] = turnRows();
    expect(second!.slice(3, 8)).toEqual(['6:00', '6:00', '0:00', '17:05:00', '17:12:15 (corrected)']);
    expect(third!.slice(3, 7)).toEqual(['6:00', '6:10', '+0:10', '17:12:15']);
    expect(within(floorRow('H.E. Himalee Arunatilaka')).getAllByRole('cell')[2]).toHaveTextContent('6:00');
    expect(within(floorRow('H.E. Papa Maguèye Diop')).getAllByRole('cell')[2]).toHaveTextContent('6:10');
    // Round 1 held both turns: its total is the same 12:40 used (interjection included) before and after.
    const round1 = within(screen.getByRole('region', { name: 'Totals per segment and question' }))
      .getByRole('rowheader', { name: 'Question 1: steps taken by States' })
      .closest('tr')!;
    expect(
      within(round1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['12:00', '12:40', '+0:40']);
    // The correction is an event of its own in the record, not a change to the run.
    expect(s.records.getState().byRun[`run-${T0}`]).toEqual([
      { type: 'boundaryCorrected', at: T0 + 18 * MIN + 25_000, turnId: 'round-1#0', edge: 'end', to: T0 + 12 * MIN + 15_000 },
    ]);
    expect(s.store.getState().log).toHaveLength(7);
  });

  it('refuses a correction that would end a turn before it begins or past the turn after it, and records nothing', async () => {
    const user = userEvent.setup();
    const s = setup();
    playFirstTurns(s);
    s.advance(5 * MIN + 30_000);
    s.act(s.actions.next);
    s.advance(MIN);
    // 17:19:25: turn 2 held 17:05:00–17:12:55, turn 3 17:12:55–17:18:25, turn 4 running.
    const save = () => user.click(screen.getByRole('button', { name: 'Save correction' }));
    await user.click(screen.getByRole('button', { name: 'Correct the times of turn 2' }));
    fireEvent.change(screen.getByLabelText('Ended at'), { target: { value: '17:04:00' } });
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('The turn must end after it begins.');
    fireEvent.change(screen.getByLabelText('Ended at'), { target: { value: '17:18:25' } });
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('It must end before 17:18:25, when the turn after it ended.');
    fireEvent.change(screen.getByLabelText('Ended at'), { target: { value: '17:12:55' } });
    fireEvent.change(screen.getByLabelText('Began at'), { target: { value: '17:00:00' } });
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('It must begin after 17:00:00, when the turn before it began.');
    fireEvent.change(screen.getByLabelText('Began at'), { target: { value: '' } });
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('Type each time as hh:mm:ss.');
    // The times as they were: saved, nothing is corrected.
    fireEvent.change(screen.getByLabelText('Began at'), { target: { value: '17:05' } });
    await save();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByLabelText('Began at')).toBeNull();
    // The turn before the running one cannot end after now.
    await user.click(screen.getByRole('button', { name: 'Correct the times of turn 3' }));
    fireEvent.change(screen.getByLabelText('Ended at'), { target: { value: '17:19:30' } });
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('It must end before now (17:19:25).');
    expect(s.records.getState().byRun[`run-${T0}`] ?? []).toEqual([]);
    expect(turnRows().map((row) => row.slice(6, 8))).toEqual([
      ['17:00:00', '17:05:00'],
      ['17:05:00', '17:12:55'],
      ['17:12:55', '17:18:25'],
      ['17:18:25', ''],
    ]);
  });

  it('says in one line how the panelists shared the floor', () => {
    const s = setup();
    playFirstTurns(s);
    // Diop 6:10, then 4:00 in round 2; Arunatilaka 4:00 more; Munro 3:00.
    s.advance(6 * MIN + 10_000);
    s.act(s.actions.next);
    expect(screen.getByText('Jean Munro has not had the floor yet.')).toBeInTheDocument();
    s.advance(4 * MIN);
    s.act(s.actions.next);
    s.advance(4 * MIN);
    s.act(s.actions.next);
    s.advance(3 * MIN);
    // Arunatilaka 10:40, Diop 10:10, Munro 3:00: 10:40 / 3:00 = 3.56.
    expect(
      screen.getByText('The longest-speaking panelist (H.E. Himalee Arunatilaka) had 3.6 times the floor of the shortest (Jean Munro).'),
    ).toBeInTheDocument();
    const shares = ['H.E. Himalee Arunatilaka', 'H.E. Papa Maguèye Diop', 'Jean Munro'].map((name) =>
      within(floorRow(name))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(shares).toEqual([
      // Planned: every turn of the agenda that was not skipped.
      ['2', '14:00', '10:40', '45%', '33%'],
      ['2', '14:00', '10:10', '43%', '33%'],
      ['1', '9:00', '3:00', '13%', '33%'],
    ]);
    expect(screen.getByRole('img', { name: 'Speaking time per person, planned and actual' })).toBeInTheDocument();
  });

  it("says when a run was not held at the agenda's date and time, and lists archived runs by the day they were held", async () => {
    const user = userEvent.setup();
    // A rehearsal the day before, at 10:00 in Geneva, kept in the archive.
    const rehearsalStart = Date.UTC(2025, 5, 18, 8, 0);
    const log: RunEvent[] = [
      { type: 'sessionStarted', at: instant(rehearsalStart), mode: 'now' },
      { type: 'turnAdvanced', at: instant(rehearsalStart + 4 * MIN) },
      { type: 'sessionEnded', at: instant(rehearsalStart + 9 * MIN) },
    ];
    saveToArchive(localStorage, archiveEntry(SEED_AGENDA, log, 'rehearsal', rehearsalStart + 10 * MIN)!);
    // The live run: the seed agenda started on 27 November 2026 at 10:00.
    const s = setup({ start: Date.UTC(2026, 10, 27, 9, 0), storage: localStorage });
    s.act(s.actions.start);
    s.advance(MIN);
    expect(screen.getByText('This run was held on 27 November 2026, from 10:00.')).toBeInTheDocument();
    expect(turnRows()[0]!.slice(6, 8)).toEqual(['10:00:00', '']);

    const archive = screen.getByRole('region', { name: 'Archive' });
    expect(within(archive).getByRole('listitem')).toHaveTextContent(`18 June 2025 10:00 · rehearsal · ${SEED_AGENDA.title}`);
    await user.click(within(archive).getByRole('button', { name: 'Open: 18 June 2025 10:00' }));
    expect(screen.getByText('Archived run, started 18 June 2025 10:00')).toBeInTheDocument();
    expect(screen.getByText('This run was held on 18 June 2025, from 10:00.')).toBeInTheDocument();
    expect(turnRows().map((row) => row.slice(2, 8))).toEqual([
      ['Hana Salama', '5:00', '4:00', '−1:00', '10:00:00', '10:04:00'],
      ['H.E. Himalee Arunatilaka', '6:00', '5:00', '−1:00', '10:04:00', '10:09:00'],
    ]);
  });
});

describe('LogView totals', () => {
  const totalRow = (name: string | RegExp) =>
    within(screen.getByRole('region', { name: 'Totals per segment and question' }))
      .getByRole('rowheader', { name })
      .closest('tr')!;

  it('shows no "under" for a segment still under way, and the difference once it is done or over', () => {
    const s = setup();
    s.act(s.actions.start);
    s.advance(2 * MIN);
    const opening = () =>
      within(totalRow('Welcome, framing and introduction of the panel'))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(opening()).toEqual(['5:00', '2:00', '']);
    s.advance(4 * MIN);
    expect(opening()).toEqual(['5:00', '6:00', '+1:00']);
    s.act(s.actions.next);
    expect(opening()).toEqual(['5:00', '6:00', '+1:00']);
    s.advance(MIN);
    const q1 = () =>
      within(totalRow(/^Q1:/))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(q1()).toEqual(['12:00', '1:00', '']);
  });
});
