import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyAgenda } from '../../src/domain/agenda-edit';
import { PlanView } from '../../src/features/plan/PlanView';
import { createDraftStore } from '../../src/store/draft-store';
import { setup } from './helpers';
import { SEED_AGENDA } from '../../src/app/seed-agenda';

function renderPlan(initial = emptyAgenda('2026-12-01')) {
  const drafts = createDraftStore({ initial });
  const view = setup(<PlanView drafts={drafts} storage={undefined} />);
  return { ...view, drafts };
}

const fit = () => screen.getAllByRole('status').find((el) => el.classList.contains('fit'))!;

describe('PlanView', () => {
  it('shows the fit against the slot, from over to spare as minutes change', async () => {
    const user = userEvent.setup();
    const { drafts } = renderPlan();
    expect(fit()).toHaveTextContent('60:00 spare');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    await user.type(screen.getByLabelText('Name'), 'Ana Ruiz');
    await user.click(screen.getByRole('button', { name: 'Add segment with turns' }));
    await user.click(screen.getByRole('button', { name: 'Add turn: segment 1' }));
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes, turn 1 of segment 1' });
    await user.clear(minutes);
    await user.type(minutes, '75');
    expect(fit()).toHaveTextContent('15:00 over');
    await user.clear(minutes);
    await user.type(minutes, '45');
    expect(fit()).toHaveTextContent('15:00 spare');
    expect(drafts.getState().draft.segments[0]!.turns![0]).toEqual({ speaker: 'person-1', minutes: 45 });
    expect(screen.getByLabelText('At 10:00')).toBeInTheDocument();
  });

  it("shows the loader's message next to the field at fault, and clears it when fixed", async () => {
    const user = userEvent.setup();
    renderPlan(SEED_AGENDA);
    const name = screen.getAllByLabelText('Name')[1]!;
    await user.clear(name);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('people[1].name: must not be empty.');
    await user.type(name, 'Jean Munro');
    expect(name).toHaveAttribute('aria-invalid', 'false');
    const end = screen.getByLabelText('End (hard end)');
    await user.clear(end);
    await user.type(end, '16:00');
    expect(end).toHaveAccessibleDescription('end: the end (16:00) must be after the start (17:00).');
  });

  it("sets an open block's list of speakers: minutes per question and per answer, questions per round, gender asked", async () => {
    const user = userEvent.setup();
    const { drafts } = renderPlan(SEED_AGENDA);
    const floor = () => drafts.getState().draft.segments.find((s) => s.id === 'floor')!;
    // Only the open block has them, with the defaults shown until set.
    expect(screen.getAllByLabelText('Minutes per question from the floor')).toHaveLength(1);
    expect(screen.getByLabelText('Questions per round before the panel answers')).toHaveAttribute('placeholder', '1');
    await user.type(screen.getByLabelText('Minutes per question from the floor'), '1.5');
    await user.type(screen.getByLabelText('Questions per round before the panel answers'), '3');
    await user.click(screen.getByLabelText('Ask each speaker’s gender (self-described)'));
    expect(floor()).toMatchObject({ questionMinutes: 1.5, roundSize: 3, askGender: true });
    expect(floor()).not.toHaveProperty('answerMinutes');
    await user.type(screen.getByLabelText('Questions per round before the panel answers'), '.5');
    expect(screen.getByText(/expected a whole number, found 3\.5/)).toBeInTheDocument();
  });

  it('undoes and redoes edits', async () => {
    const user = userEvent.setup();
    const { drafts } = renderPlan(SEED_AGENDA);
    await user.click(screen.getByRole('button', { name: 'Remove Jean Munro' }));
    expect(screen.queryAllByDisplayValue('Jean Munro')).toHaveLength(0);
    expect(fit()).toHaveTextContent('9:00 spare');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getAllByDisplayValue('Jean Munro').length).toBeGreaterThan(1);
    expect(fit()).toHaveTextContent('0:00 spare');
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(screen.queryAllByDisplayValue('Jean Munro')).toHaveLength(0);
    expect(drafts.getState().past).toHaveLength(1);
  });

  it('reorders turns with the buttons and with Alt+Arrow keys', async () => {
    const user = userEvent.setup();
    const { drafts } = renderPlan(SEED_AGENDA);
    const speakers = () => drafts.getState().draft.segments[2]!.turns!.map((t) => t.speaker);
    expect(speakers()).toEqual(['diop', 'arunatilaka', 'munro']);
    await user.click(screen.getByRole('button', { name: 'Move turn 1 of segment 3 down' }));
    expect(speakers()).toEqual(['arunatilaka', 'diop', 'munro']);
    const select = screen.getByRole('combobox', { name: 'Speaker, turn 3 of segment 3' });
    select.focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(speakers()).toEqual(['arunatilaka', 'munro', 'diop']);
  });

  it('keeps the focus on a turn moved with Alt+Arrow keys, and moves it into a row just added', async () => {
    const user = userEvent.setup();
    const { drafts } = renderPlan(SEED_AGENDA);
    screen.getByRole('combobox', { name: 'Speaker, turn 3 of segment 3' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByRole('combobox', { name: 'Speaker, turn 2 of segment 3' })).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByRole('combobox', { name: 'Speaker, turn 1 of segment 3' })).toHaveFocus();
    expect(drafts.getState().draft.segments[2]!.turns!.map((t) => t.speaker)).toEqual(['munro', 'diop', 'arunatilaka']);
    // At the top already: nothing moves, and undo gets no empty step.
    const steps = drafts.getState().past.length;
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(drafts.getState().past).toHaveLength(steps);
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(
      within(screen.getByRole('region', { name: 'People' }))
        .getAllByLabelText('Name')
        .at(-1),
    ).toHaveFocus();
  });

  it('undoes with Ctrl+Z when nothing is focused', async () => {
    const user = userEvent.setup();
    const { drafts } = renderPlan(SEED_AGENDA);
    await user.click(screen.getByRole('button', { name: 'Remove Jean Munro' }));
    (document.activeElement as HTMLElement).blur();
    await user.keyboard('{Control>}z{/Control}');
    expect(drafts.getState().draft).toBe(SEED_AGENDA);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(drafts.getState().draft.people.map((p) => p.id)).not.toContain('munro');
  });

  it('moves a segment by drag and drop, and a turn only within its own segment', () => {
    const { drafts } = renderPlan(SEED_AGENDA);
    const dataTransfer = { effectAllowed: '', setData: () => {} };
    const drag = (from: Element, to: Element) => {
      fireEvent.dragStart(from, { dataTransfer });
      fireEvent.dragOver(to, { dataTransfer });
      fireEvent.drop(to, { dataTransfer });
      fireEvent.dragEnd(from, { dataTransfer });
    };
    const row = (name: string) => screen.getByRole('combobox', { name }).closest('li')!;
    const segmentIds = () => drafts.getState().draft.segments.map((s) => s.id);
    const before = segmentIds();
    const turnsOf = (i: number) => drafts.getState().draft.segments[i]!.turns!.map((t) => t.speaker);

    // A turn dropped on a turn of another segment stays where it was.
    const [second, third] = [turnsOf(1), turnsOf(2)];
    drag(row('Speaker, turn 1 of segment 3'), row('Speaker, turn 2 of segment 2'));
    expect([turnsOf(1), turnsOf(2)]).toEqual([second, third]);

    drag(row('Speaker, turn 1 of segment 3'), row('Speaker, turn 3 of segment 3'));
    expect(turnsOf(2)).toEqual([third[1], third[2], third[0]]);

    const segment = (i: number) => screen.getAllByLabelText('Segment title')[i]!.closest('li')!;
    drag(segment(2), segment(0));
    expect(segmentIds()).toEqual([before[2], before[0], before[1], ...before.slice(3)]);
  });

  it('lists the planned clock time of every turn', () => {
    renderPlan(SEED_AGENDA);
    const segments = screen.getByRole('region', { name: 'Segments and turns' });
    for (const time of ['17:00', '17:05', '17:11', '17:17', '17:21', '17:25', '17:29', '17:34', '17:38', '17:57']) {
      expect(within(segments).getAllByText(time).length).toBeGreaterThan(0);
    }
  });
});
