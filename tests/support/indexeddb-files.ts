import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

// Reads what a closed Chromium profile keeps of an origin's IndexedDB, the
// way anyone holding the device's files could: every file, every version of
// every record, superseded and deleted ones included. The tests use it to
// prove that what the app promises not to keep is not on disk.
//
// How Chromium (checked on 156) lays it out, from the outside in:
//
// - `<profile>/Default/IndexedDB/<scheme>_<host>_<port>.indexeddb.leveldb/` is
//   a LevelDB database holding all of the origin's IndexedDB databases;
//   values too large to keep inline go to files in `….indexeddb.blob/`.
// - LevelDB is log-structured: each write is appended to a `.log` file as a
//   WriteBatch, in records of the log format (32 KB blocks, a 7-byte header
//   per fragment). When the log is big enough its entries, every version
//   of every key, are written to a sorted table (`.ldb`), whose blocks
//   Chromium compresses with Snappy. A put never overwrites the older
//   version in place, and a delete only appends a tombstone: old versions
//   stay in the files until a compaction happens to rewrite them.
// - A key starts with a prefix naming the database, object store and index;
//   an object store's records are under index id 1.
// - A record's value is a varint (the record's version), then Blink's
//   SerializedScriptValue: `ff 15` (Blink's format version), `fe` and 12
//   bytes (where Blink's trailer is), then V8's ValueSerializer format
//   (`ff 10`, then the value). Blink may first wrap a large value:
//   `ff 11 02` + Snappy (compressed) or `ff 11 01` + size + index (moved to
//   a blob file).
//
// Nothing here trusts that this parse is complete. Every file is also
// searched byte by byte for the V8 encoding of the property names the
// tests care about (NEEDLES), after each layer is taken off; if any layer
// holds an occurrence that the next layer did not account for, reading
// throws instead of quietly returning less than the disk holds.

const snappy = createRequire(import.meta.url)('snappyjs') as { uncompress(compressed: Uint8Array): Uint8Array };

// ---- Bytes ------------------------------------------------------------------

export class FormatError extends Error {}

/** An unsigned LEB128 varint (LevelDB's and V8's), as a number: exact up to 2^53. */
export function readVarint(bytes: Uint8Array, offset: number): [value: number, next: number] {
  let value = 0;
  let scale = 1;
  for (let at = offset; at < bytes.length && at < offset + 10; at++) {
    const byte = bytes[at]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, at + 1];
    scale *= 128;
  }
  throw new FormatError(`unterminated varint at byte ${offset}`);
}

/** V8 writes signed 32-bit integers zigzag-encoded: 0, -1, 1, -2 … as 0, 1, 2, 3 … */
export function zigzagDecode(encoded: number): number {
  return encoded % 2 === 0 ? encoded / 2 : -(encoded + 1) / 2;
}

function uint32LE(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new FormatError(`4 bytes wanted at ${at}, ${bytes.length - at} left`);
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16)) + bytes[at + 3]! * 0x1000000;
}

function uint64LE(bytes: Uint8Array, at: number): number {
  return uint32LE(bytes, at) + uint32LE(bytes, at + 4) * 0x1_0000_0000;
}

function countOccurrences(haystack: Uint8Array, needle: Uint8Array): number {
  let count = 0;
  const first = needle[0]!;
  for (let at = haystack.indexOf(first); at !== -1 && at + needle.length <= haystack.length; at = haystack.indexOf(first, at + 1)) {
    let same = true;
    for (let k = 1; k < needle.length && same; k++) same = haystack[at + k] === needle[k];
    if (same) count++;
  }
  return count;
}

// ---- What is searched for byte by byte ---------------------------------------

/** Property names whose every occurrence on disk must be decoded, or reading fails. */
export const NEEDLES = ['respondents', 'counts', 'roundId'] as const;

/** The ways V8 can write a string: one byte per character (`"`), or two (`c`, UTF-16LE). */
function needleEncodings(name: string): Uint8Array[] {
  const latin1 = Buffer.from(name, 'latin1');
  const utf16 = Buffer.from(name, 'utf16le');
  return [Buffer.from([0x22, latin1.length, ...latin1]), Buffer.from([0x63, utf16.length, ...utf16])];
}
const NEEDLE_BYTES = NEEDLES.flatMap(needleEncodings);

/** How many times any needle's V8 encoding occurs in these bytes. */
export function needleCount(bytes: Uint8Array): number {
  return NEEDLE_BYTES.reduce((sum, needle) => sum + countOccurrences(bytes, needle), 0);
}

