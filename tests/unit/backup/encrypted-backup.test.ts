import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  decryptBackup,
  EncryptedBackupError,
  encryptBackup,
  FILE_KDF_BOUNDS,
  isEncryptedBackup,
  readEncryptedBackup,
  type KdfBounds,
} from '../../../domain/backup/encrypted-backup.ts';
import type * as VaultCrypto from '../../../domain/vault/vault-crypto.ts';
import { fromBase64, KDF_MEMORY_KIB, toBase64, WrongPassphraseError, type KdfParams } from '../../../domain/vault/vault-crypto.ts';
import { refusedWith } from '../../support/storage-words.ts';

// Every derivation goes through this spy, so a test can tell that a hostile file was refused before any was run.
const derivations = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../domain/vault/vault-crypto.ts', async (importOriginal) => {
  const original = await importOriginal<typeof VaultCrypto>();
  return {
    ...original,
    deriveKey: (passphrase: string, params: KdfParams) => {
      derivations.count++;
      return original.deriveKey(passphrase, params);
    },
  };
});

// Small enough to be quick in tests. Only these tests widen the bounds to accept them; files are held to FILE_KDF_BOUNDS.
const QUICK: KdfParams = { algorithm: 'argon2id', t: 1, m: 256, p: 1, salt: toBase64(new Uint8Array(16).fill(7)) };
const QUICK_BOUNDS: KdfBounds = { memoryKib: 256, minPasses: 1, maxPasses: 10 };
const options = { bounds: QUICK_BOUNDS };

const PASSPHRASE = 'eleven words would be better';
const plain = readFileSync(new URL('../../fixtures/backup-v2.json', import.meta.url), 'utf8');
const marker = 'Unique words: kestrel lantern marigold';
const backupText = JSON.stringify({ format: 'common-ground-backup', version: 3, exportedAt: 1, sessions: [], note: marker });

beforeEach(() => {
  derivations.count = 0;
});

const envelopeOf = (text: string) => JSON.parse(text) as Record<string, unknown>;
const withEnvelope = (text: string, change: (envelope: Record<string, unknown>) => void) => {
  const envelope = envelopeOf(text);
  change(envelope);
  return JSON.stringify(envelope);
};

describe('an encrypted backup', () => {
  it('opens with its passphrase into exactly the backup text, and holds none of it readable', async () => {
    const encrypted = await encryptBackup(backupText, PASSPHRASE, QUICK, options);
    expect(encrypted).not.toContain('kestrel');
    expect(envelopeOf(encrypted)).toMatchObject({ format: 'common-ground-encrypted-backup', version: 1, kdf: QUICK });
    expect(Object.keys(envelopeOf(encrypted)).sort()).toEqual(['format', 'kdf', 'sealed', 'version']);
    expect(isEncryptedBackup(encrypted)).toBe(true);
    expect(await decryptBackup(encrypted, PASSPHRASE, QUICK_BOUNDS)).toBe(backupText);
    // A real backup, with text beyond ASCII, comes back byte for byte.
    expect(await decryptBackup(await encryptBackup(plain, 'ünïcödé passphrase', QUICK, options), 'ünïcödé passphrase', QUICK_BOUNDS)).toBe(
      plain,
    );
  });

  it('is told apart from a plain backup and from other files', () => {
    expect(isEncryptedBackup(plain)).toBe(false);
    expect(isEncryptedBackup('not json, but mentions common-ground-encrypted-backup')).toBe(false);
    expect(isEncryptedBackup(JSON.stringify({ note: 'common-ground-encrypted-backup' }))).toBe(false);
    expect(isEncryptedBackup(JSON.stringify({ format: 'common-ground-encrypted-backup', version: 9 }))).toBe(true);
  });

  it('refuses a wrong passphrase', async () => {
    const encrypted = await encryptBackup(backupText, PASSPHRASE, QUICK, options);
    await expect(decryptBackup(encrypted, 'eleven words would be bettor', QUICK_BOUNDS)).rejects.toThrow(WrongPassphraseError);
    await expect(decryptBackup(encrypted, '', QUICK_BOUNDS)).rejects.toThrow(WrongPassphraseError);
  });

  it('refuses it when any byte of what is sealed has changed', async () => {
    const encrypted = await encryptBackup('{"short":"backup"}', PASSPHRASE, QUICK, options);
    const sealed = fromBase64(envelopeOf(encrypted)['sealed'] as string);
    for (let index = 0; index < sealed.length; index++) {
      const changed = sealed.slice();
      changed[index]! ^= 0x01;
      const file = withEnvelope(encrypted, (envelope) => (envelope['sealed'] = toBase64(changed)));
      // The cipher cannot tell a changed byte from a wrong passphrase; either way nothing comes out.
      await expect(decryptBackup(file, PASSPHRASE, QUICK_BOUNDS)).rejects.toThrow(WrongPassphraseError);
    }
    // Cut short, or sealed for something else (another salt: another key).
    const cut = withEnvelope(encrypted, (envelope) => (envelope['sealed'] = toBase64(sealed.subarray(0, sealed.length - 1))));
    await expect(decryptBackup(cut, PASSPHRASE, QUICK_BOUNDS)).rejects.toThrow(WrongPassphraseError);
    const resalted = withEnvelope(encrypted, (envelope) => (envelope['kdf'] = { ...QUICK, salt: toBase64(new Uint8Array(16).fill(8)) }));
    await expect(decryptBackup(resalted, PASSPHRASE, QUICK_BOUNDS)).rejects.toThrow(WrongPassphraseError);
  });

  it('will not write a file whose KDF parameters it would refuse to read', async () => {
    await expect(encryptBackup(backupText, PASSPHRASE, QUICK)).rejects.toThrow(RangeError);
    await expect(encryptBackup(backupText, PASSPHRASE, { ...QUICK, t: 11 }, options)).rejects.toThrow(RangeError);
    // Nor one whose passphrase is short enough to guess offline, whatever the KDF.
    await expect(encryptBackup(backupText, 'nine char', QUICK, options)).rejects.toThrow('at least 10 characters');
    expect(derivations.count).toBe(0);
  });
});

