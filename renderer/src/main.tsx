import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { App, namespacesFor, preloadScreenFor } from './app/App.tsx';
import { localeOf, startI18n } from './i18n/i18n.ts';
import { loadContentIn } from './content/translated-content.ts';
import { setCurrentI18n } from './i18n/current.ts';
import { chooseLanguage, LANGUAGE_STORAGE_KEY } from './i18n/languages.ts';
import { routes } from './navigation/routes.ts';
import { storageAvailable } from './data/storage-available.ts';
import { quietReportedRejections, reportStorageError } from './data/storage-errors.ts';
import { HostProvider } from './host/host-context.tsx';
import { selectHost } from './host/select-host.ts';
import { keepFieldsOutOfSessionRestore } from './ui/no-form-restore.ts';
import './styles/global.css';

// Start on the sessions screen without a redirect, so the first screen is not
// treated as a navigation (which would move focus past the skip link).
if (window.location.hash === '' || window.location.hash === '#/') {
  window.history.replaceState(null, '', `#${routes.sessions}`);
}

// With no IndexedDB at all nothing can be kept: say so before anyone types,
// rather than when the first save fails. (The database itself opens on
// first use, in its own chunk, so the first screen does not wait for it.)
if (!storageAvailable()) {
  reportStorageError('keep your sessions', new Error('IndexedDB is not available in this browser.'));
}

// A storage failure is shown to the user once, where it happens; the console need not repeat it.
quietReportedRejections(window);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
keepFieldsOutOfSessionRestore(container);

function render(root: HTMLElement, i18n: I18n) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <HostProvider host={selectHost()}>
          <App />
        </HostProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

// The facilitator's language: their choice on this device, else the browser's.
const language = chooseLanguage(navigator.languages, globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null);
document.documentElement.lang = localeOf(language);
// The desktop app's menus and dialogs speak it too.
void selectHost().setUiLanguage(language);
const path = window.location.hash.slice(1);

// Render once the first screen's code is here, so it needs no loading state.
// Not a top-level await: that would make the bundler split the entry into
// many small chunks to avoid a cycle, slowing every start. If the code cannot
// be loaded now, render anyway: the screen retries and says so.
// In another language than English, the library's translations come too, so that no title shows in English first.
void Promise.all([
  startI18n(language, namespacesFor(path)),
  preloadScreenFor(path).catch(() => undefined),
  loadContentIn(localeOf(language)).catch(() => null),
]).then(([i18n]) => {
  setCurrentI18n(i18n);
  render(container, i18n);
});
