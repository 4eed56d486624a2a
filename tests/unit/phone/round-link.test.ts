import { describe, expect, it } from 'vitest';
import { PHONE_ANSWER_STATUS, type PhoneStateMessage } from '../../../domain/check-ins/phone-round.ts';
import {
  AnswerSender,
  parseStateMessage,
  POLL_MS,
  RETRY_MS,
  StateWatcher,
  STREAM_RETRY_MS,
  type Clock,
  type SendResult,
  type StateSource,
} from '../../../renderer/phone/round-link.ts';

/** A clock whose time moves only when told, with timers that fire as it does. */
class FakeClock implements Clock {
  time = 1_000_000;
  visible = true;
  private timers = new Map<number, { at: number; run: () => void }>();
  private nextId = 1;

  now = () => this.time;
  isVisible = () => this.visible;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers.delete(handle as number);
  };

  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on, firing each timer that falls due in order, and letting promises settle after each. */
  async advance(ms: number): Promise<void> {
    await settle(); // what is already on its way lands first
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].run();
      await settle();
    }
    this.time = end;
    await settle();
  }
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A server for the answer endpoint: each request waits for the test to answer it (a status, or a broken connection). */
function fakePost() {
  const requests: { body: string; reply(status: number): void; fail(): void }[] = [];
  const post = (body: string) =>
    new Promise<number>((resolve, reject) => {
      requests.push({ body, reply: resolve, fail: () => reject(new TypeError('Failed to fetch')) });
    });
  return { post, requests };
}

function sender(clock = new FakeClock(), random = () => 0) {
  const { post, requests } = fakePost();
  const events: (SendResult | 'waiting' | 'back')[] = [];
  const answers = new AnswerSender(
    post,
    clock,
    {
      onWaiting: (waiting) => events.push(waiting ? 'waiting' : 'back'),
      onDone: (result) => events.push(result),
    },
    random,
  );
  return { answers, requests, events, clock };
}

