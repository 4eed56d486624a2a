import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-origin.ts';
import { isTrustedSender } from '../../../electron/main/trusted-sender.ts';

const production = { devServerOrigin: null };
const development = { devServerOrigin: 'http://localhost:5173' };

describe('isAppUrl', () => {
  it('accepts the app’s own pages', () => {
    expect(isAppUrl('app://common-ground/index.html', production)).toBe(true);
    expect(isAppUrl('app://common-ground/index.html#/library/x', production)).toBe(true);
    expect(isAppUrl('APP://COMMON-GROUND/', production)).toBe(true);
  });

  it.each([
    ['an https page that mentions the app in its query', 'https://evil.example/?next=app://common-ground'],
    ['a look-alike host', 'app://common-ground.evil/index.html'],
    ['a host with the app as a prefix', 'app://common-groundx/'],
    ['credentials before the host', 'app://user@common-ground/index.html'],
    ['a port', 'app://common-ground:8080/'],
    ['a file URL', 'file:///work/out/renderer/index.html'],
    ['a data URL', 'data:text/html,hi'],
    ['garbage', 'not a url'],
    ['the dev server when not in development', 'http://localhost:5173/'],
  ])('refuses %s', (_label, url) => {
    expect(isAppUrl(url, production)).toBe(false);
  });

  it('accepts the dev server only in development, and only its exact origin', () => {
    expect(isAppUrl('http://localhost:5173/#/library', development)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', development)).toBe(false);
    expect(isAppUrl('http://localhost.evil:5173/', development)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', development)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app’s own top frame', () => {
    expect(isTrustedSender({ url: 'app://common-ground/index.html', parent: null }, production)).toBe(true);
  });

  it('refuses a sub-frame, even of the app', () => {
    expect(isTrustedSender({ url: 'app://common-ground/index.html', parent: {} }, production)).toBe(false);
  });

  it('refuses a frame that has gone away', () => {
    expect(isTrustedSender(null, production)).toBe(false);
    expect(isTrustedSender(undefined, production)).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'https://evil.example/?app://common-ground',
    'app://common-ground.evil/',
    'app://user@common-ground/',
    'about:blank',
  ])('refuses a top frame at %s', (url) => {
    expect(isTrustedSender({ url, parent: null }, production)).toBe(false);
  });
});
