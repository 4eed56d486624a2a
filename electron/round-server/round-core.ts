import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { addAnswerSet, emptyTally, type Tally } from '../../domain/check-ins/tally.ts';
import {
  BALLOT_COOKIE,
  PHONE_ANSWER_STATUS,
  PHONE_ENDPOINTS,
  PHONE_PAGE_DATA_ID,
  PHONE_ROUND_LIMITS,
  type PhoneInstrument,
  type PhonePageData,
  type PhoneRoundState,
  type PhoneStateMessage,
} from '../../domain/check-ins/phone-round.ts';
import type { ParticipantLanguage } from '../../domain/sessions/session-vocabulary.ts';
import { parseSubmission } from './submission.ts';

// The round server's logic, without a socket: every request goes through
// `handle`, so the tests can drive it without opening a port. What it holds
// while a round is open is counts per instrument, how many phones answered,
// and the ballots it handed out (random strings, never tied to an answer).
// No addresses, no times, no per-answer record: nothing here is written
// anywhere, and it is all dropped when the round closes.

export interface PhoneAsset {
  type: string;
  body: Buffer;
}

/** The built phone page: its index.html (with the round-data placeholder) and its files under assets/. */
export interface PhonePage {
  html: string;
  assets: ReadonlyMap<string, PhoneAsset>;
}

export interface CoreRequest {
  method: string;
  /** The request target as sent: path and query. */
  url: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body, for POST; the socket layer has already refused anything over the limit. */
  body?: Buffer | undefined;
}

export interface CoreResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
  /** A server-sent event stream: the socket layer keeps the response open and writes what `subscribe` sends. */
  stream?: { first: string; subscribe(send: (chunk: string) => void, end: () => void): () => void };
}

/** The counts a round ends with: all the app ever receives of it. */
export interface RoundCounts {
  tallies: Record<string, Tally>;
  changeRequests: number;
  /** Phones whose answers were counted, passes included. */
  answered: number;
}

export interface RoundCoreOptions {
  /** The participants' language: the page's words are in it, as the instruments' already are. */
  language: ParticipantLanguage;
  instruments: readonly PhoneInstrument[];
  page: PhonePage;
  /** `host:port` exactly as the address the phones were given; any other Host header is refused (DNS rebinding). */
  advertisedHost: string;
  random?: (bytes: number) => Buffer;
  /** A monotonic clock in milliseconds, for the rate limit only. */
  now?: () => number;
}

export const PHONE_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const BASE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** A ballot: a random nonce and the round's signature of it, so the server keeps no list of ballots handed out. */
const TOKEN = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

function text(status: number, message: string): CoreResponse {
  return { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: message };
}

