import { PHONE_ENDPOINTS } from '../../domain/check-ins/phone-round.ts';
import { parseStateMessage, type Clock, type Post, type StateSource } from './round-link.ts';

// The browser's side of round-link.ts. Every URL is relative to the page's
// own address (/r/<round code>/), and every request is same-origin with the
// cookies the server set (the ballot is HttpOnly: the page never sees it).

/** A request that hangs on a bad network counts as failed after this long, and is tried again. */
const STATE_TIMEOUT_MS = 8_000;
const ANSWER_TIMEOUT_MS = 15_000;

function withTimeout(ms: number): { signal?: AbortSignal; done(): void } {
  if (typeof AbortController === 'undefined') return { done: () => undefined };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}

async function request(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  const timeout = withTimeout(timeoutMs);
  try {
    return await fetch(url, {
      ...init,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(timeout.signal ? { signal: timeout.signal } : {}),
    });
  } finally {
    timeout.done();
  }
}

export const browserClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  isVisible: () => document.visibilityState !== 'hidden',
};

export const browserStateSource: StateSource = {
  async fetchState() {
    const response = await request(PHONE_ENDPOINTS.state, { headers: { Accept: 'application/json' } }, STATE_TIMEOUT_MS);
    const message = response.ok ? parseStateMessage(await response.text()) : null;
    if (!message) throw new Error(`state: ${response.status}`);
    return message;
  },
  openStream({ onMessage, onOpen, onError }) {
    if (typeof EventSource === 'undefined') return null;
    // Same-origin, so the round's cookie goes with it; EventSource asks for text/event-stream itself.
    const source = new EventSource(PHONE_ENDPOINTS.state);
    source.onopen = onOpen;
    source.onerror = onError;
    source.onmessage = (event: MessageEvent<string>) => {
      const message = parseStateMessage(event.data);
      if (message) onMessage(message);
    };
    return { close: () => source.close() };
  },
};

export const postAnswer: Post = async (body) => {
  const response = await request(
    PHONE_ENDPOINTS.answer,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body },
    ANSWER_TIMEOUT_MS,
  );
  return response.status;
};
