import { describe, expect, it } from 'vitest';
import { toSafeExternalUrl } from '../../../domain/links/external-url.ts';

describe('toSafeExternalUrl', () => {
  it('accepts web and mail links, normalised', () => {
    expect(toSafeExternalUrl('https://doi.org/10.1002/ejsp.2720')).toBe('https://doi.org/10.1002/ejsp.2720');
    expect(toSafeExternalUrl('HTTPS://Example.org')).toBe('https://example.org/');
    expect(toSafeExternalUrl('mailto:group@example.org')).toBe('mailto:group@example.org');
  });

  it.each([
    ['a script URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a file URL', 'file:///etc/passwd'],
    ['the app itself', 'app://common-ground/index.html'],
    ['credentials that disguise the host', 'https://doi.org@evil.example/'],
    ['a relative path', '/library'],
    ['an empty string', ''],
    ['something that is not a string', { href: 'https://example.org' }],
    ['an absurdly long URL', `https://example.org/${'a'.repeat(5000)}`],
  ])('refuses %s', (_label, raw) => {
    expect(toSafeExternalUrl(raw)).toBeNull();
  });
});
