import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../../renderer/src/host/browser-host.ts';
import { setCurrentI18n } from '../../../renderer/src/i18n/current.ts';
import { startI18n } from '../../../renderer/src/i18n/i18n.ts';

function environment(confirmAnswer: boolean) {
  return {
    confirm: vi.fn(() => confirmAnswer),
    open: vi.fn(),
    download: vi.fn(),
    print: vi.fn(),
    writeClipboard: vi.fn(async () => undefined),
    platformHint: 'Linux x86_64',
  };
}

describe('browser host', () => {
  // The host asks its questions in the app's language, as the app has started it.
  let i18n: Awaited<ReturnType<typeof startI18n>>;
  beforeAll(async () => {
    i18n = await startI18n('en', []);
    setCurrentI18n(i18n);
  });

  it('reports the web shell, version and platform', async () => {
    await expect(createBrowserHost(environment(true), '1.2.3').getAppInfo()).resolves.toEqual({
      name: 'Common Ground',
      version: '1.2.3',
      platform: 'linux',
      shell: 'browser',
    });
  });

  it('opens a link in a new tab, detached from the app, only after confirmation', async () => {
    const declined = environment(false);
    await expect(createBrowserHost(declined, '1').openExternalLink('https://example.org/')).resolves.toBe(false);
    expect(declined.open).not.toHaveBeenCalled();

    const accepted = environment(true);
    await expect(createBrowserHost(accepted, '1').openExternalLink('https://example.org/')).resolves.toBe(true);
    expect(accepted.confirm).toHaveBeenCalledWith(
      'Open this link in a new tab?\n\nhttps://example.org/\n\nIt leaves Common Ground; the site will know your address.',
    );
    expect(accepted.open).toHaveBeenCalledWith('https://example.org/', '_blank', 'noopener,noreferrer');
  });

  it('asks before opening a link in the app’s language', async () => {
    const env = environment(true);
    await i18n.changeLanguage('es');
    try {
      await createBrowserHost(env, '1').openExternalLink('https://example.org/');
    } finally {
      await i18n.changeLanguage('en');
    }
    expect(env.confirm).toHaveBeenCalledWith(
      '¿Abrir este enlace en una pestaña nueva?\n\nhttps://example.org/\n\nSales de Common Ground; el sitio conocerá tu dirección IP.',
    );
  });

  it('refuses unsafe links without asking', async () => {
    const env = environment(true);
    await expect(createBrowserHost(env, '1').openExternalLink('javascript:alert(1)')).resolves.toBe(false);
    expect(env.confirm).not.toHaveBeenCalled();
    expect(env.open).not.toHaveBeenCalled();
  });

  it('saves a file by handing it to the browser as a download', async () => {
    const env = environment(true);
    await expect(
      createBrowserHost(env, '1').saveTextFile({ suggestedName: 'backup.json', content: '{"a":1}', kind: 'json' }),
    ).resolves.toBe('saved');
    const [name, blob] = env.download.mock.calls[0] as [string, Blob];
    expect(name).toBe('backup.json');
    expect(blob.type).toBe('application/json;charset=utf-8');
    await expect(blob.text()).resolves.toBe('{"a":1}');
  });

  it('downloads a passphrase-protected backup as opaque bytes under its own name', async () => {
    const env = environment(true);
    const request = { suggestedName: 'backup.cgbackup', content: '{"sealed":"AA=="}', kind: 'encrypted-backup' } as const;
    await expect(createBrowserHost(env, '1').saveTextFile(request)).resolves.toBe('saved');
    const [name, blob] = env.download.mock.calls[0] as [string, Blob];
    expect(name).toBe('backup.cgbackup');
    expect(blob.type).toBe('application/octet-stream;charset=utf-8');
  });

  it('prints with the browser, copies through the clipboard, and says it cannot write a PDF file itself', async () => {
    const env = environment(true);
    const host = createBrowserHost(env, '1');
    await host.printPage();
    expect(env.print).toHaveBeenCalledOnce();
    await host.copyText('# Summary');
    expect(env.writeClipboard).toHaveBeenCalledWith('# Summary');
    await expect(host.savePdf({ suggestedName: 'Summary.pdf', paper: 'A4' })).resolves.toBe('unsupported');
  });

  it('never asks the page to lock: a browser tab cannot see the OS lock the screen or the machine sleep', async () => {
    vi.useFakeTimers();
    try {
      const env = environment(true);
      const listener = vi.fn();
      const stop = createBrowserHost(env, '1').onLockRequested(listener);
      await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);

      expect(listener).not.toHaveBeenCalled();
      expect(typeof stop).toBe('function');
      expect(() => stop()).not.toThrow();
      for (const method of [env.confirm, env.open, env.download, env.print, env.writeClipboard]) expect(method).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