describe('sending a phone’s answers', () => {
  it('sends once and ends as saved', async () => {
    const { answers, requests, events } = sender();
    answers.send('{"track":null}');
    expect(requests.map((r) => r.body)).toEqual(['{"track":null}']);
    expect(answers.active).toBe(true);
    requests[0]!.reply(PHONE_ANSWER_STATUS.saved);
    await settle();
    expect(events).toEqual(['saved']);
    expect(answers.active).toBe(false);
  });

  it('keeps the answers when the network fails, says so, and tries again every 3 seconds while the page is on screen', async () => {
    const { answers, requests, events, clock } = sender();
    answers.send('body');
    requests[0]!.fail();
    await settle();
    expect(events).toEqual(['waiting']);
    await clock.advance(RETRY_MS - 1);
    expect(requests).toHaveLength(1);
    await clock.advance(1);
    expect(requests).toHaveLength(2);
    expect(requests[1]!.body).toBe('body');
    requests[1]!.fail();
    await clock.advance(RETRY_MS);
    expect(requests).toHaveLength(3);
    requests[2]!.reply(PHONE_ANSWER_STATUS.saved);
    await settle();
    expect(events).toEqual(['waiting', 'back', 'saved']);
  });

  it('tries again when the page comes back or goes online, but never sooner than 3 seconds after the last try', async () => {
    const { answers, requests, clock } = sender();
    answers.send('body');
    requests[0]!.fail();
    await settle();
    clock.visible = false;
    await clock.advance(RETRY_MS * 5); // in the background: no tries
    expect(requests).toHaveLength(1);
    clock.visible = true;
    answers.nudge();
    expect(requests).toHaveLength(2);
    requests[1]!.fail();
    await settle();
    // Nudged again and again straight away: nothing until 3 seconds have passed.
    for (let i = 0; i < 5; i++) answers.nudge();
    await clock.advance(RETRY_MS - 1);
    expect(requests).toHaveLength(2);
    await clock.advance(1);
    expect(requests).toHaveLength(3);
  });

  it('counts "already answered" after a try whose reply was lost as this turn saved, and otherwise says the phone had answered', async () => {
    const lost = sender();
    lost.answers.send('body');
    lost.requests[0]!.fail();
    await lost.clock.advance(RETRY_MS);
    lost.requests[1]!.reply(PHONE_ANSWER_STATUS.alreadyAnswered);
    await settle();
    expect(lost.events).toEqual(['waiting', 'back', 'saved']);

    const twice = sender();
    twice.answers.send('body');
    twice.requests[0]!.reply(PHONE_ANSWER_STATUS.alreadyAnswered);
    await settle();
    expect(twice.events).toEqual(['answered']);
  });

  it('stops at a closed round, and stops for good when told to (the round closed while waiting)', async () => {
    const closed = sender();
    closed.answers.send('body');
    closed.requests[0]!.reply(PHONE_ANSWER_STATUS.closed);
    await settle();
    expect(closed.events).toEqual(['closed']);

    const stopped = sender();
    stopped.answers.send('body');
    stopped.requests[0]!.fail();
    await settle();
    stopped.answers.stop();
    stopped.answers.nudge();
    await stopped.clock.advance(RETRY_MS * 10);
    expect(stopped.requests).toHaveLength(1);
    expect(stopped.clock.pending).toBe(0);
    expect(stopped.events).toEqual(['waiting', 'back']);
  });

  it('ignores a reply that comes after it was stopped', async () => {
    const { answers, requests, events } = sender();
    answers.send('body');
    answers.stop();
    requests[0]!.reply(PHONE_ANSWER_STATUS.saved);
    await settle();
    expect(events).toEqual([]);
  });

  it('waits a second or two when the server is busy, without calling it a lost connection', async () => {
    const { answers, requests, events, clock } = sender(new FakeClock(), () => 0.5);
    answers.send('body');
    requests[0]!.reply(PHONE_ANSWER_STATUS.busy);
    await clock.advance(1_499);
    expect(requests).toHaveLength(1);
    await clock.advance(1);
    expect(requests).toHaveLength(2);
    requests[1]!.reply(PHONE_ANSWER_STATUS.saved);
    await settle();
    expect(events).toEqual(['saved']);
  });

  it.each([PHONE_ANSWER_STATUS.malformed, PHONE_ANSWER_STATUS.tooLarge, PHONE_ANSWER_STATUS.wrongHost])(
    'does not send again what the server refused (%i)',
    async (status) => {
      const { answers, requests, events, clock } = sender();
      answers.send('body');
      requests[0]!.reply(status);
      await clock.advance(RETRY_MS * 5);
      expect(requests).toHaveLength(1);
      expect(events).toEqual(['refused']);
      expect(answers.active).toBe(false);
    },
  );

  it('treats a server error like a lost connection, and does not send twice for two presses', async () => {
    const { answers, requests, events, clock } = sender();
    answers.send('body');
    answers.send('other');
    expect(requests).toHaveLength(1);
    requests[0]!.reply(500);
    await settle();
    expect(events).toEqual(['waiting']);
    await clock.advance(RETRY_MS);
    expect(requests.map((r) => r.body)).toEqual(['body', 'body']);
  });
});

/** A state endpoint and event streams the test drives. */
function fakeSource(options: { streams?: boolean } = {}) {
  const streams: { onMessage(m: PhoneStateMessage): void; onOpen(): void; onError(): void; closed: boolean }[] = [];
  const fetched: ((m: PhoneStateMessage | null) => void)[] = [];
  let answerFetches: PhoneStateMessage | null | 'wait' = { state: 'open', answered: false };
  const source: StateSource = {
    fetchState: () =>
      new Promise((resolve, reject) => {
        const respond = (message: PhoneStateMessage | null) => (message ? resolve(message) : reject(new Error('network')));
        if (answerFetches === 'wait') fetched.push(respond);
        else respond(answerFetches);
      }),
    openStream: (handlers) => {
      if (options.streams === false) return null;
      const stream = { ...handlers, closed: false };
      streams.push(stream);
      return { close: () => (stream.closed = true) };
    },
  };
  let fetchCount = 0;
  const counted: StateSource = {
    fetchState: () => {
      fetchCount++;
      return source.fetchState();
    },
    openStream: source.openStream,
  };
  return {
    source: counted,
    streams,
    get fetches() {
      return fetchCount;
    },
    respondWith(message: PhoneStateMessage | null | 'wait') {
      answerFetches = message;
    },
  };
}

