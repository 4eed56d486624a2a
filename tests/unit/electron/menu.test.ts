import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: {} }));

const { applicationMenuTemplate } = await import('../../../electron/main/menu.ts');

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
]);

function everyItem(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? everyItem(item.submenu) : [])]);
}

describe('application menu', () => {
  it.each([
    [false, false],
    [true, true],
  ])('offers nothing that navigates, so the hand-around cannot be left from it (development %s, macOS %s)', (isDevelopment, isMac) => {
    for (const item of everyItem(applicationMenuTemplate(isDevelopment, isMac))) {
      if (item.type === 'separator') continue;
      // A click handler could navigate; a role from the list cannot.
      expect(item.click).toBeUndefined();
      if (item.role) expect(STAYS_PUT).toContain(item.role);
      else expect(item.submenu).toBeDefined();
    }
  });
});
