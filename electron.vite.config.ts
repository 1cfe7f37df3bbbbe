import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src-main/web/csp';

/** The renderer's CSP meta tag comes from the same constant the servers send as a header. */
function cspMeta(): Plugin {
  return {
    name: 'repaso-csp',
    transformIndexHtml: (html) => html.replace('%REPASO_CSP%', CONTENT_SECURITY_POLICY),
  };
}

export default defineConfig({
  main: {
    build: {
      // better-sqlite3 stays external (native); everything else of ours is bundled.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src-main/app/main.ts'),
          // Browser mode is built beside the Electron main so both run the same compiled handlers.
          web: resolve(__dirname, 'src-main/web/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require packages: bundle the contract (and zod) into it.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    build: {
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
      },
    },
    plugins: [svelte({ configFile: resolve(__dirname, 'svelte.config.mjs') }), cspMeta()],
  },
});
