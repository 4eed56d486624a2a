import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => ({ options: null as null | Record<string, unknown>, loaded: '' }));

vi.mock('electron', () => ({
  // The windows of a packaged app, as facilitators run it.
  app: { isPackaged: true },
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.options = options;
    }
    once() {}
    loadURL(url: string) {
      created.loaded = url;
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('../../../electron/main/main-window.ts');

describe('main window', () => {
  it('follows Electron’s security checklist', () => {
    createMainWindow('/app/out/preload/index.cjs', 'app://common-ground/index.html');
    expect(created.options?.['webPreferences']).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
      // No DevTools in a packaged app, where the page's data could be read or changed by hand; no spellchecker.
      devTools: false,
      spellcheck: false,
    });
    expect(created.loaded).toBe('app://common-ground/index.html');
  });
});
