import { describe, expect, it, vi } from 'vitest';

const exposed = vi.hoisted(() => ({ name: '', api: {} as Record<string, (...args: unknown[]) => unknown>, invoke: vi.fn() }));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, api: Record<string, (...args: unknown[]) => unknown>) => {
      exposed.name = name;
      exposed.api = api;
    },
  },
  ipcRenderer: { invoke: exposed.invoke },
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
      expect(value).not.toBe(exposed.invoke);
      expect(Object.keys(value)).toEqual([]);
    }
  });

  it('forwards each call to its own channel', async () => {
    exposed.invoke.mockResolvedValue(true);
    await exposed.api['openExternalLink']!('https://example.org/');
    expect(exposed.invoke).toHaveBeenCalledWith(IPC_CHANNELS.openExternalLink, 'https://example.org/');
  });
});
