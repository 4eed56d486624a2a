import { defineConfig, type Plugin } from 'vite';
import english from '../src/locales/en/handAround.json' with { type: 'json' };

// The phone page: a build of its own, apart from the app's renderer, served
// by the round server at /r/<round code>/ (npx vite build --config
// renderer/phone/vite.config.ts → out/phone/). Relative URLs throughout, so
// the page works under whatever round code it is served; every asset a
// file of its own, so the server's CSP (script-src, style-src 'self') holds.

/** The page's title until its script names it in the round's language: the English catalog's, the one place it is written. */
function pageTitle(): Plugin {
  return {
    name: 'common-ground:phone-title',
    transformIndexHtml: (html) => html.replace('%PHONE_PAGE_TITLE%', english.label),
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  envPrefix: [],
  plugins: [pageTitle()],
  build: {
    outDir: '../../out/phone',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Old phones too: syntax is lowered to ES2018, and the page uses nothing newer than Safari 12 (iOS 12)
    // and Chrome 69 have (Array.prototype.flatMap is the newest); AbortController is used only where it exists.
    target: ['es2018', 'safari12', 'chrome69', 'firefox62'],
    minify: true,
    // Inlined assets would need data: in the CSP.
    assetsInlineLimit: 0,
    // One script, nothing to preload, and no inline polyfill for the CSP to refuse.
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: { input: `${import.meta.dirname}/index.html` },
  },
});
