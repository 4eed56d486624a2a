import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { argon2idAsync } from '@noble/hashes/argon2.js';

// The vault's cryptography, with nothing of storage or screens in it. Two
// maintained, audited libraries do the work: @noble/ciphers for sealing
// (XChaCha20-Poly1305: authenticated, synchronous, so an IndexedDB
// transaction stays alive while records are sealed; 24-byte random nonces
// never repeat in practice) and @noble/hashes for Argon2id, the memory-hard
// passphrase KDF. Both are plain JavaScript: no WebAssembly, so the app's CSP
// needs no 'wasm-unsafe-eval'.
//
// Keys: a random master key, wrapped twice, by a key derived from the
// passphrase and by a printable recovery key. Each session has its own data
// key, wrapped by the master key; destroying that wrapped key first makes
// every copy of the session's records unreadable, wherever the disk kept one.

export const KEY_BYTES = 32;
const NONCE_BYTES = 24;

export type RandomBytes = (length: number) => Uint8Array;

/** The platform's cryptographic random source (available on plain http too). */
export const systemRandom: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

export class TamperedError extends Error {
  constructor() {
    super('This data has been changed or does not belong here, so it cannot be opened.');
  }
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('That passphrase does not open this vault.');
    // Screens tell it by its name (they do not load this module to ask instanceof), and a production build renames the class.
    this.name = 'WrongPassphraseError';
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Seals bytes under a key, bound to `context` (which must be given again to open them): nonce ‖ ciphertext and tag. */
export function seal(key: Uint8Array, plaintext: Uint8Array, context: string, random: RandomBytes = systemRandom): Uint8Array {
  const nonce = random(NONCE_BYTES);
  const sealed = xchacha20poly1305(key, nonce, utf8(context)).encrypt(plaintext);
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce);
  out.set(sealed, NONCE_BYTES);
  return out;
}

/** Opens what `seal` made with the same key and context; anything else (a changed byte, another key, another place) is refused. */
export function unseal(key: Uint8Array, sealed: Uint8Array, context: string): Uint8Array {
  if (sealed.length < NONCE_BYTES + 16) throw new TamperedError();
  try {
    return xchacha20poly1305(key, sealed.subarray(0, NONCE_BYTES), utf8(context)).decrypt(sealed.subarray(NONCE_BYTES));
  } catch {
    throw new TamperedError();
  }
}

/** Where a stored record's sealed fields belong: its table, its key and the schema version. A record moved or replayed elsewhere does not open. */
export function recordContext(table: string, primaryKey: string, schemaVersion: number): string {
  return `common-ground record\0${table}\0${primaryKey}\0${schemaVersion}`;
}

// ---- Passphrase -------------------------------------------------------------------

export interface KdfParams {
  algorithm: 'argon2id';
  /** Passes over memory. */
  t: number;
  /** Memory, in KiB. */
  m: number;
  p: 1;
  /** Base64, 16 random bytes. */
  salt: string;
}

/** 64 MiB: memory-hard enough that guessing on GPUs is slow, small enough for an old laptop. */
export const KDF_MEMORY_KIB = 64 * 1024;

export async function deriveKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  return argon2idAsync(utf8(passphrase.normalize('NFC')), fromBase64(params.salt), {
    t: params.t,
    m: params.m,
    p: params.p,
    dkLen: KEY_BYTES,
    maxmem: 2 ** 31,
  });
}

/**
 * Picks the number of passes that takes about `targetMs` on this machine at
 * 64 MiB (at least 2, at most 10), measuring one pass first.
 */
export async function calibrateKdf(random: RandomBytes = systemRandom, targetMs = 700, now = () => performance.now()): Promise<KdfParams> {
  const salt = toBase64(random(16));
  const start = now();
  await deriveKey('calibration', { algorithm: 'argon2id', t: 1, m: KDF_MEMORY_KIB, p: 1, salt });
  const onePass = Math.max(1, now() - start);
  return { algorithm: 'argon2id', t: Math.min(10, Math.max(2, Math.round(targetMs / onePass))), m: KDF_MEMORY_KIB, p: 1, salt };
}

