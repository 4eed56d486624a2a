import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StartPhoneRoundResult } from '../../../electron/ipc/contract.ts';

// A round on phones that cannot start is said by its reason, in the app's
// language (renderer/src/features/check-ins/PhoneRound.tsx): the host sends
// no words. Every reason the contract names has a sentence in every catalog.

type Reason = Extract<StartPhoneRoundResult, { ok: false }>['reason'];
const REASONS = ['unsupported', 'no-network', 'invalid', 'busy', 'failed'] as const satisfies readonly Reason[];
// A reason added to the contract and not listed here fails to compile.
const everyReason: [Exclude<Reason, (typeof REASONS)[number]>] extends [never] ? true : never = true;
void everyReason;

const catalog = (language: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../renderer/src/locales/${language}/checkIns.json`), 'utf8')) as {
    phones: { notStarted: Record<string, string> };
  };

describe('a round on phones that cannot start', () => {
  it.each(['en', 'es'])('is said for every reason in %s', (language) => {
    const said = catalog(language).phones.notStarted;
    expect(Object.keys(said).sort()).toEqual([...REASONS].sort());
    for (const reason of REASONS) expect(said[reason], reason).toMatch(/\p{L}{4}.*\.$/u);
  });

  it('reads in English as the host used to say it', () => {
    expect(catalog('en').phones.notStarted['busy']).toBe(
      'Another round is already open on phones. Close it first: one round at a time can be answered on phones.',
    );
  });
});
