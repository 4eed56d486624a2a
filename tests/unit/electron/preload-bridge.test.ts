import { describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => ({ name: '', api: {} as Record<string, (...args: unknown[]) => unknown>, invoke: vi.fn() }));

// Messages from the main process arrive as (event, ...args) on an EventEmitter, as on Electron's ipcRenderer.
const ipcRenderer = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  return new EventEmitter();
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: Record<string, (...args: unknown[]) => unknown>) => {
      exposed.name = name;
      exposed.api = api;
    },
  },
  ipcRenderer: Object.assign(ipcRenderer, { invoke: exposed.invoke }),
}));

await import('../../../electron/preload/index.ts');
const { BRIDGE_GLOBAL, IPC_CHANNELS } = await import('../../../electron/ipc/names.ts');

describe('preload bridge', () => {
  it('exposes one function per contract method and nothing else', () => {
    expect(exposed.name).toBe(BRIDGE_GLOBAL);
    expect(Object.keys(exposed.api).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
    for (const value of Object.values(exposed.api)) expect(typeof value).toBe('function');
  });

  it('does not hand out ipcRenderer or its methods', () => {
    for (const value of Object.values(exposed.api)) {
      for (const method of [exposed.invoke, ipcRenderer.on, ipcRenderer.removeListener]) expect(value).not.toBe(method);
      expect(Object.keys(value)).toEqual([]);
    }
  });

  it('forwards each call to its own channel', async () => {
    exposed.invoke.mockResolvedValue(true);
    await exposed.api['openExternalLink']!('https://example.org/');
    expect(exposed.invoke).toHaveBeenCalledWith(IPC_CHANNELS.openExternalLink, 'https://example.org/');
  });
});

describe('preload lock signal', () => {
  const onLockRequested = (listener: unknown) => exposed.api['onLockRequested']!(listener) as () => void;
  const event = { sender: ipcRenderer, senderId: 0, ports: [] };
  const fromMain = (...args: unknown[]) => ipcRenderer.emit(IPC_CHANNELS.onLockRequested, event, ...args);

  it('hands the page the reason alone, never the event', () => {
    const listener = vi.fn();
    const stop = onLockRequested(listener);

    fromMain('os-lock');
    fromMain('sleep');

    expect(listener.mock.calls).toEqual([['os-lock'], ['sleep']]);
    stop();
  });

  it.each([
    ['an unknown reason', ['shutdown']],
    ['a reason in other letters', ['OS-LOCK']],
    ['a number', [1]],
    ['an object', [{ toString: () => 'sleep' }]],
    ['no reason', []],
    ['a reason with more after it', ['sleep', { secret: true }]],
  ])('ignores %s', (_label, args) => {
    const listener = vi.fn();
    const stop = onLockRequested(listener);

    fromMain(...args);

    expect(listener).not.toHaveBeenCalled();
    stop();
  });

  it('stops delivering once unsubscribed, and removes only that listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = onLockRequested(first);
    const stopSecond = onLockRequested(second);

    stopFirst();
    fromMain('os-lock');

    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('os-lock');
    stopSecond();
    expect(ipcRenderer.listenerCount(IPC_CHANNELS.onLockRequested)).toBe(0);
  });

  it('refuses a listener that is not a function, and listens to nothing for it', () => {
    expect(() => onLockRequested('not a function')).toThrow(TypeError);
    expect(ipcRenderer.listenerCount(IPC_CHANNELS.onLockRequested)).toBe(0);
  });
});