// ---- LevelDB's log format (.log files and MANIFEST) ------------------------

const LOG_BLOCK = 32 * 1024;
const LOG_HEADER = 7;
const FULL = 1;
const FIRST = 2;
const MIDDLE = 3;
const LAST = 4;

export interface LogRecords {
  /** Whole records, fragments joined. A record cut short (a torn write) is kept too. */
  records: Uint8Array[];
  problems: string[];
}

/**
 * Splits a log file into its records. Checksums are not checked: a record
 * that fails its checksum is still on disk for anyone to read.
 */
export function readLogRecords(file: Uint8Array): LogRecords {
  const records: Uint8Array[] = [];
  const problems: string[] = [];
  let pending: Uint8Array[] | null = null;
  const finish = (parts: Uint8Array[]) => records.push(Buffer.concat(parts));
  for (let block = 0; block < file.length; block += LOG_BLOCK) {
    const end = Math.min(block + LOG_BLOCK, file.length);
    let at = block;
    while (at + LOG_HEADER <= end) {
      const length = file[at + 4]! | (file[at + 5]! << 8);
      const type = file[at + 6]!;
      if (type === 0 && length === 0) break; // Zeroes: space written ahead of records, or a block's tail.
      if (at + LOG_HEADER + length > end) {
        problems.push(`record at byte ${at} runs past its block`);
        if (pending) finish(pending);
        pending = null;
        finish([file.subarray(at + LOG_HEADER, end)]);
        break;
      }
      const payload = file.subarray(at + LOG_HEADER, at + LOG_HEADER + length);
      at += LOG_HEADER + length;
      if (type === FULL || type === FIRST) {
        if (pending) {
          problems.push(`record before byte ${at} left unfinished`);
          finish(pending);
        }
        pending = type === FULL ? null : [payload];
        if (type === FULL) finish([payload]);
      } else if (type === MIDDLE || type === LAST) {
        if (!pending) {
          problems.push(`fragment at byte ${at - length - LOG_HEADER} without its start`);
          pending = [];
        }
        pending.push(payload);
        if (type === LAST) {
          finish(pending);
          pending = null;
        }
      } else {
        problems.push(`unknown record type ${type} at byte ${at - length - LOG_HEADER}`);
        finish([payload]);
      }
    }
  }
  if (pending) {
    problems.push('last record left unfinished');
    finish(pending);
  }
  return { records, problems };
}

export interface LevelDbEntry {
  /** LevelDB's sequence number: the order in which writes happened, across all files. */
  sequence: number;
  kind: 'put' | 'delete';
  key: Uint8Array;
  value: Uint8Array;
}

/** A log record written by the database: a WriteBatch of puts and deletes. */
export function parseWriteBatch(record: Uint8Array): LevelDbEntry[] {
  if (record.length < 12) throw new FormatError(`write batch of ${record.length} bytes`);
  const first = uint64LE(record, 0);
  const count = uint32LE(record, 8);
  const entries: LevelDbEntry[] = [];
  let at = 12;
  for (let index = 0; index < count; index++) {
    const tag = record[at++];
    if (tag !== 0 && tag !== 1) throw new FormatError(`write batch entry ${index} has tag ${tag}`);
    const [keyLength, keyStart] = readVarint(record, at);
    const key = record.subarray(keyStart, keyStart + keyLength);
    at = keyStart + keyLength;
    let value: Uint8Array = new Uint8Array(0);
    if (tag === 1) {
      const [valueLength, valueStart] = readVarint(record, at);
      value = record.subarray(valueStart, valueStart + valueLength);
      at = valueStart + valueLength;
    }
    if (at > record.length) throw new FormatError(`write batch entry ${index} runs past the record`);
    entries.push({ sequence: first + index, kind: tag === 1 ? 'put' : 'delete', key, value });
  }
  if (at !== record.length) throw new FormatError(`${record.length - at} bytes after the write batch's ${count} entries`);
  return entries;
}

// ---- LevelDB's table format (.ldb, formerly .sst) ---------------------------

const TABLE_MAGIC = [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb];
const FOOTER = 48;
const BLOCK_TRAILER = 5;

interface BlockHandle {
  offset: number;
  size: number;
}

function readHandle(bytes: Uint8Array, at: number): [BlockHandle, number] {
  const [offset, next] = readVarint(bytes, at);
  const [size, after] = readVarint(bytes, next);
  return [{ offset, size }, after];
}

