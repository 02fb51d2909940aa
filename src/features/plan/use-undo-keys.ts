import { useEffect } from 'react';
import type { DraftStore } from '../../store/draft-store';

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere on the page, also when the focus has fallen back to the
 * body (a button that just became disabled); a field keeps its own undo while typing.
 */
export function useUndoKeys(drafts: DraftStore): void {
  useEffect(() => {
    const onKeys = (event: KeyboardEvent) => {
      const typing =
        event.target instanceof HTMLInputElement ||
        event.target instanceof HTMLTextAreaElement ||
        event.target instanceof HTMLSelectElement;
      const key = event.key.toLowerCase();
      if (typing || event.altKey || !(event.ctrlKey || event.metaKey) || (key !== 'z' && key !== 'y')) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) drafts.getState().redo();
      else drafts.getState().undo();
    };
    document.addEventListener('keydown', onKeys);
    return () => document.removeEventListener('keydown', onKeys);
  }, [drafts]);
}
