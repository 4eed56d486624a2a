import type { HostBridge } from '../../../electron/ipc/contract.ts';

export type { AppInfo, HostPlatform } from '../../../electron/ipc/contract.ts';

/**
 * Everything the renderer asks of the machine it runs on. Features use this
 * and never look for Electron themselves; there is one implementation for
 * the desktop shell and one for a plain browser.
 */
export type Host = HostBridge;
