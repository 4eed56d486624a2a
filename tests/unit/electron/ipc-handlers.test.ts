import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The handlers run against a stand-in for Electron's main-process API, so
// the checks on sender and arguments are exercised exactly as registered.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  showMessageBox: vi.fn(async () => ({ response: 1 })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  openExternal: vi.fn(async () => undefined),
  writeText: vi.fn(),
}));

vi.mock('electron', () => ({
  app: { getName: () => 'Common Ground', getVersion: () => '9.9.9' },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => electron.handlers.set(channel, handler),
  },
  dialog: { showMessageBox: electron.showMessageBox, showSaveDialog: electron.showSaveDialog },
  shell: { openExternal: electron.openExternal },
  clipboard: { writeText: electron.writeText },
  BrowserWindow: { fromWebContents: () => null },
}));

const display = vi.hoisted(() => ({ open: vi.fn() }));
vi.mock('../../../electron/main/participant-display.ts', () => ({ openParticipantDisplay: display.open }));

const { EventEmitter } = await import('node:events');
const { registerIpcHandlers, InvalidArgumentError, UntrustedSenderError } = await import('../../../electron/main/ipc-handlers.ts');
const { IPC_CHANNELS } = await import('../../../electron/ipc/names.ts');
const uiLanguage = await import('../../../electron/main/ui-language.ts');
// Every channel but the lock signal's, on which the main process speaks first.
const REQUEST_CHANNELS = Object.values(IPC_CHANNELS).filter((channel) => channel !== IPC_CHANNELS.onLockRequested);
const { createPhoneRoundControl } = await import('../../../electron/round-server/phone-round-control.ts');
const { mkdtemp, writeFile } = await import('node:fs/promises');
const { tmpdir } = await import('node:os');
const path = await import('node:path');

// A built phone page of one line, and loopback standing in for the room's network.
const pageDirectory = await mkdtemp(path.join(tmpdir(), 'phone-page-'));
await writeFile(path.join(pageDirectory, 'index.html'), '<!doctype html><title>t</title><!--round-data-->');
const phoneRounds = createPhoneRoundControl({ pageDirectory, addresses: () => [{ name: 'lo', address: '127.0.0.1', family: 'IPv4' }] });

const appFrame = { senderFrame: { url: 'app://common-ground/index.html', parent: null }, sender: {} };
const call = (channel: string, event: unknown, ...args: unknown[]) => electron.handlers.get(channel)!(event, ...args);

