import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Translate } from './desktop-words.ts';
import type { UpdateMenuActions } from './update-menu.ts';

export interface MenuSettings {
  isDevelopment: boolean;
  /** process.platform: the menus differ on macOS, and Windows says "Exit" where others say "Quit". */
  platform: NodeJS.Platform;
  appName: string;
  updates: UpdateMenuActions;
  /** The facilitator's language's words (desktop-words.ts). */
  t: Translate;
}

/**
 * The application menu, as data. Nothing in it navigates (no Back, Forward or
 * Home): the private hand-around must not be left but through the
 * facilitator's confirmation, and only the renderer can ask for it. Reload is
 * harmless: the renderer comes back to the hand-around (it keeps that in
 * local storage), and so does the app when it is closed and opened again. The
 * only click handlers are the Help menu's update items, which open dialogs.
 * DevTools are offered only in development, never in a packaged app.
 *
 * Every item keeps Electron's role (so it does what the system's own does)
 * but is labelled from the catalog: Electron's default labels are English
 * only. The submenus are Electron's defaults for each role, spelled out.
 */
export function applicationMenuTemplate({ isDevelopment, platform, appName, updates, t }: MenuSettings): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const quit: MenuItemConstructorOptions = {
    role: 'quit',
    label: isMac ? t('menu.quitMac', { appName }) : platform === 'win32' ? t('menu.quitWindows') : t('menu.quit'),
  };
  const close: MenuItemConstructorOptions = { role: 'close', label: isMac ? t('menu.closeMac') : t('menu.close') };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: appName,
    submenu: [
      { role: 'about', label: t('menu.about', { appName }) },
      separator,
      { role: 'services', label: t('menu.services') },
      separator,
      { role: 'hide', label: t('menu.hide', { appName }) },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      separator,
      quit,
    ],
  };
  const file: MenuItemConstructorOptions = { role: 'fileMenu', label: t('menu.file'), submenu: [isMac ? close : quit] };
  const edit: MenuItemConstructorOptions = {
    role: 'editMenu',
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo') },
      { role: 'redo', label: t('menu.redo') },
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      ...(isMac
        ? [
            { role: 'pasteAndMatchStyle', label: t('menu.pasteAndMatchStyle') } as const,
            { role: 'delete', label: t('menu.delete') } as const,
            { role: 'selectAll', label: t('menu.selectAll') } as const,
            separator,
            {
              label: t('menu.substitutions'),
              submenu: [
                { role: 'showSubstitutions', label: t('menu.showSubstitutions') },
                separator,
                { role: 'toggleSmartQuotes', label: t('menu.smartQuotes') },
                { role: 'toggleSmartDashes', label: t('menu.smartDashes') },
                { role: 'toggleTextReplacement', label: t('menu.textReplacement') },
              ],
            } satisfies MenuItemConstructorOptions,
            {
              label: t('menu.speech'),
              submenu: [
                { role: 'startSpeaking', label: t('menu.startSpeaking') },
                { role: 'stopSpeaking', label: t('menu.stopSpeaking') },
              ],
            } satisfies MenuItemConstructorOptions,
          ]
        : [{ role: 'delete', label: t('menu.delete') } as const, separator, { role: 'selectAll', label: t('menu.selectAll') } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      ...(isDevelopment ? [{ role: 'toggleDevTools', label: t('menu.toggleDevTools') } as const] : []),
      separator,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
    ],
  };
  const window: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'zoom', label: t('menu.zoom') },
      ...(isMac ? [separator, { role: 'front', label: t('menu.front') } as const] : [close]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: [
      { label: t('menu.checkForUpdates'), click: () => void updates.checkNow() },
      {
        label: t('menu.allowUpdateChecks'),
        type: 'checkbox',
        checked: updates.checksAllowed(),
        click: () => void updates.toggleChecks(),
      },
    ],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, window, help];
}

export function installApplicationMenu(settings: Omit<MenuSettings, 'platform'>): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ ...settings, platform: process.platform })));
}
