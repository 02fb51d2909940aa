import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The built page's Content-Security-Policy: no inline script, nothing from elsewhere but agendas fetched over https. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https:",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'run-of-show:csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head' },
    ],
  };
}

/**
 * Vite wraps every dynamic import in a preload helper (1.3 kB gzip on the first page) that fetches
 * the chunk's CSS and module preloads alongside. With module preloading off and the CSS in one
 * file, every list it is given is empty: the helper reduces to calling the import.
 */
function noPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'run-of-show:no-preload-helper',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === id || source === 'vite/preload-helper.js' ? id : null),
    load: (loaded) => (loaded === id ? 'export const __vitePreload = (load) => load();' : null),
    generateBundle(_, bundle) {
      // Should a lazy chunk ever bring CSS of its own, the real helper is needed again: say so.
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && !chunk.isEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0)
          this.error(`${chunk.fileName} imports CSS: remove noPreloadHelper() from vite.config.ts`);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    noPreloadHelper(),
    VitePWA({
      // We register the worker ourselves, after the first render, and never reload on our own.
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: 'Run of Show',
        short_name: 'Run of Show',
        description: 'Keeps a moderated panel on time.',
        start_url: '/',
        display: 'standalone',
        background_color: '#0e1116',
        theme_color: '#0e1116',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,webmanifest}'],
        navigateFallback: 'index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // No modulepreload polyfill or preload helper: every browser we serve supports module preloading, and the lazy chunks are tiny.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    // Everything the entry imports statically goes in the entry's one file. Left alone, rolldown
    // splits the modules a lazy chunk shares with the entry (plan, run, units, validate-agenda) into
    // chunks of their own: four more requests on the first page, each with its own gzip and module
    // wrapper, 1.4 kB gzip more in all. Lazy chunks then import what they share from the entry.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'] },
            { name: 'index', test: /^\0?rolldown.runtime/ },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    // A safety net, not a wait: tests wait for what they expect, and on a machine busy with other
    // work a component test driven by user-event can take longer than the default 5 s.
    testTimeout: 30_000,
    setupFiles: ['./tests/setup.ts'],
    // Unit tests run in plain Node (no DOM to build for each file); a unit test that needs a DOM or
    // localStorage says so with a `// @vitest-environment jsdom` line. Component tests run in jsdom.
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'component', environment: 'jsdom', include: ['tests/component/**/*.test.tsx'] } },
      { extends: true, test: { name: 'server', environment: 'node', include: ['tests/server/**/*.test.ts'] } },
    ],
  },
});