describe('IPC handlers', () => {
  beforeEach(() => {
    electron.handlers.clear();
    electron.showMessageBox.mockClear();
    electron.openExternal.mockClear();
    electron.showSaveDialog.mockClear();
    registerIpcHandlers(
      { devServerOrigin: null },
      { preloadPath: '/app/out/preload/index.cjs', entryUrl: 'app://common-ground/index.html' },
      phoneRounds,
    );
    display.open.mockClear();
  });

  it('registers exactly the channels of the contract a page may call', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(REQUEST_CHANNELS.sort());
  });

  it('registers no handler on the lock signal’s channel: the host sends there, a page cannot call it', () => {
    expect(electron.handlers.has(IPC_CHANNELS.onLockRequested)).toBe(false);
  });

  it('answers the app’s own top frame', async () => {
    await expect(call(IPC_CHANNELS.getAppInfo, appFrame)).resolves.toMatchObject({ version: '9.9.9', shell: 'desktop' });
  });

  it.each([
    ['a sub-frame', { senderFrame: { url: 'app://common-ground/index.html', parent: {} } }],
    ['a foreign page', { senderFrame: { url: 'https://evil.example/?app://common-ground', parent: null } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s on every channel', async (_label, event) => {
    for (const channel of REQUEST_CHANNELS) {
      expect(() => call(channel, event, 'https://example.org/')).toThrow(UntrustedSenderError);
    }
    expect(electron.showMessageBox).not.toHaveBeenCalled();
  });

  it.each([
    ['no argument', []],
    ['two arguments', ['https://example.org/', 'extra']],
    ['a number', [42]],
    ['an object', [{ toString: () => 'https://example.org/' }]],
    ['a script URL', ['javascript:alert(1)']],
    ['a file URL', ['file:///etc/passwd']],
    ['a huge string', [`https://example.org/${'a'.repeat(100_000)}`]],
  ])('refuses to open %s, without asking the user', async (_label, args) => {
    await expect(call(IPC_CHANNELS.openExternalLink, appFrame, ...args)).rejects.toThrow(InvalidArgumentError);
    expect(electron.showMessageBox).not.toHaveBeenCalled();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('opens a link only after the user confirms', async () => {
    electron.showMessageBox.mockResolvedValueOnce({ response: 1 });
    await expect(call(IPC_CHANNELS.openExternalLink, appFrame, 'https://doi.org/10.1002/ejsp.2720')).resolves.toBe(false);
    expect(electron.openExternal).not.toHaveBeenCalled();

    electron.showMessageBox.mockResolvedValueOnce({ response: 0 });
    await expect(call(IPC_CHANNELS.openExternalLink, appFrame, 'https://doi.org/10.1002/ejsp.2720')).resolves.toBe(true);
    expect(electron.openExternal).toHaveBeenCalledWith('https://doi.org/10.1002/ejsp.2720');
  });

  it.each([
    ['no request', []],
    ['a string', ['backup.json']],
    ['a path instead of a name', [{ suggestedName: '../../.bashrc', content: 'x', kind: 'json' }]],
    ['an absolute path', [{ suggestedName: '/etc/passwd', content: 'x', kind: 'json' }]],
    ['a hidden file', [{ suggestedName: '.profile', content: 'x', kind: 'json' }]],
    ['content that is not text', [{ suggestedName: 'b.json', content: { a: 1 }, kind: 'json' }]],
    ['an unknown kind', [{ suggestedName: 'b.sh', content: 'x', kind: 'shell' }]],
    ['a kind that is only an inherited name', [{ suggestedName: 'b.json', content: 'x', kind: 'toString' }]],
    ['extra fields', [{ suggestedName: 'b.json', content: 'x', kind: 'json', path: '/tmp/x' }]],
  ])('refuses to save %s, without showing a dialog', async (_label, args) => {
    electron.showSaveDialog.mockClear();
    await expect(call(IPC_CHANNELS.saveTextFile, appFrame, ...args)).rejects.toThrow(InvalidArgumentError);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('writes only where the user chose in the save dialog, and nothing when cancelled', async () => {
    const request = { suggestedName: 'common-ground-backup.json', content: '{}', kind: 'json' };
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(call(IPC_CHANNELS.saveTextFile, appFrame, request)).resolves.toBe('cancelled');

    const { mkdtemp, readFile } = await import('node:fs/promises');
    const dir = await mkdtemp((await import('node:path')).join((await import('node:os')).tmpdir(), 'cg-save-'));
    const chosen = `${dir}/chosen.json`;
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await expect(call(IPC_CHANNELS.saveTextFile, appFrame, request)).resolves.toBe('saved');
    await expect(readFile(chosen, 'utf8')).resolves.toBe('{}');
  });

  it.each([
    ['no request', []],
    ['text instead of bytes', [{ suggestedName: 'shared.zip', bytes: 'PK' }]],
    ['another kind of file name', [{ suggestedName: 'shared.sh', bytes: new Uint8Array(4) }]],
    ['a path instead of a name', [{ suggestedName: '../shared.zip', bytes: new Uint8Array(4) }]],
    ['too many bytes', [{ suggestedName: 'shared.zip', bytes: new Uint8Array(20 * 1024 * 1024 + 1) }]],
    ['extra fields', [{ suggestedName: 'shared.zip', bytes: new Uint8Array(4), path: '/tmp/x' }]],
  ])('refuses to save an archive with %s, without showing a dialog', async (_label, args) => {
    electron.showSaveDialog.mockClear();
    await expect(call(IPC_CHANNELS.saveArchive, appFrame, ...args)).rejects.toThrow(InvalidArgumentError);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('writes the bytes of an archive only where the user chose', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const dir = await mkdtemp((await import('node:path')).join((await import('node:os')).tmpdir(), 'cg-archive-'));
    const chosen = `${dir}/shared.zip`;
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    await expect(call(IPC_CHANNELS.saveArchive, appFrame, { suggestedName: 'shared.zip', bytes })).resolves.toBe('saved');
    expect(new Uint8Array(await readFile(chosen))).toEqual(bytes);
    expect(electron.showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: 'shared.zip', filters: [{ name: 'Shared exercises and templates', extensions: ['zip'] }] }),
    );
  });

  it('offers a passphrase-protected backup under its own extension', async () => {
    const request = { suggestedName: 'common-ground-backup.cgbackup', content: '{}', kind: 'encrypted-backup' };
    electron.showSaveDialog.mockClear();
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(call(IPC_CHANNELS.saveTextFile, appFrame, request)).resolves.toBe('cancelled');
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: 'common-ground-backup.cgbackup',
        filters: [{ name: 'Common Ground backup, protected with a passphrase', extensions: ['cgbackup'] }],
      }),
    );
  });

  describe('the facilitator’s language', () => {
    // One language for the whole main process: each test leaves it as it found it.
    afterEach(() => uiLanguage.setUiLanguage('en'));

    it.each([
      ['no argument', []],
      ['two arguments', ['es', 'en']],
      ['a language the app does not speak', ['fr']],
      ['a regional tag', ['es-MX']],
      ['another spelling', ['ES']],
      ['an inherited name', ['__proto__']],
      ['a number', [1]],
      ['an object', [{ toString: () => 'es' }]],
      ['a list', [['es']]],
    ])('refuses %s and keeps the language it had', async (_label, args) => {
      await call(IPC_CHANNELS.setUiLanguage, appFrame, 'es');
      await expect(call(IPC_CHANNELS.setUiLanguage, appFrame, ...args)).rejects.toThrow(InvalidArgumentError);
      expect(uiLanguage.currentUiLanguage()).toBe('es');
    });

    it('asks before opening a link in the language the page chose, and in English again when it changes back', async () => {
      await expect(call(IPC_CHANNELS.setUiLanguage, appFrame, 'es')).resolves.toBeUndefined();
      await call(IPC_CHANNELS.openExternalLink, appFrame, 'https://example.org/');
      expect(electron.showMessageBox).toHaveBeenLastCalledWith(
        expect.objectContaining({
          buttons: ['Abrir en el navegador', 'Cancelar'],
          message: '¿Abrir este enlace en tu navegador web?',
          detail: 'https://example.org/\n\nSales de Common Ground; el sitio conocerá tu dirección IP.',
        }),
      );
      await call(IPC_CHANNELS.setUiLanguage, appFrame, 'en');
      await call(IPC_CHANNELS.openExternalLink, appFrame, 'https://example.org/');
      expect(electron.showMessageBox).toHaveBeenLastCalledWith(
        expect.objectContaining({
          buttons: ['Open in browser', 'Cancel'],
          message: 'Open this link in your web browser?',
          detail: 'https://example.org/\n\nIt leaves Common Ground; the site will know your address.',
        }),
      );
    });

    it('names the kinds of file in the save dialogs in the chosen language', async () => {
      await call(IPC_CHANNELS.setUiLanguage, appFrame, 'es');
      electron.showSaveDialog.mockClear();
      await call(IPC_CHANNELS.saveTextFile, appFrame, { suggestedName: 'b.cgbackup', content: '{}', kind: 'encrypted-backup' });
      await call(IPC_CHANNELS.saveArchive, appFrame, { suggestedName: 'shared.zip', bytes: new Uint8Array(4) });
      expect(electron.showSaveDialog.mock.calls.map((args) => (args as unknown[])[0])).toEqual([
        expect.objectContaining({
          filters: [{ name: 'Copia de seguridad de Common Ground, protegida con una frase de contraseña', extensions: ['cgbackup'] }],
        }),
        expect.objectContaining({ filters: [{ name: 'Ejercicios y plantillas compartidos', extensions: ['zip'] }] }),
      ]);
    });

    it('tells whoever rebuilds the menu, once per change', async () => {
      const heard: string[] = [];
      const stop = uiLanguage.onUiLanguageChange((language) => heard.push(language));
      for (const language of ['es', 'es', 'en-XA', 'en']) await call(IPC_CHANNELS.setUiLanguage, appFrame, language);
      stop();
      expect(heard).toEqual(['es', 'en-XA', 'en']);
    });
  });

  it.each([[[]], [['../../etc']], [['a'.repeat(200)]], [[{ id: 'x' }]], [['s1', 'extra']]])(
    'refuses to open a display for %j',
    async (args) => {
      await expect(call(IPC_CHANNELS.openParticipantDisplay, appFrame, ...args)).rejects.toThrow(InvalidArgumentError);
      expect(display.open).not.toHaveBeenCalled();
    },
  );

  it('opens the participant display for a session id, loading the app itself', async () => {
    await call(IPC_CHANNELS.openParticipantDisplay, appFrame, 'session-1');
    expect(display.open).toHaveBeenCalledWith('/app/out/preload/index.cjs', 'app://common-ground/index.html', 'session-1');
  });

  it.each([
    ['no request', []],
    ['an unknown paper size', [{ suggestedName: 'Summary.pdf', paper: 'A3' }]],
    ['a path as the name', [{ suggestedName: '../../.bashrc', paper: 'A4' }]],
    ['an extra field', [{ suggestedName: 'Summary.pdf', paper: 'A4', path: '/etc' }]],
  ])('refuses to save a PDF given %s, before making it or asking where', async (_label, args) => {
    const sender = { printToPDF: vi.fn() };
    await expect(call(IPC_CHANNELS.savePdf, { ...appFrame, sender }, ...args)).rejects.toThrow(InvalidArgumentError);
    expect(sender.printToPDF).not.toHaveBeenCalled();
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('makes the PDF from the page with its own page size, and writes nothing when the user cancels', async () => {
    const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF')) };
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(call(IPC_CHANNELS.savePdf, { ...appFrame, sender }, { suggestedName: 'Summary.pdf', paper: 'Letter' })).resolves.toBe(
      'cancelled',
    );
    expect(sender.printToPDF).toHaveBeenCalledWith({ pageSize: 'Letter', preferCSSPageSize: true, printBackground: true });
  });

  it('copies only text to the clipboard', async () => {
    await expect(call(IPC_CHANNELS.copyText, appFrame, { text: 'x' })).rejects.toThrow(InvalidArgumentError);
    expect(electron.writeText).not.toHaveBeenCalled();
    await call(IPC_CHANNELS.copyText, appFrame, '# Summary');
    expect(electron.writeText).toHaveBeenCalledWith('# Summary');
  });

  it('prints through the system dialog, and a cancelled print is not an error', async () => {
    const sender = {
      print: vi.fn((_options: unknown, done: (success: boolean, reason: string) => void) => done(false, 'Print job canceled')),
    };
    await expect(call(IPC_CHANNELS.printPage, { ...appFrame, sender })).resolves.toBeUndefined();
    await expect(call(IPC_CHANNELS.printPage, appFrame, 'extra')).rejects.toThrow(InvalidArgumentError);
  });

  it('starts a round on phones only on an offered address, with questions in the expected form, one at a time, for the key-holder only', async () => {
    const instrument = {
      id: 'respect',
      title: 'Respect',
      track: 'affected',
      intro: '',
      scale: { min: 1, max: 5, minLabel: 'No', maxLabel: 'Yes' },
      items: [{ id: 'heard', text: 'I was heard.' }],
    };
    // The opening page, as Electron gives it: its reloads and navigations can be heard.
    const owner = new EventEmitter();
    const frame = { ...appFrame, sender: owner };
    const request = { language: 'es', instruments: [instrument], address: '127.0.0.1' };
    await expect(call(IPC_CHANNELS.phoneRoundAddresses, frame)).resolves.toEqual([{ name: 'lo', address: '127.0.0.1' }]);
    await expect(call(IPC_CHANNELS.startPhoneRound, frame, { ...request, address: '0.0.0.0' })).resolves.toMatchObject({
      ok: false,
      reason: 'no-network',
    });
    for (const bad of [
      { ...request, instruments: [{ ...instrument, track: 'visitor' }] },
      { ...request, instruments: [] },
      { ...request, instruments: [instrument, instrument] },
      { ...request, listen: '0.0.0.0' },
      // The page must know what language to speak: one the app shows participants in.
      { instruments: [instrument], address: '127.0.0.1' },
      { ...request, language: 'fr' },
      { ...request, language: 'en-XA' },
    ]) {
      await expect(call(IPC_CHANNELS.startPhoneRound, frame, bad)).resolves.toMatchObject({ ok: false, reason: 'invalid' });
    }
    // Two starts at once: one round is served, the other is refused, never two servers.
    const [first, second] = (await Promise.all([
      call(IPC_CHANNELS.startPhoneRound, frame, request),
      call(IPC_CHANNELS.startPhoneRound, frame, request),
    ])) as { ok: boolean; key?: string; reason?: string }[];
    expect([first!.ok, second!.ok].sort()).toEqual([false, true]);
    const started = first!.ok ? first! : second!;
    expect([first!, second!].find((result) => !result.ok)).toMatchObject({ reason: 'busy' });
    await expect(call(IPC_CHANNELS.phoneRoundAnswered, frame, 'not-the-key-at-all-xxxx')).resolves.toBeNull();
    await expect(call(IPC_CHANNELS.phoneRoundAnswered, frame, started.key)).resolves.toBe(0);
    await expect(call(IPC_CHANNELS.stopPhoneRound, frame, 'not-the-key-at-all-xxxx')).resolves.toBeNull();
    await expect(call(IPC_CHANNELS.stopPhoneRound, frame, started.key)).resolves.toEqual({ tallies: {}, changeRequests: 0, answered: 0 });
    await expect(call(IPC_CHANNELS.stopPhoneRound, frame, started.key)).resolves.toBeNull();
    await expect(call(IPC_CHANNELS.stopPhoneRound, frame)).rejects.toThrow(InvalidArgumentError);

    // The page that opened a round reloads: nobody could collect its counts, so it stops serving.
    const again = (await call(IPC_CHANNELS.startPhoneRound, frame, request)) as { ok: true; key: string };
    owner.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    await expect(call(IPC_CHANNELS.phoneRoundAnswered, frame, again.key)).resolves.toBe(0);
    owner.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    await expect(call(IPC_CHANNELS.stopPhoneRound, frame, again.key)).resolves.toBeNull();
  });
});
