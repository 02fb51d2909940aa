import { afterEach } from 'vitest';

// Component tests (jsdom, and unit tests that ask for it): the DOM matchers, and a clean DOM and
// storage after each test. Unit tests in plain Node load neither.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });
}

// jsdom has <dialog> but not showModal() or close() (jsdom issue #3294). Just enough of the
// browser's behaviour for our Dialog: open, focus on the first control, Esc fires a cancelable
// `cancel` and closes unless prevented. Inertness and the top layer are left to the browser tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
    this.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]')?.focus();
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener(
    'keydown',
    (event) => {
      const dialog = [...document.querySelectorAll('dialog[open]')].at(-1) as HTMLDialogElement | undefined;
      if (event.key !== 'Escape' || !dialog) return;
      if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
    },
    true,
  );
}

// The app loads the agenda validator before it checks an agenda (src/store/agenda-check.ts); unit
// and component tests drive the store directly, so it is loaded once for them here.
await (await import('../src/store/agenda-check')).loadAgendaCheck();
