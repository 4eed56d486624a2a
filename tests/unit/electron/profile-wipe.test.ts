import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markProfileForWipe, STORAGE_FOLDERS, wipeProfileIfMarked } from '../../../electron/main/profile-wipe.ts';

async function profileWithData() {
  const userData = await mkdtemp(path.join(tmpdir(), 'wipe-profile-'));
  for (const folder of STORAGE_FOLDERS) {
    await mkdir(path.join(userData, folder, 'nested'), { recursive: true });
    await writeFile(path.join(userData, folder, 'nested', 'data.log'), 'a note that must go');
  }
  await writeFile(path.join(userData, 'Preferences'), '{}');
  return userData;
}

describe('the desktop wipe at the next start', () => {
  it('does nothing to a profile that was not marked', async () => {
    const userData = await profileWithData();
    expect(wipeProfileIfMarked(userData)).toBe(false);
    expect((await readdir(userData)).sort()).toEqual([...STORAGE_FOLDERS, 'Preferences'].sort());
  });

  it('removes every storage folder of a marked profile, then the mark, and leaves the rest', async () => {
    const userData = await profileWithData();
    markProfileForWipe(userData);
    expect(wipeProfileIfMarked(userData)).toBe(true);
    expect(await readdir(userData)).toEqual(['Preferences']);
    for (const folder of STORAGE_FOLDERS) expect(existsSync(path.join(userData, folder))).toBe(false);
    // Once only: the next start leaves the profile alone.
    expect(wipeProfileIfMarked(userData)).toBe(false);
  });
});
