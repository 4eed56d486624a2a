import { describe, expect, it } from 'vitest';
import { BALLOT_COOKIE, PHONE_ROUND_LIMITS } from '../../../domain/check-ins/phone-round.ts';
import { phoneTestInstrument } from '../../support/phone-instruments.ts';
import { createRoundCore, type CoreRequest } from '../../../electron/round-server/round-core.ts';

const INSTRUMENTS = [
  phoneTestInstrument('respect', 'affected', ['heard', 'say'], 'Four questions.'),
  phoneTestInstrument('room', 'ally', ['talked']),
];

const HOST = 'cg-room.test:4000';
const PAGE = {
  html: '<html><head><!--round-data--></head><body></body></html>',
  assets: new Map([['app.js', { type: 'text/javascript', body: Buffer.from('1') }]]),
};

function setup(now?: () => number) {
  const core = createRoundCore({ language: 'en', instruments: INSTRUMENTS, page: PAGE, advertisedHost: HOST, ...(now ? { now } : {}) });
  const request = (method: string, rest: string, extra: Partial<CoreRequest> = {}) =>
    core.handle({ method, url: `${core.path}${rest}`, headers: { host: HOST, ...extra.headers }, body: extra.body });
  /** A phone: opens the page, keeps its ballot cookie, and can send answers. */
  const phone = () => {
    const page = request('GET', '');
    const cookie = page.headers['Set-Cookie']?.split(';')[0];
    const send = (body: unknown, raw?: string) =>
      request('POST', 'answer', {
        headers: { host: HOST, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: Buffer.from(raw ?? JSON.stringify(body)),
      });
    return { page, cookie, send };
  };
  return { core, request, phone };
}

const affected = (heard: number, say?: number) => ({
  track: 'affected',
  answers: { respect: { heard, ...(say ? { say } : {}) } },
  wantsChange: null,
});

describe('the round server, without a socket', () => {
  it('hands each phone a one-time ballot in an HttpOnly cookie scoped to the round, and embeds the round in the page', () => {
    const { core, phone } = setup();
    const first = phone();
    expect(first.page.status).toBe(200);
    expect(first.page.headers['Set-Cookie']).toMatch(
      new RegExp(`^${BALLOT_COOKIE}=[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}; Path=${core.path}; HttpOnly; SameSite=Lax$`),
    );
    expect(first.page.headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(String(first.page.body)).toContain('<script type="application/json" id="round-data">{"language":"en","instruments":[');
    expect(phone().cookie).not.toBe(first.cookie);
  });

  it('counts a submission once: a spent ballot is refused and changes nothing', () => {
    const { core, phone } = setup();
    const one = phone();
    expect(one.send(affected(4, 2)).status).toBe(204);
    const after = JSON.stringify(core.snapshot());
    expect(one.send(affected(1, 1)).status).toBe(409);
    expect(JSON.stringify(core.snapshot())).toBe(after);
    expect(core.snapshot().tallies['respect']).toEqual({ respondents: 1, counts: { heard: { '4': 1 }, say: { '2': 1 } } });
    expect(core.answered()).toBe(1);
  });

  it('holds counts only: no ballot, answer set or order can be read back from its state', () => {
    const { core, phone } = setup();
    const phones = [phone(), phone(), phone()];
    phones[0]!.send(affected(5));
    phones[1]!.send({ track: 'ally', answers: { room: { talked: 2 } }, wantsChange: true });
    phones[2]!.send({ track: null, answers: {}, wantsChange: false });
    const state = core.snapshot();
    expect(state).toEqual({
      state: 'open',
      answered: 3,
      changeRequests: 1,
      tallies: { respect: { respondents: 1, counts: { heard: { '5': 1 } } }, room: { respondents: 1, counts: { talked: { '2': 1 } } } },
      ballots: { spent: 3 },
    });
    for (const { cookie } of phones) expect(JSON.stringify(state)).not.toContain(cookie!.split('=')[1]);
    // Closing hands over the counts and lets go of every ballot.
    expect(core.close()).toEqual({ tallies: state.tallies, changeRequests: 1, answered: 3 });
    expect(core.snapshot().ballots).toEqual({ spent: 0 });
  });

  it('refuses a request for any other host name (DNS rebinding), with no effect', () => {
    const { core, phone } = setup();
    const one = phone();
    const response = core.handle({
      method: 'POST',
      url: `${core.path}answer`,
      headers: { host: 'evil.example:4000', cookie: one.cookie!, 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify(affected(3))),
    });
    expect(response.status).toBe(421);
    expect(core.handle({ method: 'GET', url: core.path, headers: { host: '127.0.0.1:4000' } }).status).toBe(421);
    expect(core.answered()).toBe(0);
    expect(one.send(affected(3)).status).toBe(204);
  });

  it('refuses malformed and oversized bodies without spending the ballot or counting anything', () => {
    const { core, phone } = setup();
    const one = phone();
    const refusals: [unknown, string?][] = [
      [undefined, '{not json'],
      [{ track: 'affected', answers: { respect: { heard: 6 } }, wantsChange: null }], // outside the scale
      [{ track: 'affected', answers: { respect: { heard: 2.5 } }, wantsChange: null }], // not a scale value
      [{ track: 'affected', answers: { respect: { unknown: 3 } }, wantsChange: null }], // no such question
      [{ track: 'affected', answers: { room: { talked: 3 } }, wantsChange: null }], // another track's questions
      [{ track: null, answers: { respect: { heard: 3 } }, wantsChange: null }], // "prefer not to say" answers nothing
      [{ track: 'visitor', answers: {}, wantsChange: null }],
      [{ track: 'affected', answers: {}, wantsChange: null, name: 'Ana' }], // nothing beyond the protocol
      [undefined, JSON.stringify({ ...affected(3), pad: 'x'.repeat(PHONE_ROUND_LIMITS.bodyBytes) })],
    ];
    for (const [body, raw] of refusals) expect([400, 413]).toContain(one.send(body, raw).status);
    expect(core.snapshot()).toMatchObject({ answered: 0, changeRequests: 0, tallies: {}, ballots: { spent: 0 } });
    const plain = core.handle({
      method: 'POST',
      url: `${core.path}answer`,
      headers: { host: HOST, cookie: one.cookie!, 'content-type': 'text/plain' },
      body: Buffer.from(JSON.stringify(affected(3))),
    });
    expect(plain.status).toBe(400);
    expect(one.send(affected(3)).status).toBe(204);
  });

  it('serves nothing but the page, its files and the two endpoints, and only under the round code', () => {
    const { core, request } = setup();
    expect(request('GET', 'assets/app.js').status).toBe(200);
    expect(request('GET', 'assets/other.js').status).toBe(404);
    expect(request('GET', '../etc/passwd').status).toBe(404);
    expect(request('DELETE', '').status).toBe(405);
    expect(request('OPTIONS', 'answer').status).toBe(405);
    expect(request('GET', 'answer').status).toBe(405);
    expect(core.handle({ method: 'GET', url: '/r/guessed-code/', headers: { host: HOST } }).status).toBe(404);
    // Typed without the last slash, the address still leads to the page.
    expect(core.handle({ method: 'GET', url: core.path.slice(0, -1), headers: { host: HOST } })).toMatchObject({
      status: 303,
      headers: { Location: core.path },
    });
    for (const response of [request('GET', ''), request('GET', 'state')])
      expect(response.headers['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('tells each phone the round state and whether its own ballot is spent; a closed round takes no answers', () => {
    const { core, request, phone } = setup();
    const one = phone();
    const state = (cookie?: string) =>
      JSON.parse(String(request('GET', 'state', { headers: { host: HOST, ...(cookie ? { cookie } : {}) } }).body));
    expect(state(one.cookie)).toEqual({ state: 'open', answered: false });
    one.send(affected(2));
    expect(state(one.cookie)).toEqual({ state: 'open', answered: true });
    const stream = request('GET', 'state', { headers: { host: HOST, accept: 'text/event-stream', cookie: one.cookie! } });
    expect(stream.headers['Content-Type']).toBe('text/event-stream');
    const heard: string[] = [];
    let ended = false;
    stream.stream!.subscribe(
      (chunk) => heard.push(chunk),
      () => (ended = true),
    );
    const two = phone();
    core.close();
    expect(heard.at(-1)).toBe('data: {"state":"closed","answered":true}\n\n');
    expect(ended).toBe(true);
    expect(two.send(affected(5)).status).toBe(410);
    expect(state()).toEqual({ state: 'closed', answered: false });
  });

  it('refuses answers with no ballot, or one this round did not sign, saying so rather than "already answered"', () => {
    let now = 0;
    const { core, request, phone } = setup(() => now);
    const honest = phone();
    const send = (cookie?: string) =>
      request('POST', 'answer', {
        headers: { host: HOST, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: Buffer.from(JSON.stringify(affected(3))),
      });
    expect(send().status).toBe(403);
    const [nonce] = honest.cookie!.split('=')[1]!.split('.');
    expect(send(`${BALLOT_COOKIE}=${nonce}.${'A'.repeat(22)}`).status).toBe(403);
    expect(send(`${BALLOT_COOKIE}=forged`).status).toBe(403);
    expect(core.answered()).toBe(0);
    // Loading the page over and over hands out ballots but holds nothing: no list to fill, and the honest phone still answers.
    for (let load = 0; load < 600; load++) request('GET', '');
    expect(core.snapshot().ballots).toEqual({ spent: 0 });
    now += 10_000;
    expect(honest.send(affected(3)).status).toBe(204);
  });

  it("keeps an instrument's text as text in the page, whatever it holds", () => {
    const tricky = [{ ...INSTRUMENTS[0]!, intro: "$` $& $' </script><script>alert(1)</script>" }];
    const core = createRoundCore({ language: 'en', instruments: tricky, page: PAGE, advertisedHost: HOST });
    const html = String(core.handle({ method: 'GET', url: core.path, headers: { host: HOST } }).body);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain("$` $\\u0026 $'");
    expect(html.startsWith('<html><head><script type="application/json"')).toBe(true);
  });

  it("lets no request without the round's code spend the room's allowance", () => {
    const now = 0;
    const { core, request } = setup(() => now);
    for (let guess = 0; guess < PHONE_ROUND_LIMITS.burst * 2; guess++)
      core.handle({ method: 'GET', url: `/r/guess${guess}/`, headers: { host: HOST } });
    expect(request('GET', 'state').status).toBe(200);
  });

  it('limits the rate of requests across all phones', () => {
    let now = 0;
    const { request } = setup(() => now);
    const statuses = Array.from({ length: PHONE_ROUND_LIMITS.burst + 10 }, () => request('GET', 'state').status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    now += 1000;
    expect(request('GET', 'state').status).toBe(200);
  });
});
