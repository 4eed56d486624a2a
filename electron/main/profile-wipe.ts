import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The wipe, in the desktop app: the page has already deleted the database and
// its storage, but Chromium keeps its files open, and LevelDB keeps old
// versions of records in its logs until a compaction. So the app marks the
// profile, relaunches, and removes the storage folders before any window
// opens (and so before anything holds them). On an SSD, removing a file does
// not overwrite it; the README says what this does and does not guarantee.

const MARKER = 'wipe-on-next-start';

/** Chromium's storage folders inside the profile: everything a page of the app can write. */
export const STORAGE_FOLDERS = [
  'IndexedDB',
  'Local Storage',
  'Session Storage',
  'WebStorage',
  'blob_storage',
  'Cache',
  'Code Cache',
  'GPUCache',
  'DawnGraphiteCache',
  'DawnWebGPUCache',
  'Service Worker',
  'Shared Dictionary',
  'shared_proto_db',
  'databases',
  'File System',
] as const;

/** Marks the profile to be cleared at the next start. */
export function markProfileForWipe(userData: string): void {
  writeFileSync(path.join(userData, MARKER), '');
}

/**
 * Removes the storage folders if the profile was marked, then the mark.
 * Synchronous: it runs before the app is ready, before any window opens.
 * Returns whether it wiped.
 */
export function wipeProfileIfMarked(userData: string): boolean {
  const marker = path.join(userData, MARKER);
  if (!existsSync(marker)) return false;
  for (const folder of STORAGE_FOLDERS) rmSync(path.join(userData, folder), { recursive: true, force: true });
  rmSync(marker, { force: true });
  return true;
}
