import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/main/app-protocol-path.ts';

const root = path.resolve('/srv/app/renderer');

describe('resolveAppAsset', () => {
  it('serves index.html for the root and files inside the build', () => {
    expect(resolveAppAsset('GET', 'app://common-ground/', root)).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAppAsset('GET', 'app://common-ground/assets/index-abc.js', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'assets/index-abc.js'),
    });
  });

  it('ignores the query and the hash', () => {
    expect(resolveAppAsset('GET', 'app://common-ground/index.html?x=1#/library', root)).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
  });

  it('serves GET only', () => {
    expect(resolveAppAsset('POST', 'app://common-ground/index.html', root)).toEqual({ ok: false, status: 405 });
  });

  it.each([
    ['another host', 'app://elsewhere/index.html', 403],
    ['a look-alike host', 'app://common-ground.evil/index.html', 403],
    ['credentials', 'app://user:pw@common-ground/index.html', 403],
    ['an encoded slash after dots', 'app://common-ground/..%2F..%2Fetc%2Fpasswd', 403],
    ['an encoded backslash', 'app://common-ground/..%5C..%5Cwindows%5Cwin.ini', 400],
    ['a NUL byte', 'app://common-ground/index.html%00.png', 400],
    ['broken percent-encoding', 'app://common-ground/%E0%A4%A', 400],
    ['a different scheme', 'https://common-ground/index.html', 403],
  ])('refuses %s', (_label, url, status) => {
    expect(resolveAppAsset('GET', url, root)).toEqual({ ok: false, status });
  });

  it.each(['app://common-ground/../../etc/passwd', 'app://common-ground/%2e%2e/%2E%2E/etc/passwd'])(
    'keeps dot segments inside the build: %s',
    (url) => {
      // The URL parser resolves plain and encoded dot segments against the root first.
      expect(resolveAppAsset('GET', url, root)).toEqual({ ok: true, filePath: path.join(root, 'etc/passwd') });
    },
  );
});
