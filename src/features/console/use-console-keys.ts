import { useEffect } from 'react';
import type { ShowActions } from '../../store/show-state';

export interface ConsoleKeyHandlers {
  readonly actions: ShowActions;
  readonly toggleHelp: () => void;
  readonly openInsert: () => void;
  readonly openMessage: () => void;
  /** L: the floor to the next on the list of speakers. */
  readonly giveFloor: () => void;
  /** A dialog is open: keys belong to it. */
  readonly dialogOpen: boolean;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  // A checkbox takes no text: the keys still work with one focused (the list of speakers' option).
  if (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio')) return false;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** The console's keys. They never fire while typing in a field or inside a dialog (but `?` and Esc close it). */
export function useConsoleKeys({ actions, toggleHelp, openInsert, openMessage, giveFloor, dialogOpen }: ConsoleKeyHandlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.metaKey || isTyping(event.target)) return;
      const key = event.key;
      if (event.ctrlKey) {
        if (!dialogOpen && (key === 'z' || key === 'Z')) {
          event.preventDefault();
          actions.undo();
        }
        return;
      }
      if (dialogOpen) {
        if (key === '?') {
          event.preventDefault();
          toggleHelp();
        }
        return;
      }
      const run = (action: () => void) => {
        event.preventDefault();
        if (!event.repeat) action();
      };
      switch (key) {
        // Space always starts, pauses or resumes, even with a button focused: it must never press Next by accident.
        case ' ':
        case 'Spacebar':
          return run(actions.toggle);
        case 'n':
        case 'N':
        case 'ArrowRight':
          return run(actions.next);
        case 'i':
        case 'I':
          return run(actions.toggleInterjection);
        case '+':
        case '=':
          return run(() => actions.adjustTime(30));
        case '-':
        case '_':
        case '−':
          return run(() => actions.adjustTime(-30));
        case 'z':
        case 'Z':
          return run(actions.undo);
        case 'g':
        case 'G':
          return run(openInsert);
        case 'l':
        case 'L':
          return run(giveFloor);
        case 'r':
        case 'R':
          return run(actions.acceptRebalance);
        case 'm':
        case 'M':
          return run(openMessage);
        case 'Escape':
          return run(actions.clearMessage);
        case 's':
        case 'S':
          return run(actions.toggleSound);
        case '?':
          return run(toggleHelp);
        default:
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, toggleHelp, openInsert, openMessage, giveFloor, dialogOpen]);
}
