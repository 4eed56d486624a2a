import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkInFigures,
  decodeSerializedValue,
  embeddedRecords,
  FormatError,
  needleCount,
  originIdentifier,
  parseBlock,
  parseWriteBatch,
  readIdbKeyPrefix,
  readIndexedDbFiles,
  readLogRecords,
  readTable,
  readVarint,
  unwrapBlinkValue,
  zigzagDecode,
} from '../../support/indexeddb-files.ts';

// The reader the end-to-end test uses to look for check-in answers in a
// profile's files (tests/e2e/check-in-files.spec.ts). A reader that misses
// something makes that test pass for the wrong reason, so each layer is
// checked here on bytes made independently: V8 values by Node's own
// v8.serialize (the same ValueSerializer format Chromium writes, under a
// different header), LevelDB's log and table formats by small writers
// below that follow LevelDB's format documents, Snappy by snappyjs.

const snappy = createRequire(import.meta.url)('snappyjs') as { compress(bytes: Uint8Array): Uint8Array };

// ---- Writers, for making test bytes --------------------------------------------

function varint(value: number): number[] {
  const bytes: number[] = [];
  do {
    bytes.push((value % 128) + (value >= 128 ? 128 : 0));
    value = Math.floor(value / 128);
  } while (value > 0);
  return bytes;
}

const bytes = (...parts: (Uint8Array | number[])[]) => Buffer.concat(parts.map((part) => Buffer.from(part)));

function uint64(value: number): number[] {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64LE(BigInt(value));
  return [...buffer];
}

/** Chromium's envelope around V8's bytes: Blink's version 21 header and trailer place, then V8's own header and value. */
const blinkSerialize = (value: unknown) => bytes([0xff, 0x15, 0xfe, ...Array<number>(12).fill(0)], v8.serialize(value));
/** An IndexedDB record's value: its version, then Blink's bytes. */
const recordValue = (value: unknown) => bytes([1], blinkSerialize(value));

/** LevelDB's log format: 32 KB blocks, each fragment with a 7-byte header (checksum, length, type). */
function writeLog(records: Uint8Array[]): Uint8Array {
  const out: Uint8Array[] = [];
  let inBlock = 0;
  for (const record of records) {
    let left = record;
    let first = true;
    do {
      if (32768 - inBlock < 7) {
        out.push(new Uint8Array(32768 - inBlock));
        inBlock = 0;
      }
      const length = Math.min(left.length, 32768 - inBlock - 7);
      const last = length === left.length;
      const type = first && last ? 1 : first ? 2 : last ? 4 : 3;
      out.push(bytes([0, 0, 0, 0, length & 0xff, length >> 8, type]), left.subarray(0, length));
      inBlock += 7 + length;
      left = left.subarray(length);
      first = false;
    } while (left.length > 0);
  }
  return bytes(...out);
}

type Entry = { kind: 'put' | 'delete'; key: Uint8Array; value?: Uint8Array };

function writeBatch(sequence: number, entries: Entry[]): Uint8Array {
  const parts: (Uint8Array | number[])[] = [uint64(sequence), [entries.length, 0, 0, 0]];
  for (const { kind, key, value } of entries) {
    parts.push([kind === 'put' ? 1 : 0, ...varint(key.length)], key);
    if (kind === 'put') parts.push(varint(value!.length), value!);
  }
  return bytes(...parts);
}

/** A table block: keys sharing a prefix with the one before, a restart point every `interval` keys. */
function writeBlock(pairs: { key: Uint8Array; value: Uint8Array }[], interval = 2): Uint8Array {
  const parts: (Uint8Array | number[])[] = [];
  const restarts: number[] = [];
  let size = 0;
  let previous: Uint8Array = new Uint8Array(0);
  pairs.forEach(({ key, value }, index) => {
    let shared = 0;
    if (index % interval === 0) restarts.push(size);
    else while (shared < previous.length && shared < key.length && previous[shared] === key[shared]) shared++;
    const entry = bytes(varint(shared), varint(key.length - shared), varint(value.length), key.subarray(shared), value);
    parts.push(entry);
    size += entry.length;
    previous = key;
  });
  if (restarts.length === 0) restarts.push(0);
  const trailer = Buffer.alloc(4 * restarts.length + 4);
  restarts.forEach((offset, index) => trailer.writeUInt32LE(offset, 4 * index));
  trailer.writeUInt32LE(restarts.length, 4 * restarts.length);
  return bytes(...parts, trailer);
}