/** A block's contents, uncompressed. Type 0 is stored as is, 1 is Snappy; anything else is refused, not skipped. */
function readBlock(file: Uint8Array, { offset, size }: BlockHandle): Uint8Array {
  if (offset + size + BLOCK_TRAILER > file.length) throw new FormatError(`block at ${offset} runs past the file`);
  const contents = file.subarray(offset, offset + size);
  const type = file[offset + size];
  if (type === 0) return contents;
  if (type === 1) return snappy.uncompress(contents);
  throw new FormatError(`block at ${offset} uses compression type ${type}, which this reader does not know`);
}

/** The key–value pairs of one block, prefix-compressed keys made whole. */
export function parseBlock(block: Uint8Array): { key: Uint8Array; value: Uint8Array }[] {
  if (block.length < 4) throw new FormatError('block too short');
  const restarts = uint32LE(block, block.length - 4);
  const end = block.length - 4 - 4 * restarts;
  if (end < 0) throw new FormatError(`block claims ${restarts} restart points`);
  const pairs: { key: Uint8Array; value: Uint8Array }[] = [];
  let previous = new Uint8Array(0);
  let at = 0;
  while (at < end) {
    const [shared, a] = readVarint(block, at);
    const [unshared, b] = readVarint(block, a);
    const [valueLength, c] = readVarint(block, b);
    if (shared > previous.length || c + unshared + valueLength > end) throw new FormatError(`block entry at ${at} is malformed`);
    const key = Buffer.concat([previous.subarray(0, shared), block.subarray(c, c + unshared)]);
    const value = block.subarray(c + unshared, c + unshared + valueLength);
    pairs.push({ key, value });
    previous = key;
    at = c + unshared + valueLength;
  }
  return pairs;
}

export interface LevelDbTable {
  /** Every block the table's index and meta index point at, uncompressed. */
  blocks: Uint8Array[];
  entries: LevelDbEntry[];
}

export function readTable(file: Uint8Array): LevelDbTable {
  if (file.length < FOOTER) throw new FormatError('table shorter than its footer');
  const footer = file.subarray(file.length - FOOTER);
  if (!TABLE_MAGIC.every((byte, index) => footer[FOOTER - 8 + index] === byte)) throw new FormatError('not a LevelDB table');
  const [metaHandle, next] = readHandle(footer, 0);
  const [indexHandle] = readHandle(footer, next);
  const index = readBlock(file, indexHandle);
  const meta = readBlock(file, metaHandle);
  const blocks = [index, meta];
  const entries: LevelDbEntry[] = [];
  // The meta index points at the filter block: not values, but read so its bytes are searched too.
  for (const { value } of parseBlock(meta)) blocks.push(readBlock(file, readHandle(value, 0)[0]));
  for (const { value } of parseBlock(index)) {
    const data = readBlock(file, readHandle(value, 0)[0]);
    blocks.push(data);
    for (const { key, value: stored } of parseBlock(data)) {
      if (key.length < 8) throw new FormatError('internal key shorter than its sequence number');
      const trailer = uint64LE(key, key.length - 8);
      const type = key[key.length - 8];
      if (type !== 0 && type !== 1) throw new FormatError(`internal key of type ${type}`);
      // The trailer is sequence << 8 | type; dividing keeps it exact as a number.
      entries.push({
        sequence: Math.floor(trailer / 256),
        kind: type === 1 ? 'put' : 'delete',
        key: key.subarray(0, key.length - 8),
        value: stored,
      });
    }
  }
  return { blocks, entries };
}

// ---- Chromium's IndexedDB keys and values -------------------------------------

export interface IdbKey {
  databaseId: number;
  objectStoreId: number;
  /** 1: an object store's records; 2 and 3: their bookkeeping; 30 and up: indexes; 0: metadata. */
  indexId: number;
}

/** The prefix every IndexedDB key starts with: a byte giving the three ids' widths, then the ids, little-endian. */
export function readIdbKeyPrefix(key: Uint8Array): IdbKey & { length: number } {
  const widths = key[0];
  if (widths === undefined) throw new FormatError('empty key');
  const databaseBytes = (widths >> 5) + 1;
  const storeBytes = ((widths >> 2) & 7) + 1;
  const indexBytes = (widths & 3) + 1;
  const length = 1 + databaseBytes + storeBytes + indexBytes;
  if (key.length < length) throw new FormatError('key shorter than its prefix');
  const int = (start: number, bytes: number) => {
    let value = 0;
    for (let k = bytes - 1; k >= 0; k--) value = value * 256 + key[start + k]!;
    return value;
  };
  return {
    databaseId: int(1, databaseBytes),
    objectStoreId: int(1 + databaseBytes, storeBytes),
    indexId: int(1 + databaseBytes + storeBytes, indexBytes),
    length,
  };
}

