import { describe, expect, it } from 'vitest';
import {
  calibrateKdf,
  createKeyRing,
  formatRecoveryKey,
  fromBase64,
  KDF_MEMORY_KIB,
  newSessionKey,
  parseRecoveryKey,
  recordContext,
  seal,
  TamperedError,
  toBase64,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  unseal,
  unwrapSessionKey,
  WrongPassphraseError,
  type KdfParams,
} from '../../../domain/vault/vault-crypto.ts';

const text = (value: string) => new TextEncoder().encode(value);
const read = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
// Small enough to be quick in tests; the app calibrates its own (calibrateKdf).
const QUICK: KdfParams = { algorithm: 'argon2id', t: 1, m: 256, p: 1, salt: toBase64(new Uint8Array(16).fill(7)) };

describe('sealing', () => {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const where = recordContext('stepNotes', 'note-1', 6);

  it('opens what it sealed, and the sealed bytes do not contain the text', () => {
    const sealed = seal(key, text('We agreed: no photos of the flipchart.'), where);
    expect(Buffer.from(sealed).includes(Buffer.from('photos'))).toBe(false);
    expect(read(unseal(key, sealed, where))).toBe('We agreed: no photos of the flipchart.');
    // Two seals of the same text differ: nothing can be learnt by comparing records.
    expect(toBase64(seal(key, text('same'), where))).not.toBe(toBase64(seal(key, text('same'), where)));
  });

  it('refuses a changed byte, another key, and the same bytes moved to another record, table or schema version', () => {
    const sealed = seal(key, text('a note'), where);
    const flipped = sealed.slice();
    flipped[30]! ^= 1;
    expect(() => unseal(key, flipped, where)).toThrow(TamperedError);
    expect(() => unseal(crypto.getRandomValues(new Uint8Array(32)), sealed, where)).toThrow(TamperedError);
    for (const elsewhere of [
      recordContext('stepNotes', 'note-2', 6),
      recordContext('reflections', 'note-1', 6),
      recordContext('stepNotes', 'note-1', 7),
    ]) {
      expect(() => unseal(key, sealed, elsewhere)).toThrow(TamperedError);
    }
    expect(() => unseal(key, sealed.subarray(0, 20), where)).toThrow(TamperedError);
  });
});

describe('the key ring', () => {
  it('opens with the passphrase or the recovery key, and with nothing else', async () => {
    const { ring, master, recoveryKey } = await createKeyRing('long enough passphrase', QUICK);
    expect(JSON.stringify(ring)).not.toContain(toBase64(master));
    expect(await unlockWithPassphrase(ring, 'long enough passphrase')).toEqual(master);
    await expect(unlockWithPassphrase(ring, 'long enough passphrase!')).rejects.toThrow(WrongPassphraseError);
    expect(unlockWithRecoveryKey(ring, recoveryKey.toLowerCase().replace(/-/g, ' '))).toEqual(master);
    expect(() => unlockWithRecoveryKey(ring, formatRecoveryKey(new Uint8Array(32)))).toThrow(WrongPassphraseError);
    expect(() => unlockWithRecoveryKey(ring, 'not a key')).toThrow(WrongPassphraseError);
  });

  it('refuses a key ring whose wrapped master key was changed', async () => {
    const { ring } = await createKeyRing('passphrase', QUICK);
    const bytes = fromBase64(ring.byPassphrase);
    bytes[40]! ^= 1;
    await expect(unlockWithPassphrase({ ...ring, byPassphrase: toBase64(bytes) }, 'passphrase')).rejects.toThrow(WrongPassphraseError);
  });

  it('gives each session its own key; once its wrapped key is destroyed, its records cannot be read', async () => {
    const { master } = await createKeyRing('passphrase', QUICK);
    const stored = new Map<string, string>();
    const first = newSessionKey(master, 's1');
    const second = newSessionKey(master, 's2');
    stored.set('s1', first.wrapped).set('s2', second.wrapped);
    const where = recordContext('stepNotes', 'n', 6);
    const record = seal(first.key, text('what was said'), where);

    expect(read(unseal(unwrapSessionKey(master, 's1', stored.get('s1')!), record, where))).toBe('what was said');
    // Another session's key does not open it, nor does a wrapped key filed under another session.
    expect(() => unseal(unwrapSessionKey(master, 's2', stored.get('s2')!), record, where)).toThrow(TamperedError);
    expect(() => unwrapSessionKey(master, 's2', stored.get('s1')!)).toThrow(TamperedError);
    // Deleting the session destroys its key first: every copy of the record, wherever the disk kept one, stays closed.
    stored.delete('s1');
    expect(stored.get('s1')).toBeUndefined();
    for (let attempt = 0; attempt < 3; attempt++) {
      const guess = crypto.getRandomValues(new Uint8Array(32));
      expect(() => unseal(guess, record, where)).toThrow(TamperedError);
    }
  });
});

describe('the recovery key', () => {
  it('prints 32 bytes as 13 groups of four, and reads them back however they are typed', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const printed = formatRecoveryKey(bytes);
    expect(printed).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(printed)).toEqual(bytes);
    expect(parseRecoveryKey(printed.toLowerCase().replace(/-/g, '  '))).toEqual(bytes);
    expect(parseRecoveryKey(printed.slice(0, -1))).toBeNull();
  });
});

describe('calibration', () => {
  it('uses 64 MiB and as many passes as take about the target on this machine, two at the least', async () => {
    const params = await calibrateKdf(undefined, 700);
    expect(params).toMatchObject({ algorithm: 'argon2id', m: KDF_MEMORY_KIB, p: 1 });
    expect(params.t).toBeGreaterThanOrEqual(2);
    expect(params.t).toBeLessThanOrEqual(10);
    expect(fromBase64(params.salt)).toHaveLength(16);
  }, 30_000);
});
