import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  quietReportedRejections,
  reportingFailures,
  reportingRepository,
  subscribeToStorageProblems,
  type StorageProblem,
} from '../../../renderer/src/data/storage-errors.ts';
import { inEnglish } from '../../support/storage-words.ts';

function quotaError() {
  return Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
}

describe('repositories that report their own failures', () => {
  // A browser that has IndexedDB (Node has none, which reads as a browser that cannot store at all).
  beforeEach(() => vi.stubGlobal('indexedDB', {}));
  afterEach(() => vi.unstubAllGlobals());

  it('report a failed write once, in plain words, and still reject so the caller keeps its text', async () => {
    let shown: readonly StorageProblem[] = [];
    const stop = subscribeToStorageProblems((problems) => (shown = problems));
    const repository = reportingRepository(
      {
        read: async () => 'stored',
        write: async (text: string): Promise<void> => {
          throw Object.assign(quotaError(), { text });
        },
      },
      { read: null, write: 'save your note' },
    );
    expect(await repository.read()).toBe('stored');
    const failure = repository.write('x');
    await expect(failure).rejects.toThrow('quota');
    // A caller that wraps the same write again does not report it a second time.
    await expect(reportingFailures('save your preparation note', () => repository.write('x'))).rejects.toThrow('quota');
    expect(shown.map((problem) => inEnglish(problem.words))).toEqual([
      expect.stringMatching(/^Could not save your note: this device has no storage space/),
    ]);
    stop();
  });

  it('keep an already-reported failure out of the unhandled rejections, and leave any other alone', () => {
    const listeners: ((event: { reason: unknown; preventDefault(): void }) => void)[] = [];
    quietReportedRejections({ addEventListener: (_type: string, listener: never) => listeners.push(listener) } as never);
    const reported = quotaError();
    const prevented: unknown[] = [];
    void reportingFailures('save your note', () => Promise.reject(reported)).catch(() => undefined);
    return Promise.resolve().then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const reason of [reported, new Error('a bug')]) listeners[0]!({ reason, preventDefault: () => prevented.push(reason) });
      expect(prevented).toEqual([reported]);
    });
  });
});
