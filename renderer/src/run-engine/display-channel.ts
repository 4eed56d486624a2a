import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DisplayView } from './display-view.ts';

// The window that runs a session tells the participant display what to show,
// over a BroadcastChannel (same origin, this device only), at once, so the
// room sees a new step in the same frame. The display reads nothing else:
// with the vault on it holds no key, and it must never show a lock screen.
//
// - A running window sends its view whenever the view changes, and answers
//   a display that asks (one opened or reloaded later), only while its run
//   screen is mounted. Leaving the run screen sends nothing: the display
//   keeps showing the last view, as the room expects while the facilitator
//   glances at the plan.
// - `withdrawFromDisplays()` blanks every display at once (the vault locks).
//
// Nothing here imports the database.

const CHANNEL = 'common-ground:display';

type DisplayMessage =
  | {
      kind: 'view';
      sessionId: string;
      view: DisplayView;
      /** Which running screen sent it: its own views always follow each other. */
      from: string;
      /** Epoch ms when that screen's view last changed: between two screens (two windows on one run), the later one wins. */
      changedAt: number;
    }
  | { kind: 'ask'; sessionId: string }
  | { kind: 'withdraw' };

const supported = () => typeof BroadcastChannel !== 'undefined';

let outbox: BroadcastChannel | null = null;
function post(message: DisplayMessage): void {
  if (!supported()) return;
  outbox ??= new BroadcastChannel(CHANNEL);
  outbox.postMessage(message);
}

/** The running screens in this window, each told to fall silent when this window withdraws. */
const silencers = new Set<() => void>();

/**
 * Blanks every participant display on this device at once, whatever session
 * it shows. Running screens in this window stop sending and answering until
 * they are mounted again, so nothing mounted before the withdrawal (such as
 * a run view behind a lock screen) can put a step back on the projector.
 * Running screens in other windows are not silenced: their next change, or
 * a display's question, shows their view again.
 */
export function withdrawFromDisplays(): void {
  for (const silence of silencers) silence();
  post({ kind: 'withdraw' });
}

export interface DisplayServer {
  /** Sends the view, if it differs from the last one sent. */
  show(view: DisplayView): void;
  close(): void;
}

/**
 * One running screen's side of the channel, for as long as it is mounted:
 * sends its view when it changes and answers displays that ask, until this
 * window withdraws from displays or the screen closes it.
 */
export function serveDisplay(sessionId: string): DisplayServer {
  const from = crypto.randomUUID();
  let shown: { key: string; view: DisplayView; changedAt: number } | null = null;
  let silenced = false;
  const silence = () => {
    silenced = true;
  };
  silencers.add(silence);
  const port = supported() ? new BroadcastChannel(CHANNEL) : null;
  if (port)
    port.onmessage = (event: MessageEvent<DisplayMessage>) => {
      if (event.data?.kind !== 'ask' || event.data.sessionId !== sessionId || !shown || silenced) return;
      post({ kind: 'view', sessionId, view: shown.view, from, changedAt: shown.changedAt });
    };
  return {
    show(view) {
      if (silenced) return;
      const key = JSON.stringify(view);
      if (shown?.key === key) return;
      shown = { key, view, changedAt: Date.now() };
      post({ kind: 'view', sessionId, view, from, changedAt: shown.changedAt });
    },
    close() {
      silencers.delete(silence);
      port?.close();
    },
  };
}

/**
 * Mounted by the screen that runs a session: sends `view` whenever it
 * changes and answers displays that ask. Returns `show`, for a change to be
 * sent in the event that made it, before the screen renders it.
 */
/** Serves `view` to the room's screen, or nothing yet while it is null (its words are still loading). */
export function useServeDisplay(sessionId: string, view: DisplayView | null): (view: DisplayView) => void {
  const server = useRef<DisplayServer | null>(null);
  // Layout effects, so the view reaches the room before this window paints, and a change that did not come through `show` (a new agenda) too.
  useLayoutEffect(() => {
    const opened = serveDisplay(sessionId);
    server.current = opened;
    return () => {
      opened.close();
      if (server.current === opened) server.current = null;
    };
  }, [sessionId]);
  useLayoutEffect(() => {
    if (view) server.current?.show(view);
  }, [sessionId, view]);
  return useCallback((next: DisplayView) => server.current?.show(next), []);
}

/** What the display shows for a session: the latest view sent, or null for none (none heard of yet, or withdrawn). */
export function useDisplayView(sessionId: string): DisplayView | null {
  const [latest, setLatest] = useState<Extract<DisplayMessage, { kind: 'view' }> | null>(null);
  useEffect(() => {
    if (!supported()) return;
    const port = new BroadcastChannel(CHANNEL);
    port.onmessage = (event: MessageEvent<DisplayMessage>) => {
      const message = event.data;
      if (message?.kind === 'withdraw') setLatest(null);
      else if (message?.kind === 'view' && message.sessionId === sessionId)
        setLatest((shown) =>
          !shown || shown.sessionId !== message.sessionId || shown.from === message.from || message.changedAt >= shown.changedAt
            ? message
            : shown,
        );
    };
    port.postMessage({ kind: 'ask', sessionId } satisfies DisplayMessage);
    return () => port.close();
  }, [sessionId]);
  // Held per session: a display moved to another session's address shows nothing of the first.
  return latest?.sessionId === sessionId ? latest.view : null;
}
