import { PHONE_ANSWER_STATUS, type PhoneRoundState, type PhoneStateMessage } from '../../domain/check-ins/phone-round.ts';

// The phone's link to the round server: following the round's state, and
// sending the answers once. Phones drop connections all the time (a screen
// that locks, a walk out of Wi-Fi range), so both parts expect to be cut off
// and start again. What they need of the browser is passed in, so that the
// timing can be tested without one (tests/unit/phone/round-link.test.ts).

/** Timers, the clock and visibility: the browser's, or a test's. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Whether the page is on screen: nothing is retried in the background, where mobile browsers freeze timers anyway. */
  isVisible(): boolean;
}

/** A state message from the server, or null when it is not one. */
export function parseStateMessage(text: string): PhoneStateMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { state, answered } = value as Record<string, unknown>;
  if ((state !== 'open' && state !== 'closed') || typeof answered !== 'boolean') return null;
  return { state: state satisfies PhoneRoundState, answered };
}

// ---------------------------------------------------------------- Round state

export interface StateSource {
  /** One state, fetched (the state endpoint without an event-stream Accept header); rejects when it cannot be had. */
  fetchState(): Promise<PhoneStateMessage>;
  /** An event stream of states, or null where the browser has none. */
  openStream(handlers: { onMessage(message: PhoneStateMessage): void; onOpen(): void; onError(): void }): { close(): void } | null;
}

export const POLL_MS = 5_000;
/** While polling, the stream is tried again now and then: it failing once (a full server, a dropped Wi-Fi) need not last. */
export const STREAM_RETRY_MS = 30_000;

/**
 * Follows the round's state: by server-sent events while they work, and by
 * fetching it every 5 seconds while they do not. `refresh` (called when the
 * page comes back on screen) fetches the state at once and opens the stream
 * again, since a mobile browser may have dropped it in the background.
 */
export class StateWatcher {
  private stream: { close(): void } | null = null;
  private pollTimer: unknown = null;
  private streamOpened = -Infinity;
  private stopped = false;

  constructor(
    private readonly source: StateSource,
    private readonly clock: Clock,
    private readonly onState: (message: PhoneStateMessage) => void,
  ) {}

  /** The first look at the state; the stream follows from there. */
  async start(): Promise<PhoneStateMessage | null> {
    const first = await this.fetchOnce();
    this.openStream();
    return first;
  }

  refresh(): void {
    if (this.stopped) return;
    void this.fetchOnce();
    this.closeStream();
    this.openStream();
  }

  stop(): void {
    this.stopped = true;
    this.closeStream();
    this.stopPolling();
  }

  get polling(): boolean {
    return this.pollTimer !== null;
  }

  private async fetchOnce(): Promise<PhoneStateMessage | null> {
    try {
      const message = await this.source.fetchState();
      if (!this.stopped) this.onState(message);
      return message;
    } catch {
      return null;
    }
  }

  private openStream(): void {
    if (this.stopped || this.stream) return;
    this.streamOpened = this.clock.now();
    const stream = this.source.openStream({
      onMessage: (message) => {
        if (!this.stopped && this.stream === stream) this.onState(message);
      },
      onOpen: () => {
        if (this.stream === stream) this.stopPolling();
      },
      onError: () => {
        // The browser would try again on its own, with its own timing, or give up for good:
        // either way, polling takes over until the page comes back on screen.
        if (this.stream !== stream) return;
        this.closeStream();
        this.startPolling();
      },
    });
    this.stream = stream;
    if (!stream) this.startPolling();
  }

  private closeStream(): void {
    const stream = this.stream;
    this.stream = null;
    stream?.close();
  }

  private startPolling(): void {
    if (this.stopped || this.pollTimer !== null) return;
    const tick = () => {
      this.pollTimer = null;
      if (this.stopped || this.stream) return;
      this.pollTimer = this.clock.setTimeout(tick, POLL_MS);
      if (!this.clock.isVisible()) return;
      void this.fetchOnce().then((message) => {
        if (message && this.clock.now() - this.streamOpened >= STREAM_RETRY_MS) this.openStream();
      });
    };
    this.pollTimer = this.clock.setTimeout(tick, POLL_MS);
  }

  private stopPolling(): void {
    if (this.pollTimer !== null) this.clock.clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }
}

// ---------------------------------------------------------------- Sending the answers

