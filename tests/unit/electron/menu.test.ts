import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: {} }));

const { applicationMenuTemplate } = await import('../../../electron/main/menu.ts');

function updateActions(checksAllowed = false) {
  return { checksAllowed: () => checksAllowed, toggleChecks: vi.fn(async () => {}), checkNow: vi.fn(async () => {}) };
}

/** The Help menu's update items: the only ones with a click handler, and they open dialogs, never a page. */
const UPDATE_ITEMS = ['Check for Updates…', 'Allow Update Checks (Reveals Your IP Address to the Update Host)'];

/** Electron's roles that act on the window or the text, never on where the page is. */
const STAYS_PUT = new Set([
  'appMenu',
  'fileMenu',
  'editMenu',
  'windowMenu',
  'reload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'help',
]);

function everyItem(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? everyItem(item.submenu) : [])]);
}

describe('application menu', () => {
  it.each([
    [false, false],
    [true, true],
  ])('offers nothing that navigates, so the hand-around cannot be left from it (development %s, macOS %s)', (isDevelopment, isMac) => {
    for (const item of everyItem(applicationMenuTemplate(isDevelopment, isMac, updateActions()))) {
      if (item.type === 'separator') continue;
      // A click handler could navigate; a role from the list cannot.
      if (item.label && UPDATE_ITEMS.includes(item.label)) continue;
      expect(item.click).toBeUndefined();
      if (item.role) expect(STAYS_PUT).toContain(item.role);
      else expect(item.submenu).toBeDefined();
    }
  });
});

describe('DevTools in the menu', () => {
  it.each([false, true])('are offered in development only, never in a packaged app (macOS %s)', (isMac) => {
    const roles = (isDevelopment: boolean) =>
      everyItem(applicationMenuTemplate(isDevelopment, isMac, updateActions())).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});

describe('update items in the Help menu', () => {
  function helpItems(actions: ReturnType<typeof updateActions>) {
    const help = applicationMenuTemplate(false, false, actions).find((item) => item.role === 'help');
    return help?.submenu as MenuItemConstructorOptions[];
  }

  it('offers a check on request and an opt-in that says the check reveals the IP address, unticked until allowed', () => {
    const items = helpItems(updateActions(false));
    expect(items.map((item) => item.label)).toEqual(UPDATE_ITEMS);
    expect(items[1]).toMatchObject({ type: 'checkbox', checked: false });
    expect(items[1]!.label).toMatch(/IP address/i);
    expect(helpItems(updateActions(true))[1]).toMatchObject({ checked: true });
  });

  it('runs the check and the opt-in only when chosen', () => {
    const actions = updateActions();
    const items = helpItems(actions);
    expect(actions.checkNow).not.toHaveBeenCalled();
    expect(actions.toggleChecks).not.toHaveBeenCalled();
    const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
    click(items[0]!);
    expect(actions.checkNow).toHaveBeenCalledOnce();
    click(items[1]!);
    expect(actions.toggleChecks).toHaveBeenCalledOnce();
  });
});
