import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phoneTestInstrument } from '../../support/phone-instruments.ts';
import { startRoundServer } from '../../../electron/round-server/round-server.ts';

// A phone on another network stack: a network namespace this test creates,
// joined to this machine by a veth pair with addresses of its own. The round
// server listens on this side's address only; the "phone" in the namespace
// reaches it there, and this machine's loopback does not. Needs root and
// iproute2 (CI has both); elsewhere the test says it was skipped, and why.
// Traffic stays on the pair: nothing here reaches any other network.

const ip = (...args: string[]) => spawnSync('ip', args, { encoding: 'utf8', timeout: 10_000 });
const canCreateNamespaces = process.getuid?.() === 0 && ip('-V').status === 0;
const suffix = randomBytes(3).toString('hex');
const NAMESPACE = `cg-phone-${suffix}`;
const HOST_SIDE = `cgv${suffix}a`;
const PHONE_SIDE = `cgv${suffix}b`;
const HOST_ADDRESS = '10.231.77.1';
const PHONE_ADDRESS = '10.231.77.2';

const INSTRUMENTS = [phoneTestInstrument('respect', 'affected', ['heard'])];

function must(result: ReturnType<typeof ip>, what: string) {
  if (result.status !== 0) throw new Error(`${what} failed: ${result.stderr}`);
}

describe.skipIf(!canCreateNamespaces)('a phone in its own network namespace (needs root and iproute2: skipped without them)', () => {
  beforeAll(() => {
    must(ip('netns', 'add', NAMESPACE), 'Creating the namespace');
    must(ip('link', 'add', HOST_SIDE, 'type', 'veth', 'peer', 'name', PHONE_SIDE), 'Creating the veth pair');
    must(ip('link', 'set', PHONE_SIDE, 'netns', NAMESPACE), 'Moving one end into the namespace');
    must(ip('addr', 'add', `${HOST_ADDRESS}/30`, 'dev', HOST_SIDE), 'Addressing this side');
    must(ip('link', 'set', HOST_SIDE, 'up'), 'Raising this side');
    must(ip('netns', 'exec', NAMESPACE, 'ip', 'addr', 'add', `${PHONE_ADDRESS}/30`, 'dev', PHONE_SIDE), 'Addressing the phone side');
    must(ip('netns', 'exec', NAMESPACE, 'ip', 'link', 'set', PHONE_SIDE, 'up'), 'Raising the phone side');
    must(ip('netns', 'exec', NAMESPACE, 'ip', 'link', 'set', 'lo', 'up'), 'Raising the namespace loopback');
  });

  afterAll(() => {
    ip('netns', 'del', NAMESPACE);
    ip('link', 'del', HOST_SIDE);
  });

  it('answers the phone on the address it was given, and only there', async () => {
    const page = { html: '<!doctype html><title>t</title><!--round-data-->', assets: new Map() };
    const round = await startRoundServer({ language: 'en', instruments: INSTRUMENTS, page, bindAddress: HOST_ADDRESS });
    try {
      expect(round.url).toMatch(new RegExp(`^http://${HOST_ADDRESS.replace(/\./g, '\\.')}:\\d+/r/`));
      // The phone: opens the page (its ballot arrives as a cookie), then sends its answers, from inside the namespace.
      const phone = `
        const url = process.argv[1];
        const signal = () => AbortSignal.timeout(5000);
        const page = await fetch(url, { signal: signal() });
        const cookie = page.headers.get('set-cookie').split(';')[0];
        const answer = await fetch(url + 'answer', { method: 'POST', signal: signal(), headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ track: 'affected', answers: { respect: { heard: 5 } }, wantsChange: false }) });
        const again = await fetch(url + 'answer', { method: 'POST', signal: signal(), headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ track: 'affected', answers: { respect: { heard: 1 } }, wantsChange: false }) });
        console.log(JSON.stringify([page.status, answer.status, again.status]));`;
      // Asynchronously: the server answers from this same process, so it must not be blocked while the phone waits.
      const run = await promisify(execFile)(
        'ip',
        ['netns', 'exec', NAMESPACE, process.execPath, '--input-type=module', '-e', phone, round.url],
        {
          encoding: 'utf8',
          timeout: 20_000,
        },
      );
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual([200, 204, 409]);
      expect(round.answered()).toBe(1);
      // Not on this machine's loopback: the server listens on the one address only.
      const port = new URL(round.url).port;
      await expect(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
      expect(await round.close()).toMatchObject({ answered: 1, tallies: { respect: { respondents: 1 } } });
    } finally {
      await round.close();
    }
  });
});
