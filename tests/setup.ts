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