const OBJECT_STORE_RECORDS = 1;
const OBJECT_STORE_METADATA = 50;
const OBJECT_STORE_NAME = 0;

/** An object store's name, when this entry is the metadata that gives it. */
function objectStoreName(key: Uint8Array, value: Uint8Array): { databaseId: number; objectStoreId: number; name: string } | null {
  let prefix: ReturnType<typeof readIdbKeyPrefix>;
  try {
    prefix = readIdbKeyPrefix(key);
  } catch {
    return null;
  }
  if (prefix.objectStoreId !== 0 || prefix.indexId !== 0 || prefix.databaseId === 0) return null;
  if (key[prefix.length] !== OBJECT_STORE_METADATA) return null;
  const [objectStoreId, next] = readVarint(key, prefix.length + 1);
  if (key[next] !== OBJECT_STORE_NAME || next + 1 !== key.length) return null;
  // Names are UTF-16, big-endian.
  const swapped = Buffer.from(value);
  swapped.swap16();
  return { databaseId: prefix.databaseId, objectStoreId, name: swapped.toString('utf16le') };
}

/** An object store record's key: a database, an object store, and index id 1. */
function isRecordKey(key: Uint8Array): boolean {
  try {
    const prefix = readIdbKeyPrefix(key);
    return prefix.databaseId !== 0 && prefix.objectStoreId !== 0 && prefix.indexId === OBJECT_STORE_RECORDS && key.length > prefix.length;
  } catch {
    return false;
  }
}

/** The fields of a protocol buffer message; throws if the bytes are not one. */
export function protobufFields(bytes: Uint8Array): { field: number; bytes?: Uint8Array }[] {
  const fields: { field: number; bytes?: Uint8Array }[] = [];
  let at = 0;
  while (at < bytes.length) {
    const [tag, next] = readVarint(bytes, at);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 0) throw new FormatError('field number 0');
    if (wire === 0) at = readVarint(bytes, next)[1];
    else if (wire === 1) at = next + 8;
    else if (wire === 5) at = next + 4;
    else if (wire === 2) {
      const [length, start] = readVarint(bytes, next);
      at = start + length;
      fields.push({ field, bytes: bytes.subarray(start, at) });
      continue;
    } else throw new FormatError(`wire type ${wire}`);
    fields.push({ field });
  }
  if (at !== bytes.length) throw new FormatError('message runs past its bytes');
  return fields;
}

/**
 * Records copied whole inside a protocol buffer: a message whose field 1 is a
 * record's key and field 2 its value (LevelDB Scopes' undo "put"), at any depth.
 */
export function embeddedRecords(bytes: Uint8Array, depth = 0): { key: Uint8Array; value: Uint8Array }[] {
  let fields: { field: number; bytes?: Uint8Array }[];
  try {
    fields = protobufFields(bytes);
  } catch {
    return [];
  }
  const key = fields.find(({ field }) => field === 1)?.bytes;
  const value = fields.find(({ field }) => field === 2)?.bytes;
  if (key && value && isRecordKey(key)) return [{ key, value }];
  if (depth > 4) return [];
  return fields.flatMap((field) => (field.bytes ? embeddedRecords(field.bytes, depth + 1) : []));
}

export type UnwrappedValue = { kind: 'inline'; bytes: Uint8Array; compressed: boolean } | { kind: 'in-blob'; size: number };

/**
 * What Blink made of a value before IndexedDB stored it: the serialized
 * value itself, Snappy-compressed (`ff 11 02`), or moved to a blob file
 * (`ff 11 01`, then its size and index).
 */
export function unwrapBlinkValue(bytes: Uint8Array): UnwrappedValue {
  if (bytes[0] === 0xff && bytes[1] === 0x11 && bytes[2] === 0x02)
    return { kind: 'inline', bytes: snappy.uncompress(bytes.subarray(3)), compressed: true };
  if (bytes[0] === 0xff && bytes[1] === 0x11 && bytes[2] === 0x01) return { kind: 'in-blob', size: readVarint(bytes, 3)[0] };
  return { kind: 'inline', bytes, compressed: false };
}

// ---- V8's ValueSerializer format ----------------------------------------------

/** A decoded value. Objects and arrays are plain; a Map or Set is decoded as such. */
export type V8Value = unknown;

export interface Decoded {
  value: V8Value;
  /** Every string decoded, keys included, for accounting against the bytes. */
  strings: string[];
}

