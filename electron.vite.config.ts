import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import path from 'node:path';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/content-security-policy.ts';
import { bootChunkGroup } from './scripts/boot-chunk.ts';
import { contentLibraryPlugin } from './scripts/content-plugin.ts';
import packageJson from './package.json' with { type: 'json' };

const root = import.meta.dirname;

// The production page carries the same CSP as the app:// handler sends, so
// the web mode is held to it as well. Vite's dev server needs inline scripts
// and styles for hot reload, so `npm run dev` gets no meta policy (the
// Electron shell still refuses navigation and remote windows there).
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'common-ground:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export const rendererConfig = {
  root: path.join(root, 'renderer'),
  plugins: [
    react(),
    // COMMON_GROUND_CONTENT_DIR lets a test build against deliberately broken content.
    contentLibraryPlugin({ contentDir: process.env['COMMON_GROUND_CONTENT_DIR'] ?? path.join(root, 'content'), projectRoot: root }),
    contentSecurityPolicyMeta(),
  ],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    outDir: path.join(root, 'out/renderer'),
    emptyOutDir: true,
    // electron-vite leaves the renderer unminified; the web mode ships it over HTTP.
    minify: true,
    // Inlined assets would need data: in script and style policies.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: path.join(root, 'renderer/index.html'),
      // The first screen's code as one request (scripts/boot-chunk.ts).
      output: { codeSplitting: { groups: [bootChunkGroup()] } },
    },
  },
};

export default defineConfig({
  main: {
    build: {
      outDir: path.join(root, 'out/main'),
      rolldownOptions: { input: path.join(root, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: path.join(root, 'out/preload'),
      // Sandboxed preloads cannot be ES modules.
      rolldownOptions: {
        input: path.join(root, 'electron/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
