import { z } from 'zod';
import {
  fromBase64,
  KDF_MEMORY_KIB,
  deriveKey,
  seal,
  systemRandom,
  toBase64,
  unseal,
  TamperedError,
  WrongPassphraseError,
  type KdfParams,
  type RandomBytes,
} from '../vault/vault-crypto.ts';
import { ruleMessage } from '../content/plain-messages.ts';
import { MAX_BACKUP_BYTES, fieldIssue, type FieldIssue } from './backup-format.ts';

// A backup file protected by a passphrase of its own: a USB stick is as easy
// to lose or seize as a laptop. The plain backup text (backup-format.ts) is
// sealed whole under the Argon2id key of the passphrase, so restoring it
// afterwards goes through exactly the same validation as a plain file.
//
// The file is a hostile input until the passphrase opens it: its shape is
// checked before any field is used, and its KDF parameters are held to what
// this app writes, so a crafted file cannot make the app allocate gigabytes
// or derive for minutes before saying no.

export const ENCRYPTED_BACKUP_FORMAT = 'common-ground-encrypted-backup';
export const ENCRYPTED_BACKUP_VERSION = 1;
/** What a person must type; shorter passphrases are too easy to guess offline, whatever the KDF. */
export const MIN_BACKUP_PASSPHRASE_LENGTH = 10;

/** Binds the sealed text to this format and version: sealed bytes lifted into another kind of file do not open. */
const SEAL_CONTEXT = `${ENCRYPTED_BACKUP_FORMAT}\0${ENCRYPTED_BACKUP_VERSION}`;

/** The KDF parameters a file may ask for. */
export interface KdfBounds {
  /** Memory, in KiB: exactly this. */
  memoryKib: number;
  minPasses: number;
  maxPasses: number;
}

/** What this app writes (calibrateKdf: 64 MiB, 2 to 10 passes); a file asking for anything else is refused. */
export const FILE_KDF_BOUNDS: KdfBounds = { memoryKib: KDF_MEMORY_KIB, minPasses: 1, maxPasses: 10 };

const NONCE_AND_TAG_BYTES = 24 + 16;
/** A backup's text may be up to MAX_BACKUP_BYTES characters, each at most 3 bytes of UTF-8; base64 adds a third. */
const MAX_SEALED_CHARACTERS = Math.ceil((3 * MAX_BACKUP_BYTES + NONCE_AND_TAG_BYTES) / 3) * 4;
/** The sealed text and a little room for the rest of the envelope. */
export const MAX_ENCRYPTED_BACKUP_CHARACTERS = MAX_SEALED_CHARACTERS + 4096;

/**
 * Why a file cannot be what it claims (not an encrypted backup, damaged,
 * changed, or from a newer app), as a kind and its values: the renderer says
 * it in the app's language, as it says a plain backup's BackupProblem.
 */
export type EncryptedBackupProblem =
  | { kind: 'too-large' }
  | { kind: 'not-complete' }
  | { kind: 'not-encrypted' }
  | { kind: 'encrypted-newer-version'; version: number }
  | { kind: 'encrypted-unreadable-version'; version: number }
  | ({ kind: 'encrypted-damaged' } & FieldIssue);

/** The file cannot be what it claims; `problem` says why. */
export class EncryptedBackupError extends Error {
  constructor(readonly problem: EncryptedBackupProblem) {
    super(problem.kind);
    this.name = 'EncryptedBackupError';
  }
}

/** Base64 of at least `minBytes` bytes. Checked with a plain character run and the length, which stays quick on a text of many megabytes. */
const base64 = (minBytes: number, maxCharacters: number) =>
  z
    .string()
    .max(maxCharacters)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, ruleMessage({ kind: 'notBase64' }))
    .refine((text) => text.length % 4 === 0, ruleMessage({ kind: 'notBase64' }))
    .refine(
      (text) => (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0) >= minBytes,
      ruleMessage({ kind: 'tooFewBytes', min: minBytes }),
    );

function kdfSchema(bounds: KdfBounds) {
  return z.strictObject({
    algorithm: z.literal('argon2id', ruleMessage({ kind: 'mustBe', value: 'argon2id' })),
    m: z.literal(bounds.memoryKib, ruleMessage({ kind: 'mustBe', value: `${bounds.memoryKib} KiB` })),
    t: z.number().int().min(bounds.minPasses).max(bounds.maxPasses),
    p: z.literal(1, ruleMessage({ kind: 'mustBe', value: '1' })),
    salt: base64(16, 24).refine((text) => text.length === 24, ruleMessage({ kind: 'notBytes', bytes: 16 })),
  });
}

/** Just enough to tell this format, and its version, from any other file. */
const headerSchema = z.looseObject({ format: z.literal(ENCRYPTED_BACKUP_FORMAT), version: z.number().int() });

