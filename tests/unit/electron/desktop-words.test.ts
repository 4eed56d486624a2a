import { describe, expect, it } from 'vitest';
import { desktopWords, isDesktopLanguage } from '../../../electron/main/desktop-words.ts';
import { createTranslator } from '../../../renderer/src/i18n/lookup.ts';

// The main process's words come from the renderer's "desktop" catalogs. In
// English they are what the main process said before, word for word (the
// strings below are copied from the code they replaced).

describe('the desktop words', () => {
  const en = desktopWords('en');

  it.each([
    ['updates.consentTitle', 'Update checks'],
    ['updates.consentMessage', 'Allow Common Ground to check for updates when you ask?'],
    [
      'updates.consentDetail',
      'Checking for updates asks the update host whether a newer version of Common Ground exists. ' +
        'That request reveals this computer’s IP address (and so roughly where you are) to the update host. ' +
        'Nothing else is sent, and Common Ground never checks on its own: only when you choose Check for Updates.',
    ],
    ['updates.allowChecks', 'Allow Update Checks'],
    ['updates.allowAndCheck', 'Allow and Check'],
    ['updates.checkTitle', 'Check for updates'],
    ['updates.noHostMessage', 'No update host is set.'],
    [
      'updates.noHostDetail',
      'This copy of Common Ground has no update host, so nothing was checked and nothing was sent. ' +
        'Get new versions where you got this one, and check each download against its SHA-256 checksum (the README’s Install section says how).',
    ],
    ['menu.checkForUpdates', 'Check for Updates…'],
    ['menu.allowUpdateChecks', 'Allow Update Checks (Reveals Your IP Address to the Update Host)'],
    ['menu.view', 'View'],
    ['link.open', 'Open in browser'],
    ['link.message', 'Open this link in your web browser?'],
    ['files.backup', 'Common Ground backup'],
    ['files.encryptedBackup', 'Common Ground backup, protected with a passphrase'],
    ['files.markdown', 'Markdown'],
    ['files.archive', 'Shared exercises and templates'],
    ['files.pdf', 'PDF'],
    ['windows.main', 'Common Ground'],
    ['windows.participantDisplay', 'Common Ground: participant display'],
    ['buttons.cancel', 'Cancel'],
    ['buttons.ok', 'OK'],
  ] as const)('say %s in English as before', (key, text) => {
    expect(en(key)).toBe(text);
  });

  it('fill in placeholders, in English and in Spanish', () => {
    const url = 'https://example.org/';
    expect(en('link.detail', { url })).toBe(`${url}\n\nIt leaves Common Ground; the site will know your address.`);
    expect(desktopWords('es')('link.detail', { url })).toBe(`${url}\n\nSales de Common Ground; el sitio conocerá tu dirección IP.`);
    expect(desktopWords('es')('menu.quitMac', { appName: 'Common Ground' })).toBe('Salir de Common Ground');
  });

  it('speak Spanish when asked', () => {
    const es = desktopWords('es');
    expect(es('menu.file')).toBe('Archivo');
    expect(es('buttons.cancel')).toBe('Cancelar');
    expect(es('updates.consentDetail')).toMatch(/revela al servidor de actualizaciones la dirección IP/);
    expect(es('windows.participantDisplay')).toBe('Common Ground: pantalla para el grupo');
  });

  it('bracket every word in the pseudo-language, leaving the values filled in as they are', () => {
    const pseudo = desktopWords('en-XA');
    expect(pseudo('buttons.cancel')).toMatch(/^\[Çáñçél ·+\]$/);
    expect(pseudo('link.detail', { url: 'https://example.org/' })).toMatch(/^\[https:\/\/example\.org\/\n\nÍt/);
  });

  it('choose the plural form by the language’s rules, with a fallback to English and then to the key', () => {
    const catalogs = {
      en: { rounds_one: '{{count}} round', rounds_other: '{{count}} rounds', only: 'Only in English' },
      es: { rounds_one: '{{count}} ronda', rounds_many: '{{count}} de rondas', rounds_other: '{{count}} rondas' },
    };
    const en = createTranslator(catalogs, 'en');
    const es = createTranslator(catalogs, 'es');
    expect([en('rounds', { count: 1 }), en('rounds', { count: 2 })]).toEqual(['1 round', '2 rounds']);
    expect([es('rounds', { count: 1 }), es('rounds', { count: 0 }), es('rounds', { count: 1_000_000 })]).toEqual([
      '1 ronda',
      '0 rondas',
      '1000000 de rondas',
    ]);
    expect(es('only')).toBe('Only in English');
    expect(es('nowhere.at.all')).toBe('nowhere.at.all');
  });

  it('know only the app’s languages', () => {
    for (const language of ['en', 'es', 'en-XA']) expect(isDesktopLanguage(language)).toBe(true);
    for (const other of [
      'fr',
      'EN',
      'es-MX',
      '',
      'en-XA ',
      null,
      undefined,
      1,
      ['en'],
      { toString: () => 'en' },
      '__proto__',
      'constructor',
    ])
      expect(isDesktopLanguage(other)).toBe(false);
  });
});
