import { describe, expect, it, vi } from 'vitest';

// The main process as it starts, against a stand-in for Electron: its windows
// are opened the way the app opens them (the main window at ready, the
// participant display through its IPC handler), then the system locks.

interface FakeWindow {
  title: string;
  destroyed: boolean;
  webContents: { send: ReturnType<typeof vi.fn>; isDestroyed: () => boolean; on: () => void };
  close(): void;
}

const electron = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class BrowserWindow extends EventEmitter implements FakeWindow {
    static getAllWindows = () => electron.windows.filter((window) => !window.destroyed);
    static fromWebContents = () => null;
    title: string;
    destroyed = false;
    webContents = {
      // Like Electron's: sending to a destroyed page throws.
      send: vi.fn(() => {
        if (this.destroyed) throw new TypeError('Object has been destroyed');
      }),
      isDestroyed: () => this.destroyed,
      on: () => undefined,
    };
    constructor(options: { title: string }) {
      super();
      this.title = options.title;
      electron.windows.push(this);
    }
    loadURL = () => Promise.resolve();
    isDestroyed = () => this.destroyed;
    isMinimized = () => false;
    focus = () => undefined;
    show = () => undefined;
    close() {
      this.destroyed = true;
      this.emit('closed');
    }
  }
  const area = { x: 0, y: 0, width: 1920, height: 1080 };
  return {
    app: {
      isPackaged: true,
      getPath: () => '/nonexistent/user-data',
      setPath: () => undefined,
      requestSingleInstanceLock: () => true,
      quit: () => undefined,
      on: () => undefined,
      whenReady: () => Promise.resolve(),
      getName: () => 'Common Ground',
      getVersion: () => '9.9.9',
      getPreferredSystemLanguages: () => ['en-US'],
      name: 'Common Ground',
    },
    BrowserWindow,
    powerMonitor: new EventEmitter(),
    session: {
      defaultSession: {
        setSpellCheckerEnabled: () => undefined,
        setSpellCheckerLanguages: () => undefined,
        setSpellCheckerDictionaryDownloadURL: () => undefined,
      },
    },
    screen: { getPrimaryDisplay: () => ({ id: 1, workArea: area }), getAllDisplays: () => [{ id: 1, workArea: area }] },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => electron.ipcHandlers.set(channel, handler),
    },
    dialog: {},
    shell: {},
    clipboard: {},
  };
});
vi.mock('../../../electron/main/app-protocol.ts', () => ({
  registerAppSchemeAsPrivileged: () => undefined,
  serveRendererFromAppScheme: () => undefined,
}));
vi.mock('../../../electron/main/navigation-guard.ts', () => ({ confineToApp: () => undefined, restrictPermissions: () => undefined }));
vi.mock('../../../electron/main/menu.ts', () => ({ installApplicationMenu: () => undefined }));
vi.mock('../../../electron/main/profile-wipe.ts', () => ({ wipeProfileIfMarked: () => false, markProfileForWipe: () => undefined }));

const { powerMonitor } = await import('electron');
const { IPC_CHANNELS } = await import('../../../electron/ipc/names.ts');
await import('../../../electron/main/index.ts');
await new Promise((resolve) => setTimeout(resolve, 0));

const appFrame = { senderFrame: { url: 'app://common-ground/index.html', parent: null }, sender: {} };
const byTitle = (title: string) => electron.windows.find((window) => window.title === title)!;

describe('lock signal in the running main process', () => {
  it('tells the facilitator’s window to lock on a screen lock and on sleep, and never the participant display', async () => {
    await electron.ipcHandlers.get(IPC_CHANNELS.openParticipantDisplay)!(appFrame, 'session-1');
    const main = byTitle('Common Ground');
    const display = byTitle('Common Ground: participant display');

    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');

    expect(main.webContents.send.mock.calls).toEqual([
      [IPC_CHANNELS.onLockRequested, 'os-lock'],
      [IPC_CHANNELS.onLockRequested, 'sleep'],
    ]);
    expect(display.webContents.send).not.toHaveBeenCalled();
  });

  it('skips the facilitator’s window without throwing while it is being destroyed, and once it is closed', () => {
    const main = byTitle('Common Ground');
    const display = byTitle('Common Ground: participant display');
    main.webContents.send.mockClear();

    // Destroyed, and its "closed" event not yet delivered: the app still holds it.
    main.destroyed = true;
    expect(() => powerMonitor.emit('lock-screen')).not.toThrow();
    main.close();
    expect(() => powerMonitor.emit('suspend')).not.toThrow();

    expect(main.webContents.send).not.toHaveBeenCalled();
    expect(display.webContents.send).not.toHaveBeenCalled();
  });
});