function envelopeSchema(bounds: KdfBounds) {
  return z.strictObject({
    format: z.literal(ENCRYPTED_BACKUP_FORMAT),
    version: z.literal(ENCRYPTED_BACKUP_VERSION),
    kdf: kdfSchema(bounds),
    sealed: base64(NONCE_AND_TAG_BYTES, MAX_SEALED_CHARACTERS),
  });
}

type Envelope = z.infer<ReturnType<typeof envelopeSchema>>;

function parseJson(text: string): unknown {
  try {
    // A reviver that drops nothing: the envelope is checked field by field below, and a strict object refuses any extra key.
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether this text claims to be an encrypted backup (it may still be damaged: see readEncryptedBackup). */
export function isEncryptedBackup(text: string): boolean {
  // Checked cheaply first, so a plain backup of many megabytes is not parsed twice.
  if (text.length > MAX_ENCRYPTED_BACKUP_CHARACTERS || !text.includes(ENCRYPTED_BACKUP_FORMAT)) return false;
  return headerSchema.safeParse(parseJson(text)).success;
}

/**
 * The envelope of an encrypted backup, checked in full (shape, version, KDF
 * parameters within `bounds`) before any of it is used; otherwise an
 * EncryptedBackupError saying why. Needs no passphrase, so a damaged or
 * newer file is refused before anyone is asked for one.
 */
export function readEncryptedBackup(text: string, bounds: KdfBounds = FILE_KDF_BOUNDS): Envelope {
  if (text.length > MAX_ENCRYPTED_BACKUP_CHARACTERS) throw new EncryptedBackupError({ kind: 'too-large' });
  const raw = parseJson(text);
  if (raw === undefined) throw new EncryptedBackupError({ kind: 'not-complete' });
  const header = headerSchema.safeParse(raw);
  if (!header.success) throw new EncryptedBackupError({ kind: 'not-encrypted' });
  const { version } = header.data;
  if (version > ENCRYPTED_BACKUP_VERSION) throw new EncryptedBackupError({ kind: 'encrypted-newer-version', version });
  if (version !== ENCRYPTED_BACKUP_VERSION) throw new EncryptedBackupError({ kind: 'encrypted-unreadable-version', version });
  const parsed = envelopeSchema(bounds).safeParse(raw);
  if (!parsed.success) throw new EncryptedBackupError({ kind: 'encrypted-damaged', ...fieldIssue(parsed.error.issues[0]!) });
  return parsed.data;
}

/**
 * Seals a plain backup's text under the passphrase. `kdf` comes from
 * calibrateKdf (random salt, passes for this machine); it must be within
 * `bounds`, so every file the app writes is one it will open again.
 */
export async function encryptBackup(
  backupText: string,
  passphrase: string,
  kdf: KdfParams,
  options: { bounds?: KdfBounds; random?: RandomBytes } = {},
): Promise<string> {
  const bounds = options.bounds ?? FILE_KDF_BOUNDS;
  if (!kdfSchema(bounds).safeParse(kdf).success) throw new RangeError('These KDF parameters would make a backup this app refuses to open.');
  if (backupText.length > MAX_BACKUP_BYTES) throw new RangeError('This backup is too large to be protected.');
  if ([...passphrase].length < MIN_BACKUP_PASSPHRASE_LENGTH)
    throw new RangeError(`A backup's passphrase needs at least ${MIN_BACKUP_PASSPHRASE_LENGTH} characters.`);
  const key = await deriveKey(passphrase, kdf);
  const sealed = seal(key, new TextEncoder().encode(backupText), SEAL_CONTEXT, options.random ?? systemRandom);
  const envelope: Envelope = { format: ENCRYPTED_BACKUP_FORMAT, version: ENCRYPTED_BACKUP_VERSION, kdf, sealed: toBase64(sealed) };
  return JSON.stringify(envelope);
}

/**
 * The plain backup text inside an encrypted backup. Throws
 * EncryptedBackupError for a file that is not a valid envelope (before
 * deriving anything), and WrongPassphraseError when the passphrase does not
 * open it. The cipher cannot tell a wrong passphrase from sealed bytes
 * changed in place: both are refused the same way, and nothing comes out.
 */
export async function decryptBackup(text: string, passphrase: string, bounds: KdfBounds = FILE_KDF_BOUNDS): Promise<string> {
  const envelope = readEncryptedBackup(text, bounds);
  const key = await deriveKey(passphrase, envelope.kdf);
  let plain: Uint8Array;
  try {
    plain = unseal(key, fromBase64(envelope.sealed), SEAL_CONTEXT);
  } catch (error) {
    if (error instanceof TamperedError) throw new WrongPassphraseError();
    throw error;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}
