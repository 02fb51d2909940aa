import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal dialog on the browser's own `<dialog>`: `showModal()` puts it in the top layer, makes
 * the page behind it inert (focus and clicks stay in), moves focus to its first control and turns
 * Esc into a `cancel` event. Closing is always the owner's choice (`onClose` unmounts it), so the
 * browser never closes it behind React's back. Focus returns where it was.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // Esc is the dialog's: the console's keys (Esc clears the speaker's message) never see it.
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.stopPropagation();
      }}
      onMouseDown={(e) => {
        if (e.target === e.currentTarget && outside(e.currentTarget, e.clientX, e.clientY)) onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** A press on the backdrop reaches the dialog element itself, at a point outside its box (its padding and scroll bar are inside). */
function outside(dialog: HTMLElement, x: number, y: number): boolean {
  const box = dialog.getBoundingClientRect();
  return x < box.left || x > box.right || y < box.top || y > box.bottom;
}