/**
 * Decodes a serialized value: V8's own (`ff 0f …`, as Node's `v8.serialize`
 * writes it) or Blink's envelope around it (`ff 15 fe …12 bytes… ff 10 …`).
 */
export function decodeSerializedValue(bytes: Uint8Array): Decoded {
  let at = 0;
  // Blink's header, then V8's: each `ff` and a version; Blink's may be followed by `fe` and its trailer's place.
  let version = 0;
  while (bytes[at] === 0xff) {
    [version, at] = readVarint(bytes, at + 1);
    if (bytes[at] === 0xfe) at += 13;
  }
  if (version < 13) throw new FormatError(`no V8 serialization header (version ${version})`);
  const reader = new V8Reader(bytes, at);
  return { value: reader.read(), strings: reader.strings };
}

class V8Reader {
  readonly strings: string[] = [];
  private readonly objects: unknown[] = [];

  constructor(
    private readonly bytes: Uint8Array,
    private at: number,
  ) {}

  private byte(): number {
    const byte = this.bytes[this.at++];
    if (byte === undefined) throw new FormatError('value ends early');
    return byte;
  }

  private varint(): number {
    const [value, next] = readVarint(this.bytes, this.at);
    this.at = next;
    return value;
  }

  private double(): number {
    if (this.at + 8 > this.bytes.length) throw new FormatError('value ends inside a number');
    const value = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + this.at, 8).readDoubleLE(0);
    this.at += 8;
    return value;
  }

  private take(length: number): Uint8Array {
    if (this.at + length > this.bytes.length) throw new FormatError('value ends inside a string');
    const slice = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return slice;
  }

  private string(tag: number): string {
    const raw = this.take(this.varint());
    const text = Buffer.from(raw).toString(tag === 0x22 ? 'latin1' : tag === 0x63 ? 'utf16le' : 'utf8');
    this.strings.push(text);
    return text;
  }

  private remember<T>(object: T): T {
    this.objects.push(object);
    return object;
  }

  /** Key–value pairs up to the end tag, into `target`. */
  private properties(target: Record<string, unknown>, endTag: number): void {
    for (;;) {
      this.skipPadding();
      if (this.bytes[this.at] === endTag) {
        this.at++;
        return;
      }
      const key = this.read();
      target[String(key)] = this.read();
    }
  }

  private skipPadding(): void {
    while (this.bytes[this.at] === 0x00) this.at++;
  }

  read(): V8Value {
    this.skipPadding();
    const tag = this.byte();
    switch (tag) {
      case 0x5f: // _
        return undefined;
      case 0x30: // 0
        return null;
      case 0x54: // T
        return true;
      case 0x46: // F
        return false;
      case 0x49: // I: int32, zigzag
        return zigzagDecode(this.varint());
      case 0x55: // U: uint32
        return this.varint();
      case 0x4e: // N: double
        return this.double();
      case 0x5a: // Z: BigInt
        return this.bigint();
      case 0x22: // ": one-byte string
      case 0x63: // c: two-byte string
      case 0x53: // S: UTF-8 string
        return this.string(tag);
      case 0x5e: {
        // ^: a reference to an object read earlier
        const id = this.varint();
        if (id >= this.objects.length) throw new FormatError(`reference to object ${id}, not read yet`);
        return this.objects[id];
      }
      case 0x6f: {
        // o … {
        const object = this.remember<Record<string, unknown>>({});
        this.properties(object, 0x7b);
        this.varint();
        return object;
      }
      case 0x41: {
        // A: dense array, its elements, then any other properties, $
        const array = this.remember<unknown[]>([]);
        const length = this.varint();
        for (let index = 0; index < length; index++) {
          this.skipPadding();
          if (this.bytes[this.at] === 0x2d) {
            this.at++; // -: a hole
            continue;
          }
          array[index] = this.read();
        }
        this.properties(array as unknown as Record<string, unknown>, 0x24);
        this.varint();
        this.varint();
        return array;
      }
      case 0x61: {
        // a: sparse array, @
        const array = this.remember<unknown[]>([]);
        array.length = this.varint();
        this.properties(array as unknown as Record<string, unknown>, 0x40);
        this.varint();
        this.varint();
        return array;
      }
      case 0x44: // D: Date
        return this.remember(new Date(this.double()));
      case 0x79: // y, x: Boolean objects
      case 0x78:
        return this.remember({ boxed: tag === 0x79 });
      case 0x6e: // n: Number object
        return this.remember({ boxed: this.double() });
      case 0x7a: // z: BigInt object
        return this.remember({ boxed: this.bigint() });
      case 0x73: {
        // s: String object
        this.skipPadding();
        return this.remember({ boxed: this.string(this.byte()) });
      }
      case 0x52: {
        // R: RegExp, pattern then flags
        this.skipPadding();
        const pattern = this.string(this.byte());
        this.varint();
        return this.remember({ regexp: pattern });
      }
      case 0x3b: {
        // ; … :  Map
        const map = this.remember(new Map<unknown, unknown>());
        for (;;) {
          this.skipPadding();
          if (this.bytes[this.at] === 0x3a) break;
          const key = this.read();
          map.set(key, this.read());
        }
        this.at++;
        this.varint();
        return map;
      }
      case 0x27: {
        // ' … ,  Set
        const set = this.remember(new Set<unknown>());
        for (;;) {
          this.skipPadding();
          if (this.bytes[this.at] === 0x2c) break;
          set.add(this.read());
        }
        this.at++;
        this.varint();
        return set;
      }
      case 0x3f: // ?: a count of objects, to check against; nothing to read
        this.varint();
        return this.read();
      default:
        // Array buffers, host objects (files, blobs), errors, Wasm: the app stores none.
        throw new FormatError(
          `V8 tag ${JSON.stringify(String.fromCharCode(tag))} (0x${tag.toString(16)}) at byte ${this.at - 1} is not read`,
        );
    }
  }

  private bigint(): bigint {
    const bitfield = this.varint();
    const digits = this.take(Math.floor(bitfield / 2));
    let value = 0n;
    for (let index = digits.length - 1; index >= 0; index--) value = value * 256n + BigInt(digits[index]!);
    return bitfield % 2 === 1 ? -value : value;
  }
}