// ---- Recovery key --------------------------------------------------------------------

const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford's base32: no I, L, O, U

/** A recovery key to print: 32 random bytes as 52 characters in groups of four. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += RECOVERY_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += RECOVERY_ALPHABET[(value << (5 - bits)) & 31];
  return text.match(/.{1,4}/g)!.join('-');
}

/** The bytes of a typed recovery key, forgiving case, spaces, dashes and the letters people confuse with digits. */
export function parseRecoveryKey(typed: string): Uint8Array | null {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== 52 || [...clean].some((char) => !RECOVERY_ALPHABET.includes(char))) return null;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    value = (value << 5) | RECOVERY_ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return new Uint8Array(bytes.slice(0, KEY_BYTES));
}

// ---- The key ring --------------------------------------------------------------------

/** What is stored of the vault's keys: nothing opens without the passphrase or the recovery key. */
export interface KeyRing {
  version: 1;
  kdf: KdfParams;
  /** The master key sealed under the passphrase's key. */
  byPassphrase: string;
  /** The master key sealed under the recovery key. */
  byRecovery: string;
}

const MASTER_BY_PASSPHRASE = 'common-ground key ring\0master\0passphrase';
const MASTER_BY_RECOVERY = 'common-ground key ring\0master\0recovery';
const sessionKeyContext = (sessionId: string) => `common-ground key ring\0session\0${sessionId}`;

export interface NewKeyRing {
  ring: KeyRing;
  master: Uint8Array;
  /** Shown once, to print or write down; never stored. */
  recoveryKey: string;
}

export async function createKeyRing(passphrase: string, kdf: KdfParams, random: RandomBytes = systemRandom): Promise<NewKeyRing> {
  const master = random(KEY_BYTES);
  const recovery = random(KEY_BYTES);
  const passphraseKey = await deriveKey(passphrase, kdf);
  return {
    ring: {
      version: 1,
      kdf,
      byPassphrase: toBase64(seal(passphraseKey, master, MASTER_BY_PASSPHRASE, random)),
      byRecovery: toBase64(seal(recovery, master, MASTER_BY_RECOVERY, random)),
    },
    master,
    recoveryKey: formatRecoveryKey(recovery),
  };
}

/** The same master key, wrapped under a new passphrase (after a recovery, or to change it); the recovery key stays as it was. */
export async function rewrapForPassphrase(
  ring: KeyRing,
  master: Uint8Array,
  passphrase: string,
  kdf: KdfParams,
  random: RandomBytes = systemRandom,
): Promise<KeyRing> {
  const passphraseKey = await deriveKey(passphrase, kdf);
  return { ...ring, kdf, byPassphrase: toBase64(seal(passphraseKey, master, MASTER_BY_PASSPHRASE, random)) };
}

export async function unlockWithPassphrase(ring: KeyRing, passphrase: string): Promise<Uint8Array> {
  const key = await deriveKey(passphrase, ring.kdf);
  try {
    return unseal(key, fromBase64(ring.byPassphrase), MASTER_BY_PASSPHRASE);
  } catch {
    throw new WrongPassphraseError();
  }
}

export function unlockWithRecoveryKey(ring: KeyRing, typed: string): Uint8Array {
  const recovery = parseRecoveryKey(typed);
  if (!recovery) throw new WrongPassphraseError();
  try {
    return unseal(recovery, fromBase64(ring.byRecovery), MASTER_BY_RECOVERY);
  } catch {
    throw new WrongPassphraseError();
  }
}

/** A session's own data key, and its wrapped form to store beside the key ring. */
export function newSessionKey(
  master: Uint8Array,
  sessionId: string,
  random: RandomBytes = systemRandom,
): { key: Uint8Array; wrapped: string } {
  const key = random(KEY_BYTES);
  return { key, wrapped: toBase64(seal(master, key, sessionKeyContext(sessionId), random)) };
}

export function unwrapSessionKey(master: Uint8Array, sessionId: string, wrapped: string): Uint8Array {
  return unseal(master, fromBase64(wrapped), sessionKeyContext(sessionId));
}

// ---- Base64 (no Buffer: this runs in the renderer too) -------------------------------

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
