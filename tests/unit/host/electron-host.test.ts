import { describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../../electron/ipc/contract.ts';
import { createElectronHost } from '../../../renderer/src/host/electron-host.ts';

describe('electron host', () => {
  it('subscribes the page’s own listener to the bridge’s lock signal and hands back the bridge’s unsubscribe', () => {
    const unsubscribe = vi.fn();
    const bridge = { onLockRequested: vi.fn(() => unsubscribe) } as unknown as HostBridge;
    const listener = vi.fn();

    const stop = createElectronHost(bridge).onLockRequested(listener);

    expect(bridge.onLockRequested).toHaveBeenCalledExactlyOnceWith(listener);
    stop();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});
