import { app, type WebPreferences } from 'electron';
import path from 'node:path';
import { devToolsAllowed } from './build-mode.ts';

/**
 * The one set of web preferences every app window uses, following
 * Electron's security checklist: isolated, sandboxed, no Node, web security
 * on, no webviews; no spellchecker (no-phone-home.ts); DevTools only in
 * development. Windows must not set their own.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: path.resolve(preloadPath),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: devToolsAllowed(app.isPackaged),
  };
}