const internalKey = (key: Uint8Array, sequence: number, kind: 'put' | 'delete') =>
  bytes(key, uint64(sequence * 256 + (kind === 'put' ? 1 : 0)));

/** A LevelDB table: data blocks (Snappy-compressed where asked), an empty meta index, an index, the footer. */
function writeTable(blocks: { entries: { key: Uint8Array; value: Uint8Array }[]; compression: number }[]): Uint8Array {
  const out: Uint8Array[] = [];
  let size = 0;
  const put = (contents: Uint8Array, compression: number) => {
    const stored = compression === 1 ? snappy.compress(contents) : contents;
    const handle = [...varint(size), ...varint(stored.length)];
    out.push(stored, bytes([compression, 0, 0, 0, 0]));
    size += stored.length + 5;
    return handle;
  };
  const index = blocks.map(({ entries, compression }) => ({
    key: entries[entries.length - 1]!.key,
    value: Buffer.from(put(writeBlock(entries), compression)),
  }));
  const metaHandle = put(writeBlock([]), 0);
  const indexHandle = put(writeBlock(index, 1), 1);
  const handles = [...metaHandle, ...indexHandle];
  const footer = bytes(handles, Array<number>(40 - handles.length).fill(0), [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb]);
  return bytes(...out, footer);
}

/** An object store record's key: database 1, the store, index 1, then (for these tests) any bytes for the primary key. */
const recordKey = (store: number, primaryKey: string) => bytes([0x00, 1, store, 1], Buffer.from(primaryKey, 'utf16le').swap16());

/** A protocol buffer field holding bytes. */
const field = (number: number, contents: Uint8Array) => bytes([number * 8 + 2, ...varint(contents.length)], contents);

const tally = (respondents: number) => ({
  id: 'round-a_respect',
  sessionId: 'session',
  roundId: 'round-a',
  instrumentId: 'respect',
  respondents,
  counts: { heard: { '4': respondents } },
});

// ---- Bytes ------------------------------------------------------------------------

describe('varints', () => {
  it('reads LevelDB’s and V8’s unsigned varints, past 32 bits', () => {
    for (const value of [0, 1, 127, 128, 300, 16_384, 2 ** 31, 2 ** 32 + 5, 2 ** 53 - 1]) {
      expect(readVarint(Buffer.from([9, ...varint(value), 9]), 1)).toEqual([value, 1 + varint(value).length]);
    }
  });

  it('refuses a varint that never ends', () => {
    expect(() => readVarint(Buffer.from([0x80, 0x80]), 0)).toThrow(FormatError);
  });

  it('undoes V8’s zigzag encoding of signed integers, as v8.serialize writes them', () => {
    expect([0, 1, 2, 3, 4294967294, 4294967295].map(zigzagDecode)).toEqual([0, -1, 1, -2, 2147483647, -2147483648]);
    // 300 → zigzag 600 → varint d8 04, after V8's header ff 0f and the tag I.
    expect([...v8.serialize(300)].slice(-3)).toEqual([0x49, 0xd8, 0x04]);
    expect(decodeSerializedValue(v8.serialize(-300)).value).toBe(-300);
  });
});

// ---- V8 values ------------------------------------------------------------------------

