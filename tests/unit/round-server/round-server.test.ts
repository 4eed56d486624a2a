import { describe, expect, it } from 'vitest';
import type { PhoneInstrument } from '../../../domain/check-ins/phone-round.ts';
import { localAddresses, startRoundServer } from '../../../electron/round-server/round-server.ts';

// One real socket, on loopback only: what the socket layer adds to the core
// (the body limit while reading, closing every connection at the end).

const INSTRUMENTS: PhoneInstrument[] = [
  {
    id: 'respect',
    title: 'Respect',
    track: 'affected',
    intro: 'Questions.',
    scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Fully' },
    items: [{ id: 'heard', text: 'I was heard.' }],
  },
];
const PAGE = { html: '<!doctype html><title>x</title><!--round-data-->', assets: new Map() };

describe('the round server on a socket', () => {
  it('listens on the one address given, answers a phone, refuses an oversized body while reading, and closes every connection', async () => {
    const round = await startRoundServer({ instruments: INSTRUMENTS, page: PAGE, bindAddress: '127.0.0.1' });
    expect(round.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[a-z2-9]{10}\/$/);
    const page = await fetch(round.url, { signal: AbortSignal.timeout(5000) });
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const post = (body: string) =>
      fetch(`${round.url}answer`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(5000),
      });
    expect((await post('x'.repeat(20_000)).catch(() => ({ status: 413 }))).status).toBe(413);
    expect((await post(JSON.stringify({ track: 'affected', answers: { respect: { heard: 4 } }, wantsChange: true }))).status).toBe(204);
    expect(round.answered()).toBe(1);

    const stream = await fetch(`${round.url}state`, {
      headers: { accept: 'text/event-stream', cookie },
      signal: AbortSignal.timeout(5000),
    });
    const reader = stream.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('data: {"state":"open","answered":true}');

    const counts = await round.close();
    expect(counts).toEqual({ tallies: { respect: { respondents: 1, counts: { heard: { '4': 1 } } } }, changeRequests: 1, answered: 1 });
    // The open stream hears the close, then ends; the port no longer answers.
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += new TextDecoder().decode(chunk.value);
    expect(rest).toContain('"state":"closed"');
    await expect(fetch(round.url, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });

  it('offers only addresses on a local network, never loopback', () => {
    for (const address of localAddresses()) expect(address.address).not.toMatch(/^127\./);
  });
});
