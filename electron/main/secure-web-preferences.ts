import type { WebPreferences } from 'electron';
import path from 'node:path';

/**
 * The one set of web preferences every app window uses, following
 * Electron's security checklist: isolated, sandboxed, no Node, web security
 * on, no webviews. Windows must not set their own.
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
  };
}
