import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SEED_AGENDA } from '../../src/app/seed-agenda';
import type { Agenda } from '../../src/domain/agenda';
import { Console } from '../../src/features/console/Console';
import { setup } from './helpers';

/**
 * The seed panel's people with its Q&A block first: questions of 1:30 in rounds of three, each of
 * the three panelists answering a round in a minute, so a question costs about 2:30 of the block.
 */
function qaAgenda(minutes = 15, floor: Record<string, unknown> = {}): Agenda {
  return {
    ...SEED_AGENDA,
    segments: [
      { id: 'floor', title: 'Questions from the floor', minutes, questionMinutes: 1.5, answerMinutes: 1, roundSize: 3, ...floor },
      { id: 'closing', title: 'Closing remarks', turns: [{ speaker: 'salama', minutes: 3 }] },
    ],
  } as Agenda;
}

const region = () => screen.getByRole('region', { name: 'List of speakers' });
const inList = () => within(region());
const speaker = () => screen.getByRole('region', { name: 'Current speaker' });
/** The waiting names, in call order. */
const waitingNames = () =>
  within(inList().getByRole('list'))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.floor-entry-name')?.textContent);

async function start(minutes?: number, floor?: Record<string, unknown>) {
  const user = userEvent.setup();
  const view = setup(<Console />, { agenda: qaAgenda(minutes, floor) });
  // The list is a chunk of its own: on a busy machine its first import takes a while.
  await screen.findByRole('region', { name: 'List of speakers' }, { timeout: 10_000 });
  return { user, ...view };
}

async function add(user: ReturnType<typeof userEvent.setup>, name: string, delegation = '') {
  await user.click(inList().getByLabelText('Name'));
  await user.keyboard(name);
  if (delegation) {
    await user.click(inList().getByLabelText('Delegation or organisation'));
    await user.keyboard(delegation);
  }
  await user.keyboard('{Enter}');
}

