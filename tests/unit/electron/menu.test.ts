import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: {} }));

const { applicationMenuTemplate } = await import('../../../electron/main/menu.ts');
const { desktopWords } = await import('../../../electron/main/desktop-words.ts');

type Language = Parameters<typeof desktopWords>[0];

function template(
  isDevelopment: boolean,
  isMac: boolean,
  updates = updateActions(),
  language: Language = 'en',
  platform?: NodeJS.Platform,
) {
  return applicationMenuTemplate({
    isDevelopment,
    platform: platform ?? (isMac ? 'darwin' : 'linux'),
    appName: 'Common Ground',
    updates,
    t: desktopWords(language),
  });
}

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
  // The submenus of the roles above, spelled out so they can be labelled in the facilitator's language.
  'about',
  'services',
  'hide',
  'hideOthers',
  'unhide',
  'quit',
  'close',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'delete',
  'selectAll',
  'showSubstitutions',
  'toggleSmartQuotes',
  'toggleSmartDashes',
  'toggleTextReplacement',
  'startSpeaking',
  'stopSpeaking',
  'minimize',
  'zoom',
  'front',
]);

function everyItem(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? everyItem(item.submenu) : [])]);
}

describe('application menu', () => {
  it.each([
    [false, false],
    [true, true],
  ])('offers nothing that navigates, so the hand-around cannot be left from it (development %s, macOS %s)', (isDevelopment, isMac) => {
    for (const item of everyItem(template(isDevelopment, isMac))) {
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
    const roles = (isDevelopment: boolean) => everyItem(template(isDevelopment, isMac)).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});

describe('update items in the Help menu', () => {
  function helpItems(actions: ReturnType<typeof updateActions>) {
    const help = template(false, false, actions).find((item) => item.role === 'help');
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

/** The menu as its labels: a top-level item's label, then its submenu's, indented. */
function outline(items: MenuItemConstructorOptions[], depth = 0): string[] {
  return items.flatMap((item) => [
    item.type === 'separator' ? `${'  '.repeat(depth)}---` : `${'  '.repeat(depth)}${item.label ?? `(no label: ${item.role})`}`,
    ...(Array.isArray(item.submenu) ? outline(item.submenu, depth + 1) : []),
  ]);
}

describe('the menu’s words', () => {
  // Electron's own labels for these roles (lib/browser/api/menu-item-roles.ts), which the menu showed
  // before it was labelled from the catalogs: in English, not a word may change.
  it.each([
    [
      'linux',
      [
        'File',
        '  Quit',
        'Edit',
        ...['  Undo', '  Redo', '  ---', '  Cut', '  Copy', '  Paste', '  Delete', '  ---', '  Select All'],
        'View',
        ...['  Reload', '  ---', '  Actual Size', '  Zoom In', '  Zoom Out', '  ---', '  Toggle Full Screen'],
        'Window',
        ...['  Minimize', '  Zoom', '  Close'],
        'Help',
        ...['  Check for Updates…', '  Allow Update Checks (Reveals Your IP Address to the Update Host)'],
      ],
    ],
    ['win32', ['File', '  Exit']],
    [
      'darwin',
      [
        'Common Ground',
        ...['  About Common Ground', '  ---', '  Services', '  ---', '  Hide Common Ground', '  Hide Others', '  Show All', '  ---'],
        '  Quit Common Ground',
        'File',
        '  Close Window',
        'Edit',
        ...['  Undo', '  Redo', '  ---', '  Cut', '  Copy', '  Paste', '  Paste and Match Style', '  Delete', '  Select All', '  ---'],
        ...['  Substitutions', '    Show Substitutions', '    ---', '    Smart Quotes', '    Smart Dashes', '    Text Replacement'],
        ...['  Speech', '    Start Speaking', '    Stop Speaking'],
        'View',
      ],
    ],
  ] as const)('are Electron’s and the app’s English ones, word for word, in English (%s)', (platform, start) => {
    const labels = outline(template(false, platform === 'darwin', updateActions(), 'en', platform));
    expect(labels.slice(0, start.length)).toEqual(start);
    if (platform === 'darwin') expect(labels.slice(-8, -3)).toEqual(['Window', '  Minimize', '  Zoom', '  ---', '  Bring All to Front']);
  });

  it('labels DevTools in English as Electron did, in development', () => {
    expect(outline(template(true, false))).toContain('  Toggle Developer Tools');
  });

  it('are Spanish when the facilitator chose Spanish, with the same items in the same places', () => {
    const english = template(true, true);
    const spanish = template(true, true, updateActions(), 'es');
    expect(spanish.map((item) => item.label)).toEqual(['Common Ground', 'Archivo', 'Edición', 'Ver', 'Ventana', 'Ayuda']);
    expect(outline(spanish)).toEqual(
      expect.arrayContaining([
        '  Acerca de Common Ground',
        '  Salir de Common Ground',
        '  Cerrar ventana',
        '  Deshacer',
        '  Seleccionar todo',
        '  Volver a cargar',
        '  Buscar actualizaciones…',
        '  Permitir buscar actualizaciones (revela tu dirección IP al servidor de actualizaciones)',
      ]),
    );
    expect(everyItem(spanish).map((item) => item.role ?? item.type ?? null)).toEqual(
      everyItem(english).map((item) => item.role ?? item.type ?? null),
    );
    const [check, allow] = everyItem(spanish).filter((item) => item.click);
    expect([check?.label, allow?.label]).toEqual(['Buscar actualizaciones…', expect.stringMatching(/dirección IP/)]);
  });

  it.each(['linux', 'win32', 'darwin'] as const)(
    'leave no item with Electron’s English default: every one is bracketed in the pseudo-language (%s)',
    (platform) => {
      const labels = outline(template(true, platform === 'darwin', updateActions(), 'en-XA', platform)).filter(
        (line) => line.trim() !== '---',
      );
      for (const label of labels.filter((line) => line.trim() !== 'Common Ground')) expect(label.trim()).toMatch(/^\[.*\]$/);
    },
  );
});
