import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// The sealed database the page hands over before the profile is wiped, kept
// in one file beside the profile's storage folders (which the wipe removes)
// until the page of the next start has written it back. It holds only what
// IndexedDB held with the vault on: sealed records and wrapped keys.

const FILE = 'vault-carry.json';
/** Far above any real database of sessions; a bound, so a page cannot fill the disk through this. */
export const MAX_CARRY_CHARACTERS = 200 * 1024 * 1024;

export class CarryRefusedError extends Error {}

/** Keeps the carried database, written whole or not at all (a temporary file, then a rename). */
export function keepCarried(userData: string, text: unknown): void {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_CARRY_CHARACTERS) {
    throw new CarryRefusedError('The carried database must be a text of a sensible size.');
  }
  if (!text.startsWith('{"format":"common-ground-sealed-carry"')) throw new CarryRefusedError('That is not a carried database.');
  const file = path.join(userData, FILE);
  writeFileSync(`${file}.partial`, text, { mode: 0o600 });
  renameSync(`${file}.partial`, file);
}

/** The carried database, if one waits; it stays until `forgetCarried`, so a crash before it is written back loses nothing. */
export function takeCarried(userData: string): string | null {
  const file = path.join(userData, FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export function forgetCarried(userData: string): void {
  rmSync(path.join(userData, FILE), { force: true });
  rmSync(path.join(userData, `${FILE}.partial`), { force: true });
}
