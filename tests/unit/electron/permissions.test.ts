import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '../../../electron/main/navigation-guard.ts';

const origin = { devServerOrigin: null };

describe('isPermissionGranted', () => {
  it('grants what the app uses, to the app', () => {
    expect(isPermissionGranted('fullscreen', 'app://common-ground/index.html', origin)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://common-ground/', origin)).toBe(true);
  });

  it.each(['media', 'geolocation', 'notifications', 'midiSysex', 'openExternal', 'display-capture', 'unknown'])(
    'refuses %s',
    (permission) => {
      expect(isPermissionGranted(permission, 'app://common-ground/index.html', origin)).toBe(false);
    },
  );

  it('refuses even allowed permissions to anything but the app', () => {
    expect(isPermissionGranted('fullscreen', 'https://evil.example/', origin)).toBe(false);
    expect(isPermissionGranted('fullscreen', '', origin)).toBe(false);
  });
});
