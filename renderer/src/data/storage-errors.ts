import { Refusal, type Words } from './errors.ts';
import { storageAvailable } from './storage-available.ts';

// Storage errors are shown to the user, never swallowed. Repositories report
// here; the app shell shows what is reported, in plain words (the storage
// catalog's, in the app's language: see StorageProblems).

/**
 * What the app was doing when storage failed, named by every write that can
 * fail (a repository's method, a screen's save). Each is a key of the storage
 * catalog's `action` group, whose words fit the catalog's sentences ("Could
 * not {{action}}…"); a new one is added here and to every catalog.
 */
export const STORAGE_ACTIONS = [
  'keep your sessions',
  'save what you typed',
  'create the session',
  'save the session details',
  'copy the session',
  'delete the session',
  'delete the sessions past their "delete after" date',
  'restore the session',
  'add to the agenda',
  'remove the item',
  'move the item',
  'change the minutes',
  'save where the session stands',
  'remember your summary choices',
  'save your note',
  'save your preparation note',
  'open the check-in round',
  'change how people answer',
  'save your answers',
  'add the counts',
  'close the check-in round',
  'discard the check-in round',
  'save the reflection',
  'add the action',
  'save the action',
  'remove the action',
  'save the exercise',
  'add the exercise',
  'delete the exercise',
  'save the template',
  'add the shared files',
  'delete the template',
  'read the sessions to export',
  'read the sessions here',
  'read the backup file',
  'open the backup file',
  'protect the backup file',
  'save the backup file',
  'restore the backup',
  'wipe this device',
  'bring back your sessions after the restart',
] as const;

export type StorageAction = (typeof STORAGE_ACTIONS)[number];

export interface StorageProblem {
  id: number;
  /** What the app was trying to do. */
  action: StorageAction;
  /** What to tell the facilitator, from the storage catalog (sayStorage). */
  words: Words;
}

type Listener = (problems: readonly StorageProblem[]) => void;

let problems: readonly StorageProblem[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String((error as { name: unknown }).name);
  return '';
}

/**
 * No IndexedDB at all: some private windows, old or locked-down browsers.
 * Dexie then fails every call with its MissingAPIError, whose text is no use
 * to a facilitator (and carries a link to its own help).
 */
function storageIsMissing(name: string, inner: string): boolean {
  return name === 'MissingAPIError' || inner === 'MissingAPIError' || !storageAvailable();
}

/** Turns a storage failure into a sentence a facilitator can act on: a key of the storage catalog and its values. */
export function describeStorageError(action: StorageAction, error: unknown): Words {
  const doing: Words = { key: `action.${action}` };
  if (error instanceof Refusal) return { key: 'problem.refused', values: { action: doing, refusal: error.words } };
  const name = errorName(error);
  const inner = error && typeof error === 'object' && 'inner' in error ? errorName((error as { inner: unknown }).inner) : '';
  // Said the same way whatever was being done, so it is shown once.
  if (storageIsMissing(name, inner)) return { key: 'problem.noStorage' };
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { key: 'problem.full', values: { action: doing } };
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'InvalidStateError')
    return { key: 'problem.unavailable', values: { action: doing } };
  // The browser's own name and text for the failure, as it gave them: for whoever helps the facilitator find out more.
  const detail = error instanceof Error ? error.message : String(error);
  return { key: 'problem.failed', values: { action: doing, name: name || 'Error', detail } };
}

export function reportStorageError(action: StorageAction, error: unknown): void {
  const words = describeStorageError(action, error);
  // A save retried on every keystroke fails the same way each time: say it once.
  const said = JSON.stringify(words);
  if (problems.some((problem) => JSON.stringify(problem.words) === said)) return;
  problems = [...problems, { id: nextId++, action, words }];
  for (const listener of listeners) listener(problems);
}

export function dismissStorageProblem(id: number): void {
  problems = problems.filter((problem) => problem.id !== id);
  for (const listener of listeners) listener(problems);
}

export function subscribeToStorageProblems(listener: Listener): () => void {
  listeners.add(listener);
  listener(problems);
  return () => listeners.delete(listener);
}

/** Reports a failure a caller caught, unless it was reported already where it happened (a repository's write). */
export function reportFailure(action: StorageAction, error: unknown): void {
  if (wasReported(error)) return;
  reportStorageError(action, error);
  if (typeof error === 'object' && error !== null) reported.add(error);
}

/**
 * Runs a storage operation; on failure reports it (once, however many
 * layers ask) and rethrows so callers keep their unsaved state.
 */
export async function reportingFailures<T>(action: StorageAction, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!wasReported(error)) {
      reportStorageError(action, error);
      if (typeof error === 'object' && error !== null) reported.add(error);
    }
    throw error;
  }
}

const reported = new WeakSet<object>();

/** Whether a failure has already been shown to the user, so whoever awaited it need not say it again. */
export function wasReported(error: unknown): boolean {
  return typeof error === 'object' && error !== null && reported.has(error);
}

type Operations = Record<string, (...args: never[]) => unknown>;

/** A write is named by what it does; a read, or anything that does not return a promise, is named null. */
type ActionNames<R extends Operations> = {
  readonly [K in keyof R]: R[K] extends (...args: never[]) => Promise<unknown> ? StorageAction | null : null;
};

/**
 * A repository whose writes report their own failures: each is named once,
 * here, by what it does ("remove the item"), and a failure is shown in plain
 * words and then rethrown, so a caller can keep its unsaved state. Reads are
 * named null: a failed read reaches the screen that asked for it. Every
 * method must be named, so a new one cannot forget to report.
 */
export function reportingRepository<R extends Operations>(repository: R, actions: ActionNames<R>): R {
  const wrapped = {} as Record<string, unknown>;
  for (const [name, operation] of Object.entries(repository)) {
    const action = actions[name as keyof R];
    wrapped[name] =
      action === null ? operation : (...args: never[]) => reportingFailures(action, () => operation(...args) as Promise<unknown>);
  }
  return wrapped as R;
}

/**
 * A failure already shown to the user needs nothing more from a caller that
 * started the write and moved on: the page does not log it again as an
 * unhandled rejection. Any other rejection is left alone.
 */
export function quietReportedRejections(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('unhandledrejection', (event) => {
    if (wasReported(event.reason)) event.preventDefault();
  });
}
