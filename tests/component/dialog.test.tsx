import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { Dialog } from '../../src/ui/Dialog';

function setup() {
  const onClose = vi.fn();
  const windowKeys = vi.fn();
  function Page() {
    const [open, setOpen] = useState(false);
    const close = () => {
      onClose();
      setOpen(false);
    };
    return (
      <>
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
        {open && (
          <Dialog title="Give the floor" onClose={close}>
            <label>
              Minutes <input type="number" />
            </label>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </Dialog>
        )}
      </>
    );
  }
  window.addEventListener('keydown', windowKeys);
  onTestFinished(() => window.removeEventListener('keydown', windowKeys));
  const view = render(<Page />);
  return { ...view, onClose, windowKeys, user: userEvent.setup() };
}

describe('Dialog', () => {
  it('opens modal, named by its title, with the focus on its first control', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Give the floor' });
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByLabelText('Minutes')).toHaveFocus();
  });

  it('closes on Esc, which the page behind never sees, and gives the focus back', async () => {
    const { user, onClose, windowKeys } = setup();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(windowKeys).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('closes on a press on the backdrop, not on one inside its box', async () => {
    const { user, onClose } = setup();
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog');
    // jsdom lays nothing out: the dialog's box is given here, as the browser would place it.
    dialog.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 100, width: 400, height: 300 });
    fireEvent.mouseDown(dialog, { clientX: 120, clientY: 110 });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.mouseDown(dialog, { clientX: 20, clientY: 20 });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