describe('FloorList', () => {
  it('before its block, with no one waiting, is only its form, so the queue keeps its room', async () => {
    const { user } = await start();
    expect(inList().getByLabelText('Name')).toBeInTheDocument();
    expect(inList().queryByRole('button', { name: /Give the floor to the next/ })).toBeNull();
    expect(inList().queryByRole('button', { name: 'Close the list' })).toBeNull();
    await add(user, 'Ana Pérez');
    expect(inList().getByRole('button', { name: /Give the floor to the next/ })).toBeDisabled();
    expect(inList().getByRole('button', { name: 'Close the list' })).toBeInTheDocument();
  });

  it('adds a request by name with Enter, clears the form and returns to Name', async () => {
    const { user } = await start();
    expect(inList().getByText('0 waiting')).toBeInTheDocument();
    await add(user, 'Ana Pérez', 'Chile');
    expect(inList().getByText('1 waiting')).toBeInTheDocument();
    expect(inList().getByText('Next: Ana Pérez (Chile)')).toBeInTheDocument();
    expect(inList().getByLabelText('Name')).toHaveValue('');
    expect(inList().getByLabelText('Delegation or organisation')).toHaveValue('');
    expect(inList().getByLabelText('Name')).toHaveFocus();
    await user.keyboard('Li Wei{Enter}');
    expect(waitingNames()).toEqual(['Ana Pérez (Chile)', 'Li Wei']);
    // No gender asked unless the agenda asks.
    expect(inList().queryByLabelText('Gender (self-described)')).toBeNull();
  });

  it('offers the agenda’s people and names already on the list', async () => {
    const { user } = await start();
    await add(user, 'Ana Pérez');
    const options = [...document.querySelectorAll(`datalist#${inList().getByLabelText('Name').getAttribute('list')} option`)].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(options).toEqual(expect.arrayContaining(['Hana Salama', 'Jean Munro', 'Ana Pérez']));
  });

  it('asks gender where the agenda asks for it', async () => {
    const { user, store } = await start(15, { askGender: true });
    await user.type(inList().getByLabelText('Name'), 'Ana Pérez');
    await user.selectOptions(inList().getByLabelText('Gender (self-described)'), 'Woman');
    await user.click(inList().getByRole('button', { name: 'Add to the list' }));
    const entries = Object.values(store.getState().run.floor.floor!.entries);
    expect(entries.map((e) => e.gender)).toEqual(['woman']);
  });

  it('gives the floor to the next with L, by name and delegation, and puts those who have not spoken first', async () => {
    const { user } = await start();
    await add(user, 'Ana Pérez', 'Chile');
    await add(user, 'Li Wei', 'China');
    // A name already on the list brings its delegation.
    await user.type(inList().getByLabelText('Name'), 'Ana Pérez');
    expect(inList().getByLabelText('Delegation or organisation')).toHaveAttribute('placeholder', 'Chile');
    await user.keyboard('{Enter}');
    await add(user, 'Sara Haddad');
    const give = inList().getByRole('button', { name: /^Give the floor to the next on the list/ });
    expect(give).toHaveAttribute('aria-keyshortcuts', 'L');
    // Before the block holds the floor, no one can be given it.
    expect(give).toBeDisabled();
    await user.click(document.body);
    await user.keyboard(' ');
    expect(give).toBeEnabled();
    await user.keyboard('l');
    expect(within(speaker()).getByText('Ana Pérez')).toBeInTheDocument();
    expect(within(speaker()).getByText('Chile')).toBeInTheDocument();
    expect(waitingNames()).toEqual(['Li Wei (China)', 'Ana Pérez (Chile)', 'Sara Haddad']);
    expect(inList().getByText('has spoken')).toBeInTheDocument();
    await user.click(inList().getByLabelText('Those who have not spoken first'));
    expect(waitingNames()).toEqual(['Li Wei (China)', 'Sara Haddad', 'Ana Pérez (Chile)']);
    await user.keyboard('L');
    expect(within(speaker()).getByText('Li Wei')).toBeInTheDocument();
    expect(inList().getByText('Next: Sara Haddad')).toBeInTheDocument();
  });

  it('does not give the floor while typing L in a field', async () => {
    const { user, store } = await start();
    await add(user, 'Ana Pérez');
    await user.click(document.body);
    await user.keyboard(' ');
    await user.click(inList().getByLabelText('Name'));
    await user.keyboard('L');
    expect(inList().getByLabelText('Name')).toHaveValue('L');
    expect(Object.values(store.getState().run.floor.floor!.entries)[0]!.status).toBe('waiting');
  });

  it('moves, withdraws and removes requests', async () => {
    const { user, store } = await start();
    await add(user, 'Ana Pérez');
    await add(user, 'Li Wei');
    await add(user, 'Sara Haddad');
    await user.click(inList().getByRole('button', { name: 'Move Sara Haddad up' }));
    expect(waitingNames()).toEqual(['Ana Pérez', 'Sara Haddad', 'Li Wei']);
    await user.click(inList().getByRole('button', { name: 'Move Ana Pérez down' }));
    expect(waitingNames()).toEqual(['Sara Haddad', 'Ana Pérez', 'Li Wei']);
    await user.click(inList().getByRole('button', { name: 'Withdraw Ana Pérez' }));
    expect(waitingNames()).toEqual(['Sara Haddad', 'Li Wei']);
    await user.click(inList().getByRole('button', { name: 'Remove Li Wei' }));
    expect(waitingNames()).toEqual(['Sara Haddad']);
    expect(inList().getByText('1 waiting')).toBeInTheDocument();
    const entries = Object.values(store.getState().run.floor.floor!.entries);
    // Withdrawn stays on the record; removed is gone.
    expect(entries.map((e) => [e.name, e.status])).toEqual([
      ['Ana Pérez', 'withdrawn'],
      ['Sara Haddad', 'waiting'],
    ]);
  });

  it('closes the list and says when, in the venue’s time', async () => {
    const { user } = await start();
    await add(user, 'Ana Pérez');
    await user.click(inList().getByRole('button', { name: 'Close the list' }));
    // The test clock starts at 09:00 UTC: 10:00 in Geneva.
    expect(inList().getByText('List closed at 10:00')).toBeInTheDocument();
    expect(inList().queryByLabelText('Name')).toBeNull();
    expect(inList().queryByRole('button', { name: 'Close the list' })).toBeNull();
    expect(inList().getByText('1 waiting')).toBeInTheDocument();
  });

  it('warns, in words, when the block cannot fit everyone waiting', async () => {
    // Five minutes at about 2:30 a question: time for about 2.
    const { user, advance } = await start(5);
    await add(user, 'Ana Pérez');
    await add(user, 'Li Wei');
    await user.click(document.body);
    await user.keyboard(' ');
    expect(inList().queryByText(/time for about/)).toBeNull();
    await add(user, 'Sara Haddad');
    expect(inList().getByRole('status')).toHaveTextContent('3 waiting, time for about 2');
    act(() => advance(60_000));
    expect(inList().getByRole('status')).toHaveTextContent('3 waiting, time for about 1');
  });

  it('shows the round and offers the panel’s answers once three questions are taken', async () => {
    const { user, advance } = await start();
    for (const name of ['Ana Pérez', 'Li Wei', 'Sara Haddad', 'Tomás Ruiz']) await add(user, name);
    await user.click(document.body);
    await user.keyboard(' ');
    expect(inList().getByText('Round 1: 0 of 3 questions taken')).toBeInTheDocument();
    for (let i = 0; i < 3; i++) {
      expect(inList().queryByRole('button', { name: 'The panel answers' })).toBeNull();
      await user.keyboard('L');
      act(() => advance(60_000));
    }
    expect(inList().getByText('Round 1: 3 of 3 questions taken')).toBeInTheDocument();
    await user.click(inList().getByRole('button', { name: 'The panel answers' }));
    // The first panelist answers at once; the round moves on.
    expect(within(speaker()).getByText('Jean Munro')).toBeInTheDocument();
    expect(inList().getByText('Round 2: 0 of 3 questions taken')).toBeInTheDocument();
    expect(inList().getByText('Next: Tomás Ruiz')).toBeInTheDocument();
  });

  it('says questions are taken one by one when the round is of one', async () => {
    const { user } = await start(15, { roundSize: 1 });
    await user.keyboard(' ');
    expect(inList().getByText('Questions one by one')).toBeInTheDocument();
  });

  it('is not shown once no open block is left', async () => {
    const user = userEvent.setup();
    setup(<Console />, {
      agenda: { ...SEED_AGENDA, segments: SEED_AGENDA.segments.filter((s) => s.id === 'opening') } as Agenda,
    });
    await user.keyboard(' ');
    expect(screen.queryByRole('region', { name: 'List of speakers' })).toBeNull();
  });
});
