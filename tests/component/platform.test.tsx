import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateBanner } from '../../src/app/UpdateBanner';
import { followTitle } from '../../src/app/wiring/title';
import { updateReady } from '../../src/platform/update-ready';
import { keepScreenAwake } from '../../src/platform/wake-lock';
import { setup } from './helpers';

describe('UpdateBanner', () => {
  it('waits while a run is live, and otherwise asks before reloading', async () => {
    const user = userEvent.setup();
    const { store, advance } = setup(<UpdateBanner />);
    store.getState().actions.start();
    const apply = vi.fn();
    act(() => updateReady.offer(apply));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    act(() => {
      advance(1000);
      store.getState().actions.end();
    });
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Run of Show is ready.');
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(apply).toHaveBeenCalledOnce();
  });
});

describe('followTitle', () => {
  it('puts the turn countdown and the speaker in the tab title while a run is live', () => {
    const { store, advance } = setup(<></>);
    const stop = followTitle(store, 'Run of Show');
    expect(document.title).toBe(`${store.getState().plan.title} · Run of Show`);
    act(() => {
      store.getState().actions.start();
      advance(65_000);
    });
    expect(document.title).toBe('3:55 · Hana Salama · Run of Show');
    stop();
  });
});

describe('keepScreenAwake', () => {
  it('does nothing, and throws nothing, where the Wake Lock API is missing', () => {
    expect('wakeLock' in navigator).toBe(false);
    expect(() => keepScreenAwake()()).not.toThrow();
  });

  it('takes the lock, and takes it again when the page comes back', async () => {
    const request = vi.fn(() => Promise.resolve({ release: () => Promise.resolve() }));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    const stop = keepScreenAwake();
    expect(request).toHaveBeenCalledWith('screen');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(request).toHaveBeenCalledTimes(2);
    stop();
    Reflect.deleteProperty(navigator, 'wakeLock');
  });
});
