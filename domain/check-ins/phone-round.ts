import type { CheckInTrack } from '../content/vocabulary.ts';
import type { ParticipantLanguage } from '../sessions/session-vocabulary.ts';

// What the desktop app, its round server and the phone page agree on when
// participants answer a check-in on their own phones, over the room's
// network. Plain types and constants: the phone page imports this, so it
// must stay small and free of validators. The phone's words are in the
// catalogs (renderer/src/locales/*/handAround.json where the device says
// the same thing, phone.json where only a phone does).

/** An instrument as a phone needs it: what the person reads and chooses, nothing about patterns or thresholds. */
export interface PhoneInstrument {
  id: string;
  title: string;
  track: CheckInTrack;
  /** The instrument's introduction, in the content's small Markdown (paragraphs, "- " lists, **bold**). */
  intro: string;
  scale: { min: number; max: number; minLabel: string; maxLabel: string };
  items: { id: string; text: string }[];
}

/** Everything the phone page needs, embedded in the page itself as JSON. */
export interface PhonePageData {
  /** The language the session is shown to its participants in: the page's words and the instruments' are in it. */
  language: ParticipantLanguage;
  instruments: PhoneInstrument[];
}

/** One phone's answers: per instrument, per item, the value chosen (passed items are absent). */
export interface PhoneSubmission {
  /** The track chosen, or null for "I prefer not to say". */
  track: CheckInTrack | null;
  answers: Record<string, Record<string, number>>;
  /** "Does something need to change?": true for yes; false or null (pass) count as nothing. */
  wantsChange: boolean | null;
}

export type PhoneRoundState = 'open' | 'closed';

/** What the state endpoint says to a phone, by server-sent event or, polled, as JSON. */
export interface PhoneStateMessage {
  state: PhoneRoundState;
  /** Whether this phone's ballot has been spent. */
  answered: boolean;
}

/** Paths under the round's address (`/r/<round code>/`): the page is the address itself. */
export const PHONE_ENDPOINTS = { state: 'state', answer: 'answer', assets: 'assets/' } as const;

/** The one-time ballot's cookie: HttpOnly, scoped to the round's path. */
export const BALLOT_COOKIE = 'cg_ballot';

/** The id of the page's embedded JSON (a data block, never executed). */
export const PHONE_PAGE_DATA_ID = 'round-data';

/** How a submission is answered, by HTTP status. */
export const PHONE_ANSWER_STATUS = {
  saved: 204,
  malformed: 400,
  wrongHost: 421,
  alreadyAnswered: 409,
  noBallot: 403,
  closed: 410,
  tooLarge: 413,
  busy: 429,
} as const;

/** Bounds that keep a round server small whatever is sent to it. */
export const PHONE_ROUND_LIMITS = {
  /** The largest request body read, in bytes. */
  bodyBytes: 16 * 1024,
  /** Answers counted per round: far more than a room, far fewer than a flood. */
  answers: 2000,
  /** Requests per second across all phones, with a burst allowance. */
  requestsPerSecond: 100,
  burst: 400,
  /** Open event streams at once. */
  streams: 200,
} as const;

/** What a phone is sent of an instrument: its wording and scale, nothing about scoring or patterns. */
export function phoneInstrument(instrument: {
  id: string;
  title: string;
  track: CheckInTrack;
  participantIntro: string;
  scale: PhoneInstrument['scale'];
  items: readonly { id: string; text: string }[];
}): PhoneInstrument {
  const { minLabel, maxLabel, min, max } = instrument.scale;
  return {
    id: instrument.id,
    title: instrument.title,
    track: instrument.track,
    intro: instrument.participantIntro,
    scale: { min, max, minLabel, maxLabel },
    items: instrument.items.map(({ id, text }) => ({ id, text })),
  };
}

/** A facilitator's own hotspot, to show as a join code on the room's screen; held in memory only, for the round. */
export interface HotspotJoin {
  name: string;
  /** Empty for an open network. */
  password: string;
}

/** The text of a Wi-Fi join QR code (the format phone cameras read), special characters escaped. */
export function wifiJoinCode({ name, password }: HotspotJoin): string {
  const escape = (value: string) => value.replace(/([\\;,:"])/g, '\\$1');
  return password === '' ? `WIFI:T:nopass;S:${escape(name)};;` : `WIFI:T:WPA;S:${escape(name)};P:${escape(password)};;`;
}
