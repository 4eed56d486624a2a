import { describe, expect, it } from 'vitest';
import { wifiJoinCode } from '../../../domain/check-ins/phone-round.ts';

describe('the Wi-Fi join code', () => {
  it('names a password-protected network as phone cameras expect, escaping what would end a field', () => {
    expect(wifiJoinCode({ name: 'Room 4', password: 'tea;and"cake' })).toBe('WIFI:T:WPA;S:Room 4;P:tea\\;and\\"cake;;');
    expect(wifiJoinCode({ name: 'a:b,c\\d', password: 'x' })).toBe('WIFI:T:WPA;S:a\\:b\\,c\\\\d;P:x;;');
  });

  it('names an open network without a password field', () => {
    expect(wifiJoinCode({ name: 'Open hall', password: '' })).toBe('WIFI:T:nopass;S:Open hall;;');
  });
});
