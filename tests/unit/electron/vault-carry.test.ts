import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CarryRefusedError, forgetCarried, keepCarried, MAX_CARRY_CHARACTERS, takeCarried } from '../../../electron/main/vault-carry.ts';
import { STORAGE_FOLDERS, markProfileForWipe, wipeProfileIfMarked } from '../../../electron/main/profile-wipe.ts';

const dirs: string[] = [];
const profile = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'carry-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CARRIED = '{"format":"common-ground-sealed-carry","version":1,"tables":{}}';

describe('the sealed database carried across a profile wipe', () => {
  it('survives the wipe of the storage folders, is handed back until told it was written, then is gone', () => {
    const userData = profile();
    keepCarried(userData, CARRIED);
    markProfileForWipe(userData);
    expect(wipeProfileIfMarked(userData)).toBe(true);
    expect(STORAGE_FOLDERS.some((folder) => existsSync(path.join(userData, folder)))).toBe(false);
    expect(takeCarried(userData)).toBe(CARRIED);
    expect(takeCarried(userData)).toBe(CARRIED); // a crash before writing it back loses nothing
    forgetCarried(userData);
    expect(takeCarried(userData)).toBeNull();
  });

  it('refuses anything but a carried database of a sensible size, and keeps only the owner’s access', () => {
    const userData = profile();
    for (const bad of [42, '', 'not a carry', 'x'.repeat(MAX_CARRY_CHARACTERS + 1), null]) {
      expect(() => keepCarried(userData, bad)).toThrow(CarryRefusedError);
    }
    expect(takeCarried(userData)).toBeNull();
    keepCarried(userData, CARRIED);
    expect(readFileSync(path.join(userData, 'vault-carry.json'), 'utf8')).toBe(CARRIED);
    if (process.platform !== 'win32') {
      expect(statSync(path.join(userData, 'vault-carry.json')).mode & 0o077).toBe(0);
    }
  });
});