describe('V8 values, checked against Node’s own v8.serialize', () => {
  const values: [string, unknown][] = [
    ['a tally as the app stores it', tally(6)],
    ['counts keyed by scale value (V8 writes integer-like keys as numbers)', { counts: { heard: { 1: 2, 5: 3 }, led: { 3: 1 } } }],
    ['one-byte strings', { text: 'café, naïve', empty: '' }],
    ['two-byte strings, as keys and values', { ключ: 'Zoë ✓ 日本語', other: '✓' }],
    ['integers at the edges of int32, and beyond', [0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53]],
    ['doubles', [1.5, -0.25, 1e300, Number.NaN]],
    ['booleans, null and undefined', { yes: true, no: false, nothing: null, missing: undefined }],
    ['nested arrays and objects', { list: [{ a: [1, [2, [3]]] }, 'x'] }],
    ['a Date', { closedAt: new Date('2027-03-05T18:00:00Z') }],
    [
      'a Map and a Set',
      {
        map: new Map<unknown, unknown>([
          ['a', 1],
          [2, { b: 'c' }],
        ]),
        set: new Set(['x', 3]),
      },
    ],
    ['BigInts', [0n, 5n, -5n, 2n ** 70n, -(2n ** 64n) + 1n]],
  ];

  it.each(values)('decodes %s', (_, value) => {
    expect(decodeSerializedValue(v8.serialize(value)).value).toEqual(value);
  });

  it('decodes the same value inside Chromium’s Blink envelope', () => {
    expect(decodeSerializedValue(blinkSerialize(tally(3))).value).toEqual(tally(3));
  });

  it('decodes arrays with holes and sparse arrays', () => {
    const holey = [1, , 3];
    const sparse: number[] = [];
    sparse[1000] = 7;
    const decoded = decodeSerializedValue(v8.serialize({ holey, sparse })).value as { holey: unknown[]; sparse: unknown[] };
    expect(decoded.holey).toHaveLength(3);
    expect(1 in decoded.holey).toBe(false);
    expect(decoded.holey[2]).toBe(3);
    expect(decoded.sparse).toHaveLength(1001);
    expect(decoded.sparse[1000]).toBe(7);
  });

  it('follows references to an object met before', () => {
    const shared = { respondents: 2 };
    const decoded = decodeSerializedValue(v8.serialize({ a: shared, b: shared })).value as { a: unknown; b: unknown };
    expect(decoded.a).toEqual(shared);
    expect(decoded.b).toBe(decoded.a);
  });

  it('decodes boxed primitives and regular expressions into plain descriptions', () => {
    expect(decodeSerializedValue(v8.serialize([new Number(3), new String('s'), new Boolean(true), /a+b/g])).value).toEqual([
      { boxed: 3 },
      { boxed: 's' },
      { boxed: true },
      { regexp: 'a+b' },
    ]);
  });

  it('says so, rather than returning less, when it meets something it does not read', () => {
    expect(() => decodeSerializedValue(v8.serialize({ respondents: 1, raw: new Uint8Array([1, 2]) }))).toThrow(FormatError);
    expect(() => decodeSerializedValue(Buffer.from('not serialized'))).toThrow(FormatError);
  });

  it('reports every string it decoded, so the bytes can be accounted for', () => {
    const serialized = v8.serialize({ respondents: 1, counts: {}, note: 'respondents', ключ: 'roundId' });
    const { strings } = decodeSerializedValue(serialized);
    expect(strings.filter((text) => ['respondents', 'counts', 'roundId'].includes(text))).toHaveLength(4);
    expect(needleCount(serialized)).toBe(4);
  });

  it('counts both ways V8 writes a needle, and not a longer string that starts with one', () => {
    const twoByte = Buffer.concat([Buffer.from([0x63, 22]), Buffer.from('respondents', 'utf16le')]);
    expect(needleCount(twoByte)).toBe(1);
    expect(needleCount(v8.serialize({ respondentsNote: 'counts of people' }))).toBe(0);
  });
});

// ---- Blink's wrapping ------------------------------------------------------------------

describe('Blink’s wrapping of large values', () => {
  it('passes an ordinary value through', () => {
    const plain = blinkSerialize(tally(1));
    expect(unwrapBlinkValue(plain)).toEqual({ kind: 'inline', bytes: plain, compressed: false });
  });

  it('decompresses a value Blink compressed with Snappy (ff 11 02)', () => {
    const plain = blinkSerialize(tally(2));
    const unwrapped = unwrapBlinkValue(bytes([0xff, 0x11, 0x02], snappy.compress(plain)));
    expect(unwrapped).toMatchObject({ kind: 'inline', compressed: true });
    expect(unwrapped.kind === 'inline' && decodeSerializedValue(unwrapped.bytes).value).toEqual(tally(2));
  });

  it('recognises a value moved to a blob file (ff 11 01, size, index)', () => {
    expect(unwrapBlinkValue(Buffer.from([0xff, 0x11, 0x01, ...varint(120_060), 0]))).toEqual({ kind: 'in-blob', size: 120_060 });
  });
});

// ---- LevelDB ------------------------------------------------------------------------