// ---- A whole profile ------------------------------------------------------------

export interface StoredValue {
  /** The file it was read from, relative to the IndexedDB folder. */
  file: string;
  /**
   * A record as written; a copy of one that Chromium kept while a
   * transaction was open, to undo it (the old version, deleted afterwards,
   * yet still in the files); or a blob file.
   */
  from: 'record' | 'undo-log' | 'blob';
  /** Write order: LevelDB's sequence number. Null for a blob file, which has none. */
  sequence: number | null;
  databaseId: number | null;
  objectStoreId: number | null;
  /** The object store's name, where the files still hold it. */
  objectStore: string | null;
  compressed: boolean;
  value: V8Value;
}

export interface IndexedDbFiles {
  /** The folders read: the origin's `.indexeddb.leveldb` and, if there is one, its `.indexeddb.blob`. */
  folders: string[];
  /** Every file read, relative to the IndexedDB folder, with its size. */
  files: { file: string; bytes: number }[];
  /** Every version of every object store record, superseded and deleted ones included, in write order. */
  values: StoredValue[];
  /** Deletes of object store records: the tombstones, with the sequence number each was written at. */
  deletions: { file: string; sequence: number; databaseId: number; objectStoreId: number }[];
  /** Everything that looked odd but held none of the needles (torn records and the like). */
  problems: string[];
}