describe('a malformed or hostile envelope', () => {
  const valid = (kdf: KdfParams) => ({
    format: 'common-ground-encrypted-backup',
    version: 1,
    kdf,
    sealed: toBase64(new Uint8Array(64)),
  });
  const strict: KdfParams = { ...QUICK, m: KDF_MEMORY_KIB, t: 3 };

  const refusals: [string, string, RegExp][] = [
    ['not JSON', '{"format":"common-ground-encrypted-backup","version":1,"kdf":', /not a complete Common Ground backup/],
    ['another file', JSON.stringify({ format: 'something-else', version: 1 }), /not an encrypted Common Ground backup/],
    ['a newer version', JSON.stringify({ ...valid(strict), version: 2 }), /made by a newer version of Common Ground.*Update the app/],
    ['a version that never was', JSON.stringify({ ...valid(strict), version: 0 }), /version \(0\) is not one this app can read/],
    ['a missing field', JSON.stringify({ ...valid(strict), sealed: undefined }), /damaged or was changed by hand: “sealed” is missing\./],
    ['a field of the wrong type', JSON.stringify({ ...valid(strict), kdf: 'argon2id' }), /“kdf” is not written the way it should be\./],
    ['a version that is text', JSON.stringify({ ...valid(strict), version: '1' }), /not an encrypted Common Ground backup/],
    ['an extra field', JSON.stringify({ ...valid(strict), hint: 'my dog' }), /damaged or was changed by hand/],
    ['a hostile key', JSON.stringify(valid(strict)).replace('"version"', '"__proto__":{"polluted":1},"version"'), /changed by hand/],
    ['sealed text that is not base64', JSON.stringify({ ...valid(strict), sealed: '!!!!' }), /“sealed” is not base64\./],
    [
      'sealed text too short to hold anything',
      JSON.stringify({ ...valid(strict), sealed: toBase64(new Uint8Array(39)) }),
      /“sealed” is shorter than 40 bytes\./,
    ],
    ['another algorithm', JSON.stringify(valid({ ...strict, algorithm: 'scrypt' as 'argon2id' })), /“kdf\.algorithm” must be argon2id\./],
    ['gigabytes of memory', JSON.stringify(valid({ ...strict, m: 4 * 1024 * 1024 })), /“kdf\.m” must be 65536 KiB\./],
    ['less memory than the app uses', JSON.stringify(valid({ ...strict, m: 256 })), /“kdf\.m” must be 65536 KiB\./],
    ['a billion passes', JSON.stringify(valid({ ...strict, t: 1e9 })), /“kdf\.t” must be at most 10\./],
    ['no passes', JSON.stringify(valid({ ...strict, t: 0 })), /“kdf\.t” must be at least 1\./],
    ['fractional passes', JSON.stringify(valid({ ...strict, t: 2.5 })), /“kdf\.t” must be a whole number\./],
    ['parallel lanes', JSON.stringify(valid({ ...strict, p: 64 as 1 })), /“kdf\.p” must be 1\./],
    ['a short salt', JSON.stringify(valid({ ...strict, salt: toBase64(new Uint8Array(4)) })), /“kdf\.salt” is shorter than 16 bytes\./],
    ['a long salt', JSON.stringify(valid({ ...strict, salt: toBase64(new Uint8Array(64)) })), /“kdf\.salt” is longer than 24 characters\./],
    [
      'an extra KDF field',
      JSON.stringify(valid({ ...strict, maxmem: 1e12 } as KdfParams)),
      /“kdf” has fields this app does not know: maxmem\./,
    ],
  ];

  it.each(refusals)('refuses %s with a plain message, before deriving any key', async (_what, text, message) => {
    await expect(decryptBackup(text, PASSPHRASE)).rejects.toThrow(EncryptedBackupError);
    expect(await refusedWith(decryptBackup(text, PASSPHRASE))).toMatch(message);
    expect(await refusedWith(() => readEncryptedBackup(text))).toMatch(message);
    expect(derivations.count).toBe(0);
  });

  it('holds a file to the strict bounds however small the bounds a test may pass', async () => {
    const quickFile = await encryptBackup(backupText, PASSPHRASE, QUICK, options);
    derivations.count = 0;
    expect(await refusedWith(decryptBackup(quickFile, PASSPHRASE))).toMatch(/“kdf\.m” must be 65536 KiB\./);
    expect(derivations.count).toBe(0);
    expect(FILE_KDF_BOUNDS).toEqual({ memoryKib: 64 * 1024, minPasses: 1, maxPasses: 10 });
    // What the app's own calibration writes is within them.
    expect(() => readEncryptedBackup(JSON.stringify(valid(strict)))).not.toThrow();
  });

  it('refuses a file too large to be a backup without parsing it', async () => {
    const huge = `{"format":"common-ground-encrypted-backup","version":1,"sealed":"${'A'.repeat(210 * 1024 * 1024)}"}`;
    expect(isEncryptedBackup(huge)).toBe(false);
    expect(await refusedWith(() => readEncryptedBackup(huge))).toBe('This file is too large to be a Common Ground backup.');
  });
});
