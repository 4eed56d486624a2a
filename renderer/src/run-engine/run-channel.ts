import { useEffect, useState, useSyncExternalStore } from 'react';
import type { HotspotJoin } from '../../../domain/check-ins/phone-round.ts';
import type { CheckInMethod, RoundPurpose } from '../../../domain/sessions/session-model.ts';
import { checkIns } from '../data/app-database.ts';

// While a check-in round is open, the room's screen shows how to answer it.
// The round lives in the facilitator's window's memory only, so that window
// tells the display, over a channel of its own (where the run stands goes by
// display-channel.ts): which instruments and how people
// answer, never anything anyone answered. A display opened later asks.

const CHECK_IN_CHANNEL = 'common-ground:check-in';

/**
 * For a round counted from cards or slips, what the room's screen shows: 0,
 * how to fill in the slips (with the promise), or 1, 2…, a page of the
 * numbered questions (domain/check-ins/answer-path.ts: slipQuestionPages).
 * All at once do not fit a projector at a readable size, so the facilitator
 * turns from one to the next; the room sees one at a time.
 */
export type SlipPage = number;

/** What the room's screen may know of an open round. */
export interface AnnouncedRound {
  instrumentIds: readonly string[];
  method: CheckInMethod;
  purpose: RoundPurpose;
  /** For a round answered on phones: the address to open, and a hotspot to join first, if any. */
  phones: { url: string; hotspot: HotspotJoin | null } | null;
  /** Which page of a round counted from slips the room sees (the first until the facilitator turns it). */
  slipPage: SlipPage;
}

// The page shown, per open round, in this window's memory: the facilitator's choice, not the round's data.
const slipPages = new Map<string, SlipPage>();
const slipListeners = new Set<() => void>();
const subscribeSlipPages = (listener: () => void) => {
  slipListeners.add(listener);
  return () => slipListeners.delete(listener);
};

/** Turns the room's screen to a page of the round counted from slips. */
export function showSlipPage(roundId: string, page: SlipPage): void {
  if (slipPages.get(roundId) === page) return;
  slipPages.set(roundId, page);
  for (const listener of slipListeners) listener();
}

/** The page of the round counted from slips the room is shown. */
export function useSlipPage(roundId: string | undefined): SlipPage {
  return useSyncExternalStore(subscribeSlipPages, () => (roundId === undefined ? undefined : slipPages.get(roundId)) ?? 0);
}

type CheckInMessage = { kind: 'open-round'; sessionId: string; round: AnnouncedRound | null } | { kind: 'ask'; sessionId: string };

/** Mounted by every screen of a run in the facilitator's window: tells the display when a round opens or closes, and answers a display that asks. */
export function useAnnounceOpenRound(sessionId: string): void {
  const open = useSyncExternalStore(checkIns.subscribe, () => checkIns.openRound(sessionId) ?? null);
  const slipPage = useSlipPage(open?.id);
  const announced: AnnouncedRound | null = open && {
    instrumentIds: open.instrumentIds,
    method: open.method,
    purpose: open.purpose,
    phones: open.phones && { url: open.phones.url, hotspot: open.phones.hotspot },
    slipPage,
  };
  const key = JSON.stringify(announced);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const round = JSON.parse(key) as AnnouncedRound | null;
    const port = new BroadcastChannel(CHECK_IN_CHANNEL);
    const tell = () => port.postMessage({ kind: 'open-round', sessionId, round } satisfies CheckInMessage);
    port.onmessage = (event: MessageEvent<CheckInMessage>) => {
      if (event.data?.kind === 'ask' && event.data.sessionId === sessionId) tell();
    };
    tell();
    return () => port.close();
  }, [sessionId, key]);
}

/** The open round as the facilitator's window last announced it; null when none is open (or none has been heard of). */
export function useAnnouncedRound(sessionId: string): AnnouncedRound | null {
  const [round, setRound] = useState<AnnouncedRound | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const port = new BroadcastChannel(CHECK_IN_CHANNEL);
    port.onmessage = (event: MessageEvent<CheckInMessage>) => {
      if (event.data?.kind === 'open-round' && event.data.sessionId === sessionId) setRound(event.data.round);
    };
    port.postMessage({ kind: 'ask', sessionId } satisfies CheckInMessage);
    return () => port.close();
  }, [sessionId]);
  return round;
}
