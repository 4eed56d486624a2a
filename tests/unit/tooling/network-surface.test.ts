import { describe, expect, it } from 'vitest';
import { ELECTRON_NETWORK_EXPORTS, NETWORK_MODULES, NETWORK_NAMES, networkApisIn, networkSurface } from '../../support/network-surface.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

// "Everything stays on the device" (README): every place in the app's code and its tooling that
// could reach a network, each with the reason it is there. A new one fails this test until it is
// added here with its reason; one that is gone fails it too, so the list stays the truth.

const SCANNED_FOLDERS = ['electron', 'renderer', 'domain', 'scripts'] as const;

const KNOWN_PLACES: Record<string, string> = {
  // The desktop app's main process.
  'electron/main/app-protocol.ts electron.net':
    'app:// serves the renderer from the app’s own files (net.fetch of a file: URL), nothing remote',
  'electron/main/app-protocol.ts fetch': 'the same net.fetch of a file: URL inside the app',
  'electron/main/ipc-handlers.ts electron.shell': 'shell.openExternal, below',
  'electron/main/ipc-handlers.ts openExternal':
    'a link the facilitator clicked opens in their own browser, after they confirm, http(s) and mailto only (external-url.ts)',
  'electron/main/main-window.ts loadURL':
    'the main window loads app://common-ground (or the dev server in development only: build-mode.ts)',
  'electron/main/participant-display.ts loadURL': 'the participant display loads the same app:// page',
  'electron/main/no-phone-home.ts setSpellCheckerDictionaryDownloadURL':
    'points Chromium’s dictionary downloads at a closed loopback port, so none leaves the computer',
  // The phone round: a listener on the room's network, only while the facilitator runs a round on phones.
  'electron/round-server/round-server.ts import http':
    'the round server, a node:http listener on the one local address the facilitator picks',
  'electron/round-server/round-server.ts createServer': 'the same round server',
  'renderer/phone/browser-link.ts fetch': 'the phone page talks to the round server that served it (same origin)',
  'renderer/phone/browser-link.ts EventSource': 'the phone page’s state stream from the same round server',
  // The renderer in web mode (a browser tab on localhost).
  'renderer/src/host/select-host.ts fetch': 'web mode hands the browser’s fetch to its host, for the loopback round server of npm run web',
  'renderer/src/host/browser-host.ts fetch': 'web mode’s phone rounds: requests to the same-origin dev round server only',
  'renderer/src/host/select-host.ts window.open':
    'web mode: the participant display as a popup of the same page, and links the user confirmed in a new tab',
  // Developer tooling, never shipped in the packaged app.
  'renderer/phone/vite.config.ts import vite': 'the phone page’s build configuration (defineConfig); it starts no server',
  'scripts/serve-web.ts import vite': 'npm run web: Vite’s preview server on loopback',
  'scripts/serve-web.ts import child_process': 'npm run web builds the app first',
  'scripts/build-phone-page.ts import child_process': 'runs Vite to build the phone page',
  'scripts/electron-runtime.ts import child_process':
    'runs Electron’s own installer, which downloads the Electron runtime (npm install, npm start)',
  'scripts/start-desktop.ts import child_process': 'npm start runs electron-vite',
  'scripts/package-desktop.ts import child_process': 'npm run package runs electron-vite',
  'scripts/package-desktop.ts import electron-builder':
    'npm run package: electron-builder fetches the Electron release and its packaging tools; it publishes nothing (publish: null, --publish never)',
};

describe('places that could reach the network', () => {
  it('are found in code, whatever the form: imports, Electron’s modules, web and Node APIs', () => {
    const sample = `
      import http from 'node:http';
      import * as tls from 'tls';
      import { net, autoUpdater as updater, crashReporter, shell, app } from 'electron';
      import type { Socket } from 'node:net';
      export { connect } from 'node:net';
      const dns = await import('node:dns');
      const cp = require('child_process');
      fetch('/a'); navigator.sendBeacon('/b'); new WebSocket('ws://x'); new EventSource('/c');
      new XMLHttpRequest(); new RTCPeerConnection(); importScripts('x.js');
      shell.openExternal('https://x'); http.createServer(); net.createConnection(1);
      window.loadURL('x'); window.open('https://x'); session.setSpellCheckerDictionaryDownloadURL('x');
      import('electron-updater'); import('update-electron-app'); import('undici'); import('ws');
    `;
    expect([...networkApisIn('sample.ts', sample)].sort()).toEqual(
      [
        'import http',
        'import tls',
        'import net',
        'import dns',
        'import child_process',
        'import electron-updater',
        'import update-electron-app',
        'import undici',
        'import ws',
        'electron.net',
        'electron.autoUpdater',
        'electron.crashReporter',
        'electron.shell',
        'fetch',
        'sendBeacon',
        'WebSocket',
        'EventSource',
        'XMLHttpRequest',
        'RTCPeerConnection',
        'importScripts',
        'openExternal',
        'createServer',
        'createConnection',
        'loadURL',
        'window.open',
        'setSpellCheckerDictionaryDownloadURL',
      ].sort(),
    );
    expect(NETWORK_NAMES).toContain('fetch');
    expect(NETWORK_MODULES).toContain('electron-updater');
    expect(ELECTRON_NETWORK_EXPORTS).toEqual(expect.arrayContaining(['autoUpdater', 'crashReporter']));
  });

  it('are not found in comments, strings, type-only imports or names that merely contain one', () => {
    const sample = `
      // fetch('https://example.org') would phone home
      import type { AddressInfo } from 'node:net';
      import { type Session } from 'electron';
      const label = 'fetch from autoUpdater';
      function fetchElectronBinary() {}
      let request: typeof fetch;
    `;
    expect([...networkApisIn('sample.ts', sample)]).toEqual([]);
  });

  it('in the app and its tooling are exactly the known ones, each with its reason', () => {
    const found = networkSurface(PROJECT_ROOT, SCANNED_FOLDERS);
    const unexplained = found.filter((place) => !(place in KNOWN_PLACES));
    const gone = Object.keys(KNOWN_PLACES).filter((place) => !found.includes(place));
    expect(unexplained, 'new places that could reach the network: add each to KNOWN_PLACES with its reason, or remove it').toEqual([]);
    expect(gone, 'places listed here that the code no longer has: remove them from KNOWN_PLACES').toEqual([]);
    // The scan reaches every folder: the round server's listener and the phone page's requests are among what it finds.
    expect(found).toEqual(
      expect.arrayContaining(['electron/round-server/round-server.ts createServer', 'renderer/phone/browser-link.ts fetch']),
    );
  });

  it('include no updater, crash reporter or telemetry anywhere', () => {
    const found = networkSurface(PROJECT_ROOT, SCANNED_FOLDERS);
    expect(found.filter((place) => /autoUpdater|crashReporter|electron-updater|update-electron-app|sendBeacon/.test(place))).toEqual([]);
  });
});
