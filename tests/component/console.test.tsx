import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { updateReady } from '../../src/platform/update-ready';
import { Console } from '../../src/features/console/Console';
import { setup } from './helpers';
import { useCountdownSeconds, useStatus } from '../../src/store/hooks';

const timer = (name: string) => screen.getByRole('timer', { name });
const speaker = () => screen.getByRole('region', { name: 'Current speaker' });

describe('Console', () => {
  it('opens on the seed panel ready to start, with a 60-minute session', () => {
    setup(<Console />);
    expect(timer('Turn time')).toHaveTextContent('5:00');
    expect(timer('Segment time')).toHaveTextContent('5:00');
    expect(timer('Session time')).toHaveTextContent('60:00');
    expect(speaker()).toHaveTextContent('Hana Salama');
    expect(speaker()).toHaveTextContent('Researcher, Gender and Disarmament Programme · UNIDIR');
    expect(screen.getByRole('button', { name: /^Start/ })).toBeEnabled();
  });

  it('counts the turn down from the press of Start and moves on with Next', async () => {
    const user = userEvent.setup();
    const { advance } = setup(<Console />);
    await user.click(screen.getByRole('button', { name: /^Start/ }));
    act(() => advance(61_000));
    expect(timer('Turn time')).toHaveTextContent('3:59');
    expect(timer('Session time')).toHaveTextContent('58:59');
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    expect(speaker()).toHaveTextContent('H.E. Himalee Arunatilaka');
    expect(timer('Turn time')).toHaveTextContent('6:00');
    expect(timer('Segment time')).toHaveTextContent('12:00');
    expect(screen.getByRole('region', { name: 'Question' })).toHaveTextContent('What concrete steps has your State taken');
  });

  it('shows the signal as a word at wrap-up, final and over time', async () => {
    const user = userEvent.setup();
    const { advance } = setup(<Console />);
    await user.keyboard(' ');
    act(() => advance(4 * 60_000));
    expect(speaker()).toHaveTextContent('Wrap up');
    act(() => advance(46_000));
    expect(speaker()).toHaveTextContent('Final seconds');
    act(() => advance(14_000));
    expect(timer('Turn time')).toHaveTextContent('0:00');
    act(() => advance(1_000));
    expect(timer('Turn time')).toHaveTextContent('+0:01');
    expect(speaker()).toHaveTextContent('Over time');
  });

  it('answers the keys: space pauses, + adds 30 seconds, Z undoes, N moves on', async () => {
    const user = userEvent.setup();
    const { advance } = setup(<Console />);
    await user.keyboard(' ');
    act(() => advance(10_000));
    await user.keyboard(' ');
    act(() => advance(30_000));
    expect(timer('Turn time')).toHaveTextContent('4:50');
    expect(screen.getByRole('button', { name: /^Resume/ })).toBeInTheDocument();
    await user.keyboard(' ');
    await user.keyboard('+');
    expect(timer('Turn time')).toHaveTextContent('5:20');
    await user.keyboard('z');
    expect(timer('Turn time')).toHaveTextContent('4:50');
    await user.keyboard('n');
    expect(speaker()).toHaveTextContent('Himalee Arunatilaka');
  });

  it('never fires a key while typing in a field', async () => {
    const user = userEvent.setup();
    setup(<Console />);
    await user.keyboard(' ');
    await user.keyboard('g');
    const minutes = await screen.findByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '3 n+z');
    expect(speaker()).toHaveTextContent('Hana Salama');
    expect(timer('Turn time')).toHaveTextContent('5:00');
  });

  it('gives the floor to someone now and returns to the queue after', async () => {
    const user = userEvent.setup();
    setup(<Console />);
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: /^Give the floor…/ }));
    await user.selectOptions(await screen.findByLabelText('Person'), 'H.E. Papa Maguèye Diop');
    await user.clear(screen.getByLabelText('Minutes'));
    await user.type(screen.getByLabelText('Minutes'), '1.5');
    await user.click(screen.getByRole('button', { name: 'Give the floor now' }));
    expect(speaker()).toHaveTextContent('H.E. Papa Maguèye Diop');
    expect(timer('Turn time')).toHaveTextContent('1:30');
    await user.keyboard('n');
    expect(speaker()).toHaveTextContent('Himalee Arunatilaka');
  });

  it('skips a queued turn from the queue', async () => {
    const user = userEvent.setup();
    setup(<Console />);
    const queue = screen.getByRole('region', { name: 'Up next' });
    const first = within(queue).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('H.E. Himalee Arunatilaka');
    await user.click(within(first).getByRole('button', { name: /^Skip/ }));
    expect(within(queue).getAllByRole('listitem')[0]).toHaveTextContent('H.E. Papa Maguèye Diop');
  });

  it('lists every key in the help overlay, opened with ? and closed with Escape', async () => {
    const user = userEvent.setup();
    setup(<Console />);
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const key of ['Space', 'N or →', 'Z or Ctrl+Z', '+', 'I', '?']) expect(within(dialog).getByText(key)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('re-renders a countdown only when its whole second changes, and the rest not at all', () => {
    const renders = { turn: 0, status: 0 };
    function TurnProbe() {
      renders.turn += 1;
      return <>{useCountdownSeconds('turn')}</>;
    }
    function StatusProbe() {
      renders.status += 1;
      return <>{useStatus()}</>;
    }
    const { store, advance } = setup(
      <>
        <TurnProbe />
        <StatusProbe />
      </>,
    );
    act(() => store.getState().actions.start());
    const after = { ...renders };
    // Ten ticks a quarter of a second apart: 2.5 s, so the turn's second changes twice.
    for (let i = 0; i < 10; i++) act(() => advance(250));
    expect(renders.turn - after.turn).toBe(2);
    expect(renders.status - after.status).toBe(0);
  });
});

