import type { HostBridge } from '../../../electron/ipc/contract.ts';
import { BRIDGE_GLOBAL, PHONE_ROUNDS_SECRET_META } from '../../../electron/ipc/names.ts';
import { createBrowserHost } from './browser-host.ts';
import { createElectronHost } from './electron-host.ts';
import type { Host } from './host.ts';

// The only place in the renderer that knows the desktop bridge exists.
export function selectHost(): Host {
  const bridge = (window as unknown as Record<string, HostBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) return createElectronHost(bridge);
  return createBrowserHost(
    {
      confirm: (message) => window.confirm(message),
      open: (url, target, features) => window.open(url, target, features),
      download: (name, content) => {
        const url = URL.createObjectURL(content);
        const link = Object.assign(document.createElement('a'), { href: url, download: name });
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      print: () => window.print(),
      writeClipboard: (text) => navigator.clipboard.writeText(text),
      platformHint: navigator.platform || navigator.userAgent,
      phoneRoundSecret: document.querySelector<HTMLMetaElement>(`meta[name="${PHONE_ROUNDS_SECRET_META}"]`)?.content ?? null,
      fetch: (input, init) => window.fetch(input, init),
    },
    __APP_VERSION__,
  );
}
