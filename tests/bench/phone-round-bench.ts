import { readdir, readFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../support/run-command.ts';
import { phoneTestInstrument } from '../support/phone-instruments.ts';
import { ms, type Figure } from './bench-support.ts';

// A room of 40 phones on loopback: each opens the page (getting its ballot),
// keeps the state stream open as the page does, and all submit at once. The
// server runs in a process of its own, as in the app, so the phones do not
// share its event loop. The time is from sending the answers to the server's
// acknowledgement, as the phone sees it; memory is the server process's heap
// growth with 40 phones connected and answered. Ten rooms, so the p95 rests
// on 400 submissions.

const PHONES = 40;
const ROOMS = 10;
const INSTRUMENTS = [
  phoneTestInstrument('respect', 'affected', ['a', 'b', 'c', 'd']),
  phoneTestInstrument('room', 'ally', ['e', 'f', 'g']),
];

function send(agent: Agent, url: URL, options: { method: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const call = request(url, { agent, method: options.method, headers: options.headers, timeout: 10_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    call.on('timeout', () => call.destroy(new Error('timed out')));
    call.on('error', reject);
    call.end(options.body);
  });
}

type ChildMessage =
  | { kind: 'ready' }
  | { kind: 'started'; url: string; before: number }
  | { kind: 'measured'; heapUsed: number; answered: number }
  | { kind: 'closed' };

function ask<K extends ChildMessage['kind']>(child: ChildProcess, message: object, reply: K): Promise<Extract<ChildMessage, { kind: K }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The round server did not answer "${reply}" in time.`)), 20_000);
    const listener = (received: ChildMessage) => {
      if (received.kind !== reply) return;
      clearTimeout(timer);
      child.off('message', listener);
      resolve(received as Extract<ChildMessage, { kind: K }>);
    };
    child.on('message', listener);
    if (Object.keys(message).length > 0) child.send(message);
  });
}

export async function benchPhoneRound(): Promise<Figure[]> {
  const child = fork(
    path.join(PROJECT_ROOT, 'tests/bench/phone-round-server-child.ts'),
    [path.join(PROJECT_ROOT, 'out/phone'), JSON.stringify(INSTRUMENTS)],
    {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const latencies: number[] = [];
  let heapGrowth = 0;
  try {
    await ask(child, {}, 'ready');
    for (let room = 0; room < ROOMS; room++) {
      const started = await ask(child, { kind: 'start' }, 'started');
      const url = new URL(started.url);
      const phones = await Promise.all(
        Array.from({ length: PHONES }, async (_, index) => {
          const agent = new Agent({ keepAlive: true, maxSockets: 2 });
          const opened = await send(agent, url, { method: 'GET' });
          const cookie = String(opened.headers['set-cookie']).split(';')[0]!;
          // The page keeps its state stream open: one more connection per phone.
          const stream = request(new URL('state', url), { agent, headers: { accept: 'text/event-stream', cookie } });
          stream.on('error', () => undefined);
          stream.end();
          const affected = index % 2 === 0;
          const body = JSON.stringify({
            track: affected ? 'affected' : 'ally',
            answers: affected ? { respect: { a: 4, b: 3, c: 5, d: 2 } } : { room: { e: 2, f: 1, g: 3 } },
            wantsChange: index % 7 === 0,
          });
          return { agent, cookie, body };
        }),
      );
      const times = await Promise.all(
        phones.map(async ({ agent, cookie, body }) => {
          const start = performance.now();
          const response = await send(agent, new URL('answer', url), {
            method: 'POST',
            headers: { cookie, 'content-type': 'application/json' },
            body,
          });
          if (response.status !== 204) throw new Error(`A phone's answers were refused: ${response.status}`);
          return performance.now() - start;
        }),
      );
      latencies.push(...times);
      const measured = await ask(child, { kind: 'measure' }, 'measured');
      if (measured.answered !== PHONES) throw new Error(`Expected ${PHONES} answers, counted ${measured.answered}.`);
      heapGrowth = Math.max(heapGrowth, measured.heapUsed - started.before);
      await ask(child, { kind: 'close' }, 'closed');
      for (const { agent } of phones) agent.destroy();
    }
  } finally {
    child.kill();
  }
  latencies.sort((a, b) => a - b);
  const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;

  const assets = path.join(PROJECT_ROOT, 'out/phone/assets');
  let gzipped = 0;
  for (const name of await readdir(assets))
    if (name.endsWith('.js')) gzipped += gzipSync(await readFile(path.join(assets, name)), { level: 9 }).length;

  return [
    {
      name: `${PHONES} phones submit at once: submit → acknowledged, p95 of ${latencies.length}`,
      value: ms(p95),
      target: '< 50 ms',
      pass: p95 < 50,
    },
    {
      name: `Round server heap with ${PHONES} phones connected and answered`,
      value: `${(heapGrowth / 1024).toFixed(0)} kB`,
      target: '< 8 MB',
      pass: heapGrowth < 8 * 1024 * 1024,
    },
    { name: 'Phone page JavaScript, gzipped', value: `${(gzipped / 1024).toFixed(1)} kB`, target: '< 15 kB', pass: gzipped < 15 * 1024 },
  ];
}
