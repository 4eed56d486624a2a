/**
 * Whether this browser can store anything at all: some private windows and
 * locked-down browsers have no IndexedDB. Asked once where it matters (at
 * start, by screens that read the database, when describing a failure);
 * without it, nothing can be kept and reads never answer.
 */
export function storageAvailable(): boolean {
  return typeof indexedDB !== 'undefined' && indexedDB !== null;
}