function watcher(options: { streams?: boolean } = {}) {
  const clock = new FakeClock();
  const server = fakeSource(options);
  const states: PhoneStateMessage[] = [];
  const watch = new StateWatcher(server.source, clock, (message) => states.push(message));
  return { clock, server, states, watch };
}

const OPEN = { state: 'open', answered: false } as const;
const CLOSED = { state: 'closed', answered: false } as const;

describe('following the round’s state', () => {
  it('looks once, then follows the event stream', async () => {
    const { server, states, watch } = watcher();
    expect(await watch.start()).toEqual(OPEN);
    expect(server.streams).toHaveLength(1);
    server.streams[0]!.onOpen();
    server.streams[0]!.onMessage(CLOSED);
    expect(states).toEqual([OPEN, CLOSED]);
    expect(watch.polling).toBe(false);
  });

  it('polls every 5 seconds while the stream is down, and tries the stream again now and then', async () => {
    const { clock, server, states, watch } = watcher();
    await watch.start();
    server.streams[0]!.onError();
    expect(server.streams[0]!.closed).toBe(true);
    expect(watch.polling).toBe(true);
    const before = server.fetches;
    await clock.advance(POLL_MS);
    expect(server.fetches).toBe(before + 1);
    await clock.advance(POLL_MS);
    expect(server.fetches).toBe(before + 2);
    // A late message from the closed stream is not taken.
    server.streams[0]!.onMessage(CLOSED);
    expect(states).not.toContainEqual(CLOSED);
    await clock.advance(STREAM_RETRY_MS);
    expect(server.streams.length).toBeGreaterThan(1);
    server.streams[server.streams.length - 1]!.onOpen();
    expect(watch.polling).toBe(false);
    const polled = server.fetches;
    await clock.advance(POLL_MS * 3);
    expect(server.fetches).toBe(polled);
  });

  it('polls where the browser has no event streams, but not while the page is in the background', async () => {
    const { clock, server, watch } = watcher({ streams: false });
    await watch.start();
    expect(watch.polling).toBe(true);
    clock.visible = false;
    const before = server.fetches;
    await clock.advance(POLL_MS * 4);
    expect(server.fetches).toBe(before);
    clock.visible = true;
    await clock.advance(POLL_MS);
    expect(server.fetches).toBe(before + 1);
  });

  it('looks again and opens a fresh stream when the page comes back on screen', async () => {
    const { server, states, watch } = watcher();
    await watch.start();
    server.respondWith(CLOSED);
    watch.refresh();
    await settle();
    expect(server.streams).toHaveLength(2);
    expect(server.streams[0]!.closed).toBe(true);
    expect(states).toEqual([OPEN, CLOSED]);
  });

  it('goes on to the stream when the first look fails', async () => {
    const { server, states, watch } = watcher();
    server.respondWith(null);
    expect(await watch.start()).toBeNull();
    expect(server.streams).toHaveLength(1);
    expect(states).toEqual([]);
  });

  it('says nothing more once stopped', async () => {
    const { clock, server, states, watch } = watcher();
    await watch.start();
    server.streams[0]!.onError();
    watch.stop();
    await clock.advance(POLL_MS * 10);
    watch.refresh();
    await settle();
    expect(states).toEqual([OPEN]);
    expect(clock.pending).toBe(0);
  });
});

describe('state messages', () => {
  it('are read only when they have the expected shape', () => {
    expect(parseStateMessage('{"state":"open","answered":false}')).toEqual(OPEN);
    expect(parseStateMessage('{"state":"closed","answered":true,"extra":1}')).toEqual({ state: 'closed', answered: true });
    for (const text of [
      '',
      'null',
      '[]',
      '{"state":"paused","answered":false}',
      '{"state":"open"}',
      '{"state":"open","answered":"no"}',
      '<html>',
    ]) {
      expect(parseStateMessage(text), text).toBeNull();
    }
  });
});