function header(headers: CoreRequest['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** JSON inside a <script type="application/json">: nothing in it can end the element or open a comment. */
function embeddedJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function createRoundCore(options: RoundCoreOptions) {
  const random = options.random ?? randomBytes;
  const now = options.now ?? (() => performance.now());
  const code = roundCode(random);
  const base = `/r/${code}/`;
  const signingKey = random(32);
  const spent = new Set<string>();
  const sign = (nonce: string) => createHmac('sha256', signingKey).update(nonce).digest().subarray(0, 16).toString('base64url');
  const tallies = new Map<string, Tally>();
  const streams = new Set<{ send: () => void; end: () => void }>();
  let changeRequests = 0;
  let answered = 0;
  let state: PhoneRoundState = 'open';
  let bucket: number = PHONE_ROUND_LIMITS.burst;
  let lastRefill = now();

  // A function, not a string: "$&" and the like in an instrument's text must stay text.
  const page = options.page.html.replace(
    '<!--round-data-->',
    () =>
      `<script type="application/json" id="${PHONE_PAGE_DATA_ID}">${embeddedJson({ language: options.language, instruments: [...options.instruments] } satisfies PhonePageData)}</script>`,
  );

  function allowRequest(): boolean {
    const at = now();
    bucket = Math.min(PHONE_ROUND_LIMITS.burst, bucket + ((at - lastRefill) / 1000) * PHONE_ROUND_LIMITS.requestsPerSecond);
    lastRefill = at;
    if (bucket < 1) return false;
    bucket -= 1;
    return true;
  }

  /** The request's ballot, if it carries one this round signed. */
  function ballotOf(request: CoreRequest): string | undefined {
    const token = cookieValue(header(request.headers, 'cookie'), BALLOT_COOKIE);
    const parts = token ? TOKEN.exec(token) : null;
    return parts && constantTimeEqual(sign(parts[1]!), parts[2]!) ? token : undefined;
  }

  function message(token: string | undefined): string {
    const body: PhoneStateMessage = { state, answered: token !== undefined && spent.has(token) };
    return JSON.stringify(body);
  }

  function servePage(request: CoreRequest): CoreResponse {
    const headers: Record<string, string> = {
      ...BASE_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PHONE_PAGE_CSP,
    };
    // A phone keeps its ballot across reloads; a new one (or one whose cookie was cleared) gets a fresh one. Nothing is kept of it here.
    if (ballotOf(request) === undefined && state === 'open') {
      const nonce = random(16).toString('base64url');
      headers['Set-Cookie'] = `${BALLOT_COOKIE}=${nonce}.${sign(nonce)}; Path=${base}; HttpOnly; SameSite=Lax`;
    }
    return { status: 200, headers, body: page };
  }

  function answer(request: CoreRequest): CoreResponse {
    if (state !== 'open') return text(PHONE_ANSWER_STATUS.closed, 'This round is closed.');
    const type = header(request.headers, 'content-type') ?? '';
    if (!/^application\/json(;|$)/i.test(type)) return text(PHONE_ANSWER_STATUS.malformed, 'Send the answers as JSON.');
    const body = request.body ?? Buffer.alloc(0);
    if (body.length > PHONE_ROUND_LIMITS.bodyBytes) return text(PHONE_ANSWER_STATUS.tooLarge, 'Too large.');
    const submission = parseSubmission(body, options.instruments);
    if (!submission) return text(PHONE_ANSWER_STATUS.malformed, 'These answers do not fit this round.');
    const token = ballotOf(request);
    if (token === undefined) return text(PHONE_ANSWER_STATUS.noBallot, 'No ballot: reload the page.');
    // Checked and spent in one step: nothing can run between the two.
    if (spent.has(token)) return text(PHONE_ANSWER_STATUS.alreadyAnswered, 'This phone has already answered.');
    if (spent.size >= PHONE_ROUND_LIMITS.answers) return text(PHONE_ANSWER_STATUS.busy, 'This round has taken as many answers as it can.');
    spent.add(token);
    for (const instrument of options.instruments) {
      const answers = submission.answers[instrument.id];
      if (!answers) continue;
      tallies.set(instrument.id, addAnswerSet(tallies.get(instrument.id) ?? emptyTally(), instrument, answers));
    }
    if (submission.wantsChange === true) changeRequests++;
    answered++;
    return { status: PHONE_ANSWER_STATUS.saved, headers: { ...BASE_HEADERS } };
  }

  function stateEndpoint(request: CoreRequest): CoreResponse {
    const token = ballotOf(request);
    const wantsStream = (header(request.headers, 'accept') ?? '').includes('text/event-stream');
    if (!wantsStream || state === 'closed') {
      return { status: 200, headers: { ...BASE_HEADERS, 'Content-Type': 'application/json' }, body: message(token) };
    }
    if (streams.size >= PHONE_ROUND_LIMITS.streams) return text(PHONE_ANSWER_STATUS.busy, 'Busy: ask again shortly.');
    return {
      status: 200,
      headers: { ...BASE_HEADERS, 'Content-Type': 'text/event-stream', Connection: 'keep-alive' },
      stream: {
        first: `retry: 3000\ndata: ${message(token)}\n\n`,
        subscribe(send, end) {
          // Each phone hears only the round's state and whether its own ballot is spent.
          const entry = { send: () => send(`data: ${message(token)}\n\n`), end };
          streams.add(entry);
          return () => streams.delete(entry);
        },
      },
    };
  }

  return {
    code,
    /** The page's path: the address phones are given is `http://<advertisedHost><path>`. */
    path: base,

    handle(request: CoreRequest): CoreResponse {
      const host = (header(request.headers, 'host') ?? '').toLowerCase();
      if (host !== options.advertisedHost.toLowerCase()) return text(PHONE_ANSWER_STATUS.wrongHost, 'Wrong address.');
      const path = request.url.split('?')[0]!;
      // An address typed without its last slash still finds the page.
      if (request.method === 'GET' && path.length === base.length - 1 && constantTimeEqual(path.slice(3), code)) {
        return { status: 303, headers: { ...BASE_HEADERS, Location: base } };
      }
      if (!path.startsWith('/r/') || !constantTimeEqual(path.slice(3, 3 + code.length), code) || path[3 + code.length] !== '/')
        return text(404, 'Not found.');
      // Only requests that know the round's code spend from the shared allowance, so guessing cannot lock the room out.
      if (!allowRequest()) {
        const busy = text(PHONE_ANSWER_STATUS.busy, 'Busy: try again in a moment.');
        return { ...busy, headers: { ...busy.headers, 'Retry-After': '1' } };
      }
      const rest = path.slice(base.length);
      if (rest === '' && request.method === 'GET') return servePage(request);
      if (rest === PHONE_ENDPOINTS.state && request.method === 'GET') return stateEndpoint(request);
      if (rest === PHONE_ENDPOINTS.answer && request.method === 'POST') return answer(request);
      if (rest.startsWith(PHONE_ENDPOINTS.assets) && request.method === 'GET') {
        const asset = options.page.assets.get(rest.slice(PHONE_ENDPOINTS.assets.length));
        if (asset) return { status: 200, headers: { ...BASE_HEADERS, 'Content-Type': asset.type }, body: asset.body };
      }
      if (['', PHONE_ENDPOINTS.state, PHONE_ENDPOINTS.answer].includes(rest)) return text(405, 'Not allowed.');
      return text(404, 'Not found.');
    },

    /** How many phones have answered: all the facilitator's screen shows while the round is open. */
    answered: () => answered,

    /** Ends the round: phones hear that it closed, and the counts are handed over once. */
    close(): RoundCounts {
      state = 'closed';
      for (const stream of [...streams]) {
        stream.send();
        stream.end();
      }
      streams.clear();
      spent.clear();
      return { tallies: Object.fromEntries(tallies), changeRequests, answered };
    },

    /** Everything the round holds, for the tests: counts, and how many ballots, never which. */
    snapshot() {
      return { state, answered, changeRequests, tallies: Object.fromEntries(tallies), ballots: { spent: spent.size } };
    },
  };
}

/**
 * A round code short enough to type from the room's screen: 10 characters
 * from 31 that are hard to confuse (no 0/o, 1/l/i), about 49 bits. Guessing
 * it at the server's request limit would take far longer than any round is open.
 */
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const ROUND_CODE_LENGTH = 10;

function roundCode(random: (bytes: number) => Buffer): string {
  let code = '';
  while (code.length < ROUND_CODE_LENGTH) {
    for (const byte of random(16)) {
      // Rejection sampling keeps every character equally likely.
      if (byte < 248 && code.length < ROUND_CODE_LENGTH) code += CODE_ALPHABET[byte % 31]!;
    }
  }
  return code;
}

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export type RoundCore = ReturnType<typeof createRoundCore>;
