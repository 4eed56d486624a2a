import { Refusal } from './errors.ts';
import { storageAvailable } from './storage-available.ts';

// Storage errors are shown to the user, never swallowed. Repositories report
// here; the app shell shows what is reported, in plain words.

export interface StorageProblem {
  id: number;
  /** What the app was trying to do, e.g. "save your note". */
  action: string;
  message: string;
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

/** Said the same way whatever was being done, so it is shown once. */
const NO_STORAGE_MESSAGE =
  'This browser cannot store data, so Common Ground cannot keep anything you type here. To keep your work, use the desktop app, or open this page in an up-to-date Firefox, Chrome, Edge or Safari, outside a private window.';

/** Turns a storage failure into a sentence a facilitator can act on. */
export function describeStorageError(action: string, error: unknown): string {
  if (error instanceof Refusal) return `Could not ${action}. ${error.message}`;
  const name = errorName(error);
  const inner = error && typeof error === 'object' && 'inner' in error ? errorName((error as { inner: unknown }).inner) : '';
  if (storageIsMissing(name, inner)) return NO_STORAGE_MESSAGE;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return `Could not ${action}: this device has no storage space left for Common Ground. Free some space, or export a backup and delete old sessions, then try again. What you typed is still on screen.`;
  }
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'InvalidStateError') {
    return `Could not ${action}: the app's storage is not available (it may be blocked by private browsing or browser settings). What you typed is still on screen; do not close the app until it is saved.`;
  }
  return `Could not ${action}. What you typed is still on screen; try again in a moment. (${name || 'Error'}: ${error instanceof Error ? error.message : String(error)})`;
}

export function reportStorageError(action: string, error: unknown): void {
  const message = describeStorageError(action, error);
  // A save retried on every keystroke fails the same way each time: say it once.
  if (problems.some((problem) => problem.message === message)) return;
  problems = [...problems, { id: nextId++, action, message }];
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
export function reportFailure(action: string, error: unknown): void {
  if (wasReported(error)) return;
  reportStorageError(action, error);
  if (typeof error === 'object' && error !== null) reported.add(error);
}

/**
 * Runs a storage operation; on failure reports it (once, however many
 * layers ask) and rethrows so callers keep their unsaved state.
 */
export async function reportingFailures<T>(action: string, operation: () => Promise<T>): Promise<T> {
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
  readonly [K in keyof R]: R[K] extends (...args: never[]) => Promise<unknown> ? string | null : null;
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