/** How a turn ends once it has been sent: counted; counted earlier (this phone's ballot was spent); the round closed; or refused. */
export type SendResult = 'saved' | 'answered' | 'closed' | 'refused' | 'no-ballot';

/** Sends a body; resolves with the HTTP status, rejects when no answer came back (the network). */
export type Post = (body: string) => Promise<number>;

/** No more than one attempt every 3 seconds after a failure, however often the page is nudged. */
export const RETRY_MS = 3_000;
/** The server asks for a second or two when it is busy. */
export const BUSY_MS = 1_000;

export interface SendEvents {
  /** True while the answers could not be sent and wait for the connection; false once they are on their way again. */
  onWaiting(waiting: boolean): void;
  onDone(result: SendResult): void;
}

/**
 * Sends one turn's answers, and keeps trying while the network is down:
 * every 3 seconds while the page is on screen, and straight away (but never
 * sooner than 3 seconds after the last try) when `nudge` says the page is
 * back on screen or online. A submission whose first try may have arrived
 * (the connection broke before the reply) and is then refused as "already
 * answered" was this one: it ends as saved.
 */
export class AnswerSender {
  private body: string | null = null;
  private inFlight = false;
  private lastAttempt = -Infinity;
  private timer: unknown = null;
  private mayHaveArrived = false;
  private waiting = false;

  constructor(
    private readonly post: Post,
    private readonly clock: Clock,
    private readonly events: SendEvents,
    private readonly random: () => number = Math.random,
  ) {}

  /** Whether answers are being sent or waiting to be. */
  get active(): boolean {
    return this.body !== null;
  }

  send(body: string): void {
    if (this.body !== null) {
      this.nudge();
      return;
    }
    this.body = body;
    this.mayHaveArrived = false;
    this.attempt();
  }

  /** The page is back on screen or online, or the person pressed Submit again: try now if it is time. */
  nudge(): void {
    if (this.body === null || this.inFlight) return;
    const due = this.lastAttempt + RETRY_MS - this.clock.now();
    if (due <= 0) this.attempt();
    else this.schedule(due);
  }

  /** The round closed, or the turn ended otherwise: nothing more is sent, and late replies are ignored. */
  stop(): void {
    this.body = null;
    this.cancelTimer();
    this.setWaiting(false);
  }

  private schedule(ms: number): void {
    if (this.timer !== null) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      if (this.clock.isVisible()) this.attempt();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private attempt(): void {
    const body = this.body;
    if (body === null || this.inFlight) return;
    this.cancelTimer();
    this.inFlight = true;
    this.lastAttempt = this.clock.now();
    this.post(body).then(
      (status) => this.replied(body, status),
      () => this.failed(body, true),
    );
  }

  private replied(body: string, status: number): void {
    this.inFlight = false;
    if (this.body !== body) return;
    switch (status) {
      case PHONE_ANSWER_STATUS.saved:
        return this.finish('saved');
      case PHONE_ANSWER_STATUS.alreadyAnswered:
        return this.finish(this.mayHaveArrived ? 'saved' : 'answered');
      case PHONE_ANSWER_STATUS.closed:
        return this.finish('closed');
      case PHONE_ANSWER_STATUS.noBallot:
        return this.finish('no-ballot');
      case PHONE_ANSWER_STATUS.busy:
        return this.schedule(BUSY_MS + this.random() * BUSY_MS);
      case PHONE_ANSWER_STATUS.malformed:
      case PHONE_ANSWER_STATUS.tooLarge:
      case PHONE_ANSWER_STATUS.wrongHost:
        // Sending the same again would be refused again.
        return this.finish('refused');
      default:
        // Anything else (a proxy's error page, a server error) is treated as a broken connection.
        return this.failed(body, false);
    }
  }

  private failed(body: string, mayHaveArrived: boolean): void {
    this.inFlight = false;
    if (this.body !== body) return;
    this.mayHaveArrived ||= mayHaveArrived;
    this.setWaiting(true);
    this.schedule(Math.max(0, this.lastAttempt + RETRY_MS - this.clock.now()));
  }

  private finish(result: SendResult): void {
    this.stop();
    this.events.onDone(result);
  }

  private setWaiting(waiting: boolean): void {
    if (this.waiting === waiting) return;
    this.waiting = waiting;
    this.events.onWaiting(waiting);
  }
}
