import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { PHONE_ANSWER_STATUS, PHONE_ROUND_LIMITS, type PhoneInstrument } from '../../domain/check-ins/phone-round.ts';
import type { ParticipantLanguage } from '../../domain/sessions/session-vocabulary.ts';
import { createRoundCore, type PhoneAsset, type PhonePage, type RoundCounts } from './round-core.ts';

// The round server: a plain node:http server that lives only while a round
// is open on phones. It listens on the one address the facilitator chose
// (never all interfaces), on a port the system picks, and serves nothing but
// the phone page, its files and two endpoints (see round-core.ts). It has no
// Electron imports, so the web mode's server script can mount it for tests,
// and it writes nothing to disk and logs nothing.

export interface LocalAddress {
  /** The network interface's name, e.g. "wlan0" or "Wi-Fi". */
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
}

/** Whether an IPv4 address is in a private range (RFC 1918), as a room's Wi-Fi or a hotspot gives. */
export function isPrivateAddress(address: string): boolean {
  const [a, b] = address.split('.').map(Number) as [number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * The machine's IPv4 addresses a phone could reach: no loopback, no
 * link-local. Private ones first (the room's network); any other (a VPN, a
 * public address) is marked, since it may be reachable beyond the room.
 */
export function localAddresses(interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces()): LocalAddress[] {
  const found: LocalAddress[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal || entry.family !== 'IPv4' || entry.address.startsWith('169.254.')) continue;
      const privateRange = isPrivateAddress(entry.address);
      found.push({ name: privateRange ? name : `${name}, may be reachable beyond this room`, address: entry.address, family: 'IPv4' });
    }
  }
  return found.sort((x, y) => Number(isPrivateAddress(y.address)) - Number(isPrivateAddress(x.address)));
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Reads the built phone page (index.html and assets/) into memory, once per round. */
export async function loadPhonePage(directory: string): Promise<PhonePage> {
  const html = await readFile(path.join(directory, 'index.html'), 'utf8');
  if (!html.includes('<!--round-data-->')) throw new Error(`The phone page in ${directory} has no round-data placeholder.`);
  const assets = new Map<string, PhoneAsset>();
  const assetDirectory = path.join(directory, 'assets');
  for (const name of await readdir(assetDirectory).catch(() => [] as string[])) {
    const type = TYPES[path.extname(name)];
    if (type) assets.set(name, { type, body: await readFile(path.join(assetDirectory, name)) });
  }
  return { html, assets };
}

export interface RoundServerOptions {
  language: ParticipantLanguage;
  instruments: readonly PhoneInstrument[];
  page: PhonePage;
  /** The address to listen on: one of `localAddresses()`, or loopback for development and tests. */
  bindAddress: string;
  /** The host name phones are given, if not the address itself (tests map a name to loopback). */
  hostName?: string;
}

export interface RunningRound {
  /** The address phones open: `http://<host>:<port>/r/<round code>/`. */
  url: string;
  /** How many phones have answered. */
  answered(): number;
  /** Stops listening, closes every connection, and hands over the counts. */
  close(): Promise<RoundCounts>;
}

function hostFor(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

export async function startRoundServer(options: RoundServerOptions): Promise<RunningRound> {
  // Requests cannot arrive before listen() resolves; the core needs the port, so it is set just after.
  const ready: { core?: ReturnType<typeof createRoundCore> } = {};
  // Short timeouts, checked every second: a connection that sends half a request cannot hold a place for long.
  const limits = { requestTimeout: 10_000, headersTimeout: 3_000, connectionsCheckingInterval: 1_000, maxHeaderSize: 8 * 1024 };
  const server = createServer(limits, (request, response) => {
    if (!ready.core) {
      response.writeHead(503).end();
      return;
    }
    void respond(ready.core, request, response);
  });
  server.maxConnections = PHONE_ROUND_LIMITS.streams + 100;
  // No 'clientError' detail is kept: a malformed request just gets its connection closed.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: options.bindAddress, port: 0, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = `${hostFor(options.hostName ?? options.bindAddress)}:${port}`;
  const round = createRoundCore({ language: options.language, instruments: options.instruments, page: options.page, advertisedHost: host });
  ready.core = round;

  return {
    url: `http://${host}${round.path}`,
    answered: () => round.answered(),
    async close() {
      const counts = round.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return counts;
    },
  };
}

/** Reads a body up to the limit; undefined if it is longer (the connection is then closed). */
function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > PHONE_ROUND_LIMITS.bodyBytes) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > PHONE_ROUND_LIMITS.bodyBytes) {
        // Stop reading; the reply says why, then the connection is closed.
        request.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', () => resolve(undefined));
  });
}

async function respond(core: ReturnType<typeof createRoundCore>, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let body: Buffer | undefined;
  if (request.method === 'POST') {
    body = await readBody(request);
    if (body === undefined) {
      response
        .writeHead(PHONE_ANSWER_STATUS.tooLarge, {
          'Content-Type': 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
          Connection: 'close',
        })
        .end('Too large.', () => request.destroy());
      return;
    }
  }
  const result = core.handle({ method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers, body });
  response.writeHead(result.status, result.headers);
  if (!result.stream) {
    response.end(result.body);
    return;
  }
  response.write(result.stream.first);
  const heartbeat = setInterval(() => response.write(': still here\n\n'), 25_000);
  const unsubscribe = result.stream.subscribe(
    (chunk) => response.write(chunk),
    () => response.end(),
  );
  response.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