describe('LevelDB’s log format', () => {
  const small = Buffer.from('a small record');
  const large = Buffer.alloc(70_000, 7); // three blocks
  // Leaves fewer than 7 bytes in its block, which the writer fills with zeroes.
  const filler = Buffer.alloc(32768 - 7 - 7 - small.length - 3, 1);

  it('joins records split across 32 KB blocks and skips the zeroes at a block’s end', () => {
    const records = [small, filler, small, large, small];
    expect(readLogRecords(writeLog(records))).toEqual({ records: records.map((record) => Buffer.from(record)), problems: [] });
  });

  it('keeps a record cut short, and says so', () => {
    const file = writeLog([small, large]);
    const { records, problems } = readLogRecords(file.subarray(0, 40_000));
    expect(records[0]).toEqual(small);
    // Every byte of the torn record after the first is still there to search.
    expect(records.slice(1).reduce((sum, record) => sum + record.length, 0)).toBe(40_000 - 7 - small.length - 7 - 7);
    expect(problems).toEqual([expect.stringContaining('runs past its block')]);
  });

  it('reads a write batch’s puts and deletes, numbering them from the batch’s sequence number', () => {
    const batch = writeBatch(41, [
      { kind: 'put', key: Buffer.from('k1'), value: Buffer.from('v1') },
      { kind: 'delete', key: Buffer.from('k2') },
      { kind: 'put', key: Buffer.from('k3'), value: Buffer.alloc(300, 3) },
    ]);
    expect(parseWriteBatch(batch)).toEqual([
      { sequence: 41, kind: 'put', key: Buffer.from('k1'), value: Buffer.from('v1') },
      { sequence: 42, kind: 'delete', key: Buffer.from('k2'), value: new Uint8Array(0) },
      { sequence: 43, kind: 'put', key: Buffer.from('k3'), value: Buffer.alloc(300, 3) },
    ]);
    expect(() => parseWriteBatch(batch.subarray(0, batch.length - 1))).toThrow(FormatError);
  });
});

describe('LevelDB’s table format', () => {
  const key = (text: string) => Buffer.from(text);

  it('rebuilds keys that share a prefix with the one before', () => {
    const pairs = ['apple', 'apples', 'applesauce', 'banana', 'band'].map((text) => ({ key: key(text), value: key(text.toUpperCase()) }));
    expect(parseBlock(writeBlock(pairs, 2))).toEqual(pairs);
  });

  it('reads every version from every block, Snappy-compressed or not, with sequence numbers and deletes', () => {
    const table = writeTable([
      {
        compression: 1,
        entries: [
          { key: internalKey(key('tally'), 12, 'put'), value: key('second') },
          { key: internalKey(key('tally'), 10, 'put'), value: key('first') },
        ],
      },
      { compression: 0, entries: [{ key: internalKey(key('zzz'), 11, 'delete'), value: key('') }] },
    ]);
    const { entries, blocks } = readTable(table);
    expect(entries).toEqual([
      { sequence: 12, kind: 'put', key: key('tally'), value: key('second') },
      { sequence: 10, kind: 'put', key: key('tally'), value: key('first') },
      { sequence: 11, kind: 'delete', key: key('zzz'), value: key('') },
    ]);
    // Index, meta index and both data blocks, uncompressed, for the byte-by-byte search.
    expect(blocks).toHaveLength(4);
  });

  it('refuses a block compressed in a way it does not know, rather than skipping it', () => {
    const table = writeTable([{ compression: 2, entries: [{ key: internalKey(key('k'), 1, 'put'), value: key('v') }] }]);
    expect(() => readTable(table)).toThrow(/compression type 2/);
  });
});

// ---- Chromium's IndexedDB ---------------------------------------------------------------

describe('Chromium’s IndexedDB keys and undo log', () => {
  it('reads the prefix of ids every key starts with', () => {
    expect(readIdbKeyPrefix(Buffer.from([0x00, 1, 8, 1, 0x42]))).toEqual({ databaseId: 1, objectStoreId: 8, indexId: 1, length: 4 });
    // A two-byte object store id (widths 000 001 00), little-endian.
    expect(readIdbKeyPrefix(Buffer.from([0x04, 1, 0x2c, 0x01, 30]))).toEqual({ databaseId: 1, objectStoreId: 300, indexId: 30, length: 5 });
  });

  it('finds whole records copied into LevelDB Scopes’ undo log (a protocol buffer), at any depth', () => {
    const key = recordKey(2, 'round-a_respect');
    const value = recordValue(tally(4));
    const undoTask = field(1, bytes(field(1, key), field(2, value)));
    expect(embeddedRecords(undoTask)).toEqual([{ key, value }]);
    expect(embeddedRecords(Buffer.from('not a protocol buffer at all'))).toEqual([]);
  });

  it('names an origin’s folders as Chromium does', () => {
    expect(originIdentifier('http://127.0.0.1:4325')).toBe('http_127.0.0.1_4325');
    expect(originIdentifier('app://common-ground')).toBe('app_common-ground_0');
  });
});

