import { toBase64, type KdfParams } from '../../domain/vault/vault-crypto.ts';
import type { CommonGroundDatabase } from '../../renderer/src/data/database.ts';
import { createVaultControl } from '../../renderer/src/data/vault.ts';

/** Argon2id at a cost small enough for tests; the app calibrates its own (about 0.7 s at 64 MiB). */
export const QUICK_KDF: KdfParams = { algorithm: 'argon2id', t: 1, m: 256, p: 1, salt: toBase64(new Uint8Array(16).fill(7)) };

export const TEST_PASSPHRASE = 'correct horse battery staple';

export function quickVault(db: CommonGroundDatabase) {
  return createVaultControl(db, {
    calibrate: () => Promise.resolve({ ...QUICK_KDF, salt: toBase64(crypto.getRandomValues(new Uint8Array(16))) }),
  });
}