describe('App', () => {
  it('keeps the loaded agenda and shows an alert when a file fails', async () => {
    const user = userEvent.setup();
    setup(<App />);
    const file = new File(['{"format":"run-of-show/agenda@1","title":"x"'], 'broken.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Load agenda'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load broken.json');
    expect(await screen.findByText(/not valid JSON/)).toBeInTheDocument();
    expect(speaker()).toHaveTextContent('Hana Salama');
  });

  it('shows Load agenda in its first render, and the update offer only once there is one', async () => {
    setup(<App />);
    expect(screen.getByLabelText('Load agenda')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reload to update' })).not.toBeInTheDocument();
    act(() => updateReady.offer(() => {}));
    expect(await screen.findByRole('button', { name: 'Reload to update' })).toBeInTheDocument();
  });
});

describe('Console, messages and control', () => {
  it('sends a preset message to the speaker with M and clears it with Escape', async () => {
    const user = userEvent.setup();
    const { store } = setup(<Console />);
    await user.keyboard(' ');
    await user.keyboard('m');
    const dialog = await screen.findByRole('dialog', { name: 'Message to the speaker' });
    await user.click(within(dialog).getByRole('button', { name: 'One minute' }));
    expect(screen.getByText('“One minute”')).toBeInTheDocument();
    expect(store.getState().log.at(-1)).toMatchObject({ type: 'messageSent', text: 'One minute' });
    await user.keyboard('{Escape}');
    expect(screen.queryByText('“One minute”')).not.toBeInTheDocument();
    expect(store.getState().log.at(-1)).toMatchObject({ type: 'messageCleared' });
  });

  it('sends free text with Enter', async () => {
    const user = userEvent.setup();
    const { store } = setup(<Console />);
    await user.keyboard('m');
    await user.type(await screen.findByRole('textbox', { name: 'Message' }), 'Mic check, Maguèye{Enter}');
    expect(store.getState().run.message).toBe('Mic check, Maguèye');
  });

  it('in a window that follows another, shows who is in control and changes nothing', async () => {
    const user = userEvent.setup();
    const onTakeOver = vi.fn();
    const { store } = setup(<Console onTakeOver={onTakeOver} />, { control: 'follower' });
    expect(screen.getByRole('status')).toHaveTextContent('Another window is in control of this run.');
    expect(screen.getByRole('button', { name: 'Start' })).toBeDisabled();
    await user.keyboard(' n');
    expect(store.getState().log).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Take over' }));
    expect(onTakeOver).toHaveBeenCalledOnce();
  });

  it('turns sound cues on and off with S, off by default', async () => {
    const user = userEvent.setup();
    setup(<Console />);
    expect(screen.getByRole('button', { name: 'Sound cues off' })).toHaveAttribute('aria-pressed', 'false');
    await user.keyboard('s');
    expect(screen.getByRole('button', { name: 'Sound cues on' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers a rebalance when a turn runs over, and R takes the time from the open floor', async () => {
    const user = userEvent.setup();
    const { advance } = setup(<Console />);
    await user.keyboard(' ');
    act(() => advance(7 * 60_000));
    const offer = await screen.findByRole('region', { name: /proposed fix/ });
    expect(offer).toHaveTextContent('Runs 2:00 over the hard end');
    expect(within(offer).getByRole('listitem')).toHaveTextContent('Questions from the floor 15:00 → 13:00');
    await user.keyboard('r');
    expect(screen.queryByRole('region', { name: /proposed fix/ })).not.toBeInTheDocument();
    const floor = within(screen.getByRole('region', { name: 'Up next' }))
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('The floor'))!;
    expect(floor).toHaveTextContent('13:00');
  });
});
