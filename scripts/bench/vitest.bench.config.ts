// The benchmark's own vitest run: jsdom re-render counting and domain timings. Not part of `npm test`.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  test: {
    root,
    environment: 'jsdom',
    globals: false,
    include: ['scripts/bench/*.bench-test.mjs'],
    setupFiles: ['scripts/bench/devtools-hook.mjs'],
    // Timings must not share the two cores with another test file.
    fileParallelism: false,
    testTimeout: 120_000,
    reporters: ['default'],
  },
});
