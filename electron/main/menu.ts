import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. Nothing in it navigates (no Back, Forward or Home):
 * the private hand-around must not be left but through the facilitator's
 * confirmation, and only the renderer can ask for it. Reload is harmless:
 * the renderer comes back to the hand-around (it keeps that in local
 * storage), and so does the app when it is closed and opened again.
 */
export function applicationMenuTemplate(isDevelopment: boolean, isMac: boolean): MenuItemConstructorOptions[] {
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
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), { role: 'fileMenu' }, { role: 'editMenu' }, view, { role: 'windowMenu' }];
}

export function installApplicationMenu(isDevelopment: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(isDevelopment, process.platform === 'darwin')));
}
