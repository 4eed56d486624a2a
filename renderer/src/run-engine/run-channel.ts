import { useEffect, useState } from 'react';
import type { RunState } from '../../../domain/run/run-state.ts';

// The run view tells the participant display about each change at once over
// a BroadcastChannel (same origin, this device only), so the room sees the
// new step in the same frame. The database stays the source of truth: it
// serves a display opened later or reloaded, and it wins as soon as it holds
// anything newer than the last message.

const CHANNEL = 'common-ground:run';

interface RunMessage {
  sessionId: string;
  run: RunState;
  /** Epoch ms; the session's `updatedAt` for the same change is never earlier. */
  sentAt: number;
}

let channel: BroadcastChannel | null = null;

export function publishRun(sessionId: string, run: RunState): void {
  if (typeof BroadcastChannel === 'undefined') return;
  channel ??= new BroadcastChannel(CHANNEL);
  channel.postMessage({ sessionId, run, sentAt: Date.now() } satisfies RunMessage);
}

/** The run as last broadcast for this session, if that is newer than what the database holds. */
export function useBroadcastRun(sessionId: string, storedUpdatedAt: number | undefined): RunState | undefined {
  const [message, setMessage] = useState<RunMessage | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const listener = new BroadcastChannel(CHANNEL);
    listener.onmessage = (event: MessageEvent<RunMessage>) => {
      if (event.data?.sessionId === sessionId) setMessage(event.data);
    };
    return () => listener.close();
  }, [sessionId]);
  if (!message || (storedUpdatedAt !== undefined && storedUpdatedAt >= message.sentAt)) return undefined;
  return message.run;
}
