import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => ({ options: [] as Record<string, unknown>[], loaded: [] as string[] }));

vi.mock('electron', () => ({
  // The windows of a packaged app, as facilitators run it.
  app: { isPackaged: true },
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    getAllDisplays: () => [
      { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } },
      { id: 2, workArea: { x: 1920, y: 0, width: 1280, height: 720 } },
    ],
  },
  BrowserWindow: class {
    webContents = { on() {} };
    constructor(options: Record<string, unknown>) {
      created.options.push(options);
    }
    on() {}
    isDestroyed() {
      return false;
    }
    focus() {}
    loadURL(url: string) {
      created.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

const { openParticipantDisplay } = await import('../../../electron/main/participant-display.ts');
const { secureWebPreferences } = await import('../../../electron/main/secure-web-preferences.ts');

describe('participant display window', () => {
  it('opens full screen on the second display, with the same secure preferences as the main window, at the display route', () => {
    openParticipantDisplay('/app/out/preload/index.cjs', 'app://common-ground/index.html', 'session-1');
    expect(created.options[0]).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true });
    expect(created.options[0]?.['webPreferences']).toEqual(secureWebPreferences('/app/out/preload/index.cjs'));
    expect(created.loaded[0]).toBe('app://common-ground/index.html#/display/session-1');
  });

  it('reuses the open display window for another session', () => {
    openParticipantDisplay('/app/out/preload/index.cjs', 'app://common-ground/index.html', 'session-2');
    expect(created.options).toHaveLength(1);
    expect(created.loaded[1]).toBe('app://common-ground/index.html#/display/session-2');
  });
});