/** How Chromium names an origin's storage folders: `http://127.0.0.1:4325` → `http_127.0.0.1_4325`. */
export function originIdentifier(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol.replace(/:$/, '')}_${url.hostname}_${url.port || '0'}`;
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(full, ...(await walk(full)));
    else found.push(full);
  }
  return found;
}

/**
 * Reads every file of an origin's IndexedDB in a closed profile. Throws if
 * there is no LevelDB folder for the origin, if the origin's IndexedDB is
 * kept in any other form, or if any occurrence of a needle in any file is
 * not accounted for by a decoded value.
 */
export async function readIndexedDbFiles(profileDir: string, origin: string): Promise<IndexedDbFiles> {
  const prefix = `${originIdentifier(origin)}.indexeddb.`;
  const everything = await walk(profileDir);
  const folders = everything.filter((file) => path.basename(file).startsWith(prefix));
  const levelDbFolders = folders.filter((folder) => folder.endsWith('.leveldb'));
  if (levelDbFolders.length !== 1)
    throw new FormatError(`expected one ${prefix}leveldb folder in ${profileDir}, found ${levelDbFolders.length}: ${folders.join(', ')}`);
  const strange = folders.filter((folder) => !/\.indexeddb\.(leveldb|blob)$/.test(folder));
  if (strange.length > 0) throw new FormatError(`IndexedDB kept in a form this reader does not know: ${strange.join(', ')}`);
  const root = path.dirname(levelDbFolders[0]!);

  const result: IndexedDbFiles = { folders, files: [], values: [], deletions: [], problems: [] };
  const storeNames = new Map<string, string>();
  const pending: { file: string; entry: LevelDbEntry }[] = [];

  for (const folder of folders) {
    for (const full of everything.filter((file) => file.startsWith(folder + path.sep))) {
      if (!(await stat(full)).isFile()) continue;
      const bytes = new Uint8Array(await readFile(full));
      const file = path.relative(root, full);
      result.files.push({ file, bytes: bytes.length });
      const name = path.basename(full);
      const inBlobFolder = folder.endsWith('.blob');

      /** The bytes of this file as each layer sees them must account for every needle in the file's raw bytes. */
      const accountFor = (layers: Uint8Array[], what: string) => {
        const raw = needleCount(bytes);
        const seen = layers.reduce((sum, layer) => sum + needleCount(layer), 0);
        if (raw > seen) throw new FormatError(`${file}: ${raw} needle(s) in the raw bytes, only ${seen} in its ${what}`);
      };

      if (inBlobFolder) {
        // A blob file holds a value too large to keep inline, serialized as Blink wrapped it (or a Blob
        // the page stored, which the app never does: then it has to hold no needle).
        try {
          const decoded = decodeAccounted(bytes, file);
          result.values.push({ file, from: 'blob', sequence: null, databaseId: null, objectStoreId: null, objectStore: null, ...decoded });
        } catch (error) {
          if (needleCount(bytes) > 0) throw error;
          result.problems.push(`${file}: not a serialized value`);
        }
      } else if (/^\d+\.log$/.test(name) || /^MANIFEST-\d+$/.test(name)) {
        const { records, problems } = readLogRecords(bytes);
        accountFor(records, 'log records');
        result.problems.push(...problems.map((problem) => `${file}: ${problem}`));
        if (name.endsWith('.log')) {
          for (const record of records) {
            let entries: LevelDbEntry[];
            try {
              entries = parseWriteBatch(record);
            } catch (error) {
              if (needleCount(record) > 0) throw new FormatError(`${file}: a record holding a needle could not be read: ${String(error)}`);
              result.problems.push(`${file}: ${String(error)}`);
              continue;
            }
            const seen = entries.reduce((sum, { key, value }) => sum + needleCount(key) + needleCount(value), 0);
            if (seen !== needleCount(record)) throw new FormatError(`${file}: a write batch's entries do not account for its needles`);
            pending.push(...entries.map((entry) => ({ file, entry })));
          }
        } else if (records.some((record) => needleCount(record) > 0)) {
          throw new FormatError(`${file}: a manifest holding a needle, which should hold file names and key ranges only`);
        }
      } else if (/^\d+\.(ldb|sst)$/.test(name)) {
        const { blocks, entries } = readTable(bytes);
        accountFor(blocks, 'uncompressed blocks');
        const inEntries = entries.reduce((sum, { key, value }) => sum + needleCount(key) + needleCount(value), 0);
        const inBlocks = blocks.reduce((sum, block) => sum + needleCount(block), 0);
        if (inEntries !== inBlocks) throw new FormatError(`${file}: its entries hold ${inEntries} needle(s), its blocks ${inBlocks}`);
        pending.push(...entries.map((entry) => ({ file, entry })));
      } else if (needleCount(bytes) > 0) {
        throw new FormatError(`${file}: a file this reader does not know holds a needle`);
      }
    }
  }

  for (const { entry } of pending) {
    const names = entry.kind === 'put' ? objectStoreName(entry.key, entry.value) : null;
    if (names) storeNames.set(`${names.databaseId}/${names.objectStoreId}`, names.name);
  }
  const keep = (file: string, sequence: number, from: StoredValue['from'], key: Uint8Array, value: Uint8Array) => {
    const prefix = readIdbKeyPrefix(key);
    // The record's version, then Blink's bytes.
    const [, start] = readVarint(value, 0);
    result.values.push({
      file,
      from,
      sequence,
      databaseId: prefix.databaseId,
      objectStoreId: prefix.objectStoreId,
      objectStore: storeNames.get(`${prefix.databaseId}/${prefix.objectStoreId}`) ?? null,
      ...decodeAccounted(value.subarray(start), file),
    });
  };
  for (const { file, entry } of pending) {
    if (isRecordKey(entry.key)) {
      if (entry.kind === 'put') keep(file, entry.sequence, 'record', entry.key, entry.value);
      else {
        const { databaseId, objectStoreId } = readIdbKeyPrefix(entry.key);
        result.deletions.push({ file, sequence: entry.sequence, databaseId, objectStoreId });
      }
      continue;
    }
    if (needleCount(entry.value) === 0) continue;
    // Not a record, yet it holds a needle: a copy of records kept to undo a transaction (LevelDB Scopes'
    // undo log, a protocol buffer of puts of whole keys and values), deleted once the transaction is done.
    const copies = embeddedRecords(entry.value);
    const accounted = copies.reduce((sum, { value }) => sum + needleCount(value), 0);
    if (accounted !== needleCount(entry.value))
      throw new FormatError(
        `${file}: an entry that is not a record holds needles this reader cannot place: ${Buffer.from(entry.key).toString('hex')}`,
      );
    for (const copy of copies) keep(file, entry.sequence, 'undo-log', copy.key, copy.value);
  }
  result.values.sort((a, b) => (a.sequence ?? Infinity) - (b.sequence ?? Infinity));
  return result;
}

