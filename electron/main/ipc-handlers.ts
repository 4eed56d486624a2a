import { app, dialog, ipcMain, shell, BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { toSafeExternalUrl } from '../../domain/links/external-url.ts';
import { IPC_CHANNELS, type AppInfo, type HostBridge, type HostPlatform } from '../ipc/contract.ts';
import type { AppOrigin } from './app-origin.ts';
import { isTrustedSender } from './trusted-sender.ts';

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused ${channel}: the message did not come from the app's own top frame.`);
  }
}

export class InvalidArgumentError extends Error {}

function hostPlatform(): HostPlatform {
  switch (process.platform) {
    case 'win32':
      return 'windows';
    case 'darwin':
      return 'macos';
    case 'linux':
      return 'linux';
    default:
      return 'other';
  }
}

type Handlers = { [K in keyof HostBridge]: (event: IpcMainInvokeEvent, ...args: unknown[]) => ReturnType<HostBridge[K]> };

const handlers: Handlers = {
  async getAppInfo(): Promise<AppInfo> {
    return { name: app.getName(), version: app.getVersion(), platform: hostPlatform(), shell: 'desktop' };
  },

  async openExternalLink(event, ...args) {
    if (args.length !== 1) throw new InvalidArgumentError('openExternalLink takes exactly one URL.');
    const url = toSafeExternalUrl(args[0]);
    if (url === null) throw new InvalidArgumentError('openExternalLink was given something that is not a web or mail link.');
    // The confirmation is shown by the main process, so a compromised page
    // cannot skip it.
    const parent = BrowserWindow.fromWebContents(event.sender);
    const options = {
      type: 'question' as const,
      buttons: ['Open in browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'Open this link in your web browser?',
      detail: `${url}\n\nIt leaves Common Ground; the site will know your address.`,
    };
    const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
    await shell.openExternal(url);
    return true;
  },
};

export function registerIpcHandlers(origin: AppOrigin): void {
  for (const name of Object.keys(IPC_CHANNELS) as (keyof HostBridge)[]) {
    const channel = IPC_CHANNELS[name];
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, origin)) throw new UntrustedSenderError(channel);
      return handlers[name](event, ...args);
    });
  }
}