// ---- A whole profile ----------------------------------------------------------------------

describe('reading a profile’s IndexedDB files', () => {
  const ORIGIN = 'http://127.0.0.1:4325';
  let profile = '';
  afterEach(async () => {
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  async function makeProfile(files: Record<string, Uint8Array | string>): Promise<string> {
    profile = await mkdtemp(path.join(os.tmpdir(), 'idb-files-test-'));
    for (const [name, contents] of Object.entries(files)) {
      const full = path.join(profile, 'Default', 'IndexedDB', name);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, contents);
    }
    return profile;
  }

  const LEVELDB = 'http_127.0.0.1_4325.indexeddb.leveldb';
  const tallyKey = recordKey(2, 'round-a_respect');
  const storeName = {
    kind: 'put',
    key: Buffer.from([0x00, 1, 0, 0, 50, 2, 0]),
    value: Buffer.from('checkInTallies', 'utf16le').swap16(),
  } as const;
  const undoKey = Buffer.from([0, 0, 0, 0, 50, 2, 1, 0, 0x7f]);

  /** Every version of the tally, written the ways Chromium writes them: in a table, in the log, in the undo log, in a blob file. */
  function everyKindOfFile() {
    return {
      [`${LEVELDB}/000005.ldb`]: writeTable([
        { compression: 1, entries: [{ key: internalKey(tallyKey, 5, 'put'), value: recordValue(tally(1)) }] },
      ]),
      [`${LEVELDB}/000006.log`]: writeLog([
        writeBatch(9, [storeName]),
        writeBatch(10, [{ kind: 'put', key: tallyKey, value: recordValue(tally(2)) }]),
        writeBatch(11, [
          { kind: 'put', key: undoKey, value: field(1, bytes(field(1, tallyKey), field(2, recordValue(tally(2))))) },
          { kind: 'put', key: tallyKey, value: recordValue(tally(3)) },
        ]),
        writeBatch(13, [{ kind: 'delete', key: undoKey }]),
        writeBatch(14, [{ kind: 'delete', key: tallyKey }]),
      ]),
      [`${LEVELDB}/MANIFEST-000001`]: writeLog([Buffer.from('leveldb.BytewiseComparator')]),
      [`${LEVELDB}/CURRENT`]: 'MANIFEST-000001\n',
      [`${LEVELDB}/LOCK`]: '',
      'http_127.0.0.1_4325.indexeddb.blob/1/00/2': bytes([0xff, 0x11, 0x02], snappy.compress(blinkSerialize(tally(4)))),
    };
  }

  it('finds every version of a record, superseded, deleted and copied, in the order written', async () => {
    const disk = await readIndexedDbFiles(await makeProfile(everyKindOfFile()), ORIGIN);
    expect(disk.files.map(({ file }) => file).sort()).toEqual(Object.keys(everyKindOfFile()).sort());
    expect(
      disk.values.map(({ from, sequence, objectStore, value }) => [
        from,
        sequence,
        objectStore,
        (value as { respondents: number }).respondents,
      ]),
    ).toEqual([
      ['record', 5, 'checkInTallies', 1],
      ['record', 10, 'checkInTallies', 2],
      ['undo-log', 11, 'checkInTallies', 2],
      ['record', 12, 'checkInTallies', 3],
      ['blob', null, null, 4],
    ]);
    expect(disk.deletions).toEqual([{ file: `${LEVELDB}/000006.log`, sequence: 14, databaseId: 1, objectStoreId: 2 }]);
    expect(disk.problems).toEqual([]);
  });

  it('refuses a profile whose needles it cannot all account for', async () => {
    // A value it cannot decode, holding a tally's field names.
    const undecodable = bytes(
      [1, 0xff, 0x15, 0xfe, ...Array<number>(12).fill(0)],
      v8.serialize({ respondents: 1, raw: new Uint8Array(1) }),
    );
    await makeProfile({ [`${LEVELDB}/000003.log`]: writeLog([writeBatch(1, [{ kind: 'put', key: tallyKey, value: undecodable }])]) });
    await expect(readIndexedDbFiles(profile, ORIGIN)).rejects.toThrow(/could not be decoded/);
    await rm(profile, { recursive: true });

    // A tally's bytes outside any log record.
    const log = writeLog([writeBatch(1, [{ kind: 'put', key: tallyKey, value: recordValue(tally(1)) }])]);
    await makeProfile({ [`${LEVELDB}/000003.log`]: bytes(log, Array<number>(8).fill(0), blinkSerialize(tally(2))) });
    await expect(readIndexedDbFiles(profile, ORIGIN)).rejects.toThrow(FormatError);
    await rm(profile, { recursive: true });

    // A file of a kind it does not read, holding a tally.
    await makeProfile({ [`${LEVELDB}/000003.log`]: writeLog([]), [`${LEVELDB}/000004.tmp`]: blinkSerialize(tally(2)) });
    await expect(readIndexedDbFiles(profile, ORIGIN)).rejects.toThrow(/does not know holds a needle/);
    await rm(profile, { recursive: true });

    // A record that is neither a record nor a copy of one, holding a tally.
    const stray = writeBatch(1, [{ kind: 'put', key: Buffer.from([0, 0, 0, 0, 99]), value: recordValue(tally(1)) }]);
    await makeProfile({ [`${LEVELDB}/000003.log`]: writeLog([stray]) });
    await expect(readIndexedDbFiles(profile, ORIGIN)).rejects.toThrow(/cannot place/);
  });

  it('refuses a profile with no IndexedDB folder for the origin, or one kept in a form it does not read', async () => {
    await makeProfile({ 'http_127.0.0.1_9999.indexeddb.leveldb/CURRENT': '' });
    await expect(readIndexedDbFiles(profile, ORIGIN)).rejects.toThrow(/expected one/);
    await rm(profile, { recursive: true });
    await makeProfile({ [`${LEVELDB}/CURRENT`]: '', 'http_127.0.0.1_4325.indexeddb.sqlite/data': '' });
    await expect(readIndexedDbFiles(profile, ORIGIN)).rejects.toThrow(/form this reader does not know/);
  });

  it('lists the check-in figures in every version, with the round each belongs to', async () => {
    const disk = await readIndexedDbFiles(await makeProfile(everyKindOfFile()), ORIGIN);
    expect(
      checkInFigures(disk).map(({ roundId, respondents, itemTotals, positiveCounts }) => [
        roundId,
        respondents,
        itemTotals,
        positiveCounts,
      ]),
    ).toEqual([
      ['round-a', 1, { heard: 1 }, 1],
      ['round-a', 2, { heard: 2 }, 1],
      ['round-a', 2, { heard: 2 }, 1],
      ['round-a', 3, { heard: 3 }, 1],
      ['round-a', 4, { heard: 4 }, 1],
    ]);
  });
});

describe('check-in figures, wherever they are filed', () => {
  it('finds them in JSON text kept inside a value', () => {
    const value = { id: 'draft', text: JSON.stringify({ roundId: 'round-c', respondents: 2, counts: { a: { '3': 2 } } }) };
    const found = {
      file: 'f',
      from: 'record',
      sequence: 1,
      databaseId: 1,
      objectStoreId: 1,
      objectStore: 's',
      compressed: false,
      value,
    } as const;
    expect(checkInFigures({ folders: [], files: [], values: [found], deletions: [], problems: [] })).toMatchObject([
      { roundId: 'round-c', respondents: 2, itemTotals: { a: 2 } },
    ]);
  });

  it('finds them nested, taking the round from the nearest object that names one', () => {
    const value = { id: 'r', roundId: 'round-b', results: [{ instrumentId: 'i', respondents: 0, counts: { a: { '1': 0 }, b: 2 } }] };
    const found = {
      file: 'f',
      from: 'record',
      sequence: 1,
      databaseId: 1,
      objectStoreId: 1,
      objectStore: 's',
      compressed: false,
      value,
    } as const;
    expect(checkInFigures({ folders: [], files: [], values: [found], deletions: [], problems: [] })).toEqual([
      { found, roundId: 'round-b', respondents: 0, counts: { a: { '1': 0 }, b: { '': 2 } }, itemTotals: { a: 0, b: 2 }, positiveCounts: 1 },
    ]);
  });
});
