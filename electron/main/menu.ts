import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { UpdateMenuActions } from './update-menu.ts';

/**
 * The application menu. Nothing in it navigates (no Back, Forward or Home):
 * the private hand-around must not be left but through the facilitator's
 * confirmation, and only the renderer can ask for it. Reload is harmless:
 * the renderer comes back to the hand-around (it keeps that in local
 * storage), and so does the app when it is closed and opened again. The only
 * click handlers are the Help menu's update items, which open dialogs.
 * DevTools are offered only in development, never in a packaged app.
 */
export function applicationMenuTemplate(isDevelopment: boolean, isMac: boolean, updates: UpdateMenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Check for Updates…', click: () => void updates.checkNow() },
      {
        label: 'Allow Update Checks (Reveals Your IP Address to the Update Host)',
        type: 'checkbox',
        checked: updates.checksAllowed(),
        click: () => void updates.toggleChecks(),
      },
    ],
  };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), { role: 'fileMenu' }, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}

export function installApplicationMenu(isDevelopment: boolean, updates: UpdateMenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(isDevelopment, process.platform === 'darwin', updates)));
}