/** Unwraps and decodes one value, and checks that every needle in its bytes became a decoded string. */
function decodeAccounted(blinkBytes: Uint8Array, file: string): { compressed: boolean; value: V8Value } {
  const unwrapped = unwrapBlinkValue(blinkBytes);
  // Moved to a blob file: its bytes are read there, with the rest of the blob folder.
  if (unwrapped.kind === 'in-blob') return { compressed: false, value: { inBlobFile: unwrapped.size } };
  let decoded: Decoded;
  try {
    decoded = decodeSerializedValue(unwrapped.bytes);
  } catch (error) {
    throw new FormatError(`${file}: a value could not be decoded: ${String(error)}`);
  }
  const expected = needleCount(unwrapped.bytes);
  const found = decoded.strings.filter((text) => (NEEDLES as readonly string[]).includes(text)).length;
  if (found !== expected) throw new FormatError(`${file}: a value's bytes hold ${expected} needle(s), its decoding ${found}`);
  return { compressed: unwrapped.compressed, value: decoded.value };
}

// ---- What the files reveal about check-ins ------------------------------------------

export interface CheckInFigures {
  /** The stored value it was found in: which file, which version. */
  found: StoredValue;
  /** The object's own `roundId`, or that of the nearest object around it that has one. */
  roundId: string | null;
  respondents: number | null;
  /** `counts` as stored, numbers only: item → value → how many chose it. */
  counts: Record<string, Record<string, number>>;
  /** Under `counts`, each item's counts added up: how many people the item's figures come from. */
  itemTotals: Record<string, number>;
  /** How many counts above zero `counts` holds. */
  positiveCounts: number;
}

/**
 * Every object, at any depth of any stored version, that holds check-in
 * figures: a `respondents` number or a `counts` table (`{ itemId: { value: count } }`).
 */
export function checkInFigures(files: IndexedDbFiles): CheckInFigures[] {
  const figures: CheckInFigures[] = [];
  const visit = (node: unknown, roundId: string | null, found: StoredValue, seen: Set<object>): void => {
    // Figures kept as JSON text inside a value are figures all the same.
    if (typeof node === 'string' && /^\s*[[{]/.test(node)) {
      try {
        visit(JSON.parse(node), roundId, found, seen);
      } catch {
        // Not JSON after all.
      }
      return;
    }
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (node instanceof Map) {
      for (const child of node.values()) visit(child, roundId, found, seen);
      return;
    }
    const record = node as Record<string, unknown>;
    const here = typeof record['roundId'] === 'string' ? record['roundId'] : roundId;
    if ('respondents' in record || 'counts' in record) {
      const counts: Record<string, Record<string, number>> = {};
      const itemTotals: Record<string, number> = {};
      let positiveCounts = 0;
      const stored = record['counts'];
      if (typeof stored === 'object' && stored !== null) {
        for (const [itemId, row] of Object.entries(stored)) {
          const cells = typeof row === 'number' ? { '': row } : typeof row === 'object' && row !== null ? row : {};
          const numbers = Object.entries(cells).filter((cell): cell is [string, number] => typeof cell[1] === 'number');
          counts[itemId] = Object.fromEntries(numbers);
          itemTotals[itemId] = numbers.reduce((sum, [, count]) => sum + count, 0);
          positiveCounts += numbers.filter(([, count]) => count > 0).length;
        }
      }
      const respondents = typeof record['respondents'] === 'number' ? record['respondents'] : null;
      figures.push({ found, roundId: here, respondents, counts, itemTotals, positiveCounts });
    }
    for (const child of Object.values(record)) visit(child, here, found, seen);
  };
  for (const found of files.values) visit(found.value, null, found, new Set());
  return figures;
}
