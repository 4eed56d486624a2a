import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { phoneTestInstrument } from '../../support/phone-instruments.ts';
import { localAddresses, startRoundServer } from '../../../electron/round-server/round-server.ts';

// One real socket, on loopback only: what the socket layer adds to the core
// (the body limit while reading, closing every connection at the end).

const INSTRUMENTS = [phoneTestInstrument('respect', 'affected', ['heard'])];
const PAGE = { html: '<!doctype html><title>x</title><!--round-data-->', assets: new Map() };

/** A POST whose body arrives in chunks, with no Content-Length: the status, or the connection's fate. */
function postChunked(url: string, cookie: string, body: string): Promise<number | 'closed'> {
  return new Promise((resolve) => {
    const call = request(
      url,
      { method: 'POST', headers: { cookie, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    call.on('error', () => resolve('closed'));
    for (let at = 0; at < body.length; at += 1000) call.write(body.slice(at, at + 1000));
    call.end();
  });
}

describe('the round server on a socket', () => {
  it('listens on the one address given, answers a phone, refuses an oversized body while reading, and closes every connection', async () => {
    const round = await startRoundServer({ language: 'en', instruments: INSTRUMENTS, page: PAGE, bindAddress: '127.0.0.1' });
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
    // Sent in chunks with no declared length: refused while reading, once past the limit.
    expect(await postChunked(`${round.url}answer`, cookie, 'x'.repeat(20_000))).toBe(413);
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

  it("offers the room's private addresses first and marks any other, never loopback or link-local", () => {
    const entry = (address: string, internal = false) => ({ address, internal, family: 'IPv4' as const, netmask: '', mac: '', cidr: null });
    const found = localAddresses({
      lo: [entry('127.0.0.1', true)],
      tailscale0: [entry('100.101.102.103')],
      wlan0: [entry('192.168.1.20'), entry('169.254.3.4')],
      eth0: [entry('10.0.0.5')],
    } as unknown as Parameters<typeof localAddresses>[0]);
    expect(found.map((address) => address.address)).toEqual(['192.168.1.20', '10.0.0.5', '100.101.102.103']);
    expect(found.at(-1)!.name).toBe('tailscale0, may be reachable beyond this room');
  });
});
