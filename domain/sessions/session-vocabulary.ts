// The closed sets of values stored sessions use. They live apart from the
// schemas and helpers so that both can import them without a cycle.

export const SESSION_MODES = ['facilitated', 'self-guided'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SESSION_STATUSES = ['planned', 'running', 'ended'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const CHECK_IN_METHODS = {
  'hand-around': 'Private hand-around on this device',
  tally: 'Tally from cards or slips',
  phones: 'On participants’ own phones, over this room’s network',
} as const;
export type CheckInMethod = keyof typeof CHECK_IN_METHODS;

export const ROUND_PURPOSES = ['check-in', 'check-out'] as const;
export type RoundPurpose = (typeof ROUND_PURPOSES)[number];

/**
 * The languages a session can be shown to its participants in (the participant
 * display, the hand-around, the phone page and the printed summary): those
 * the app and its content are written in. The facilitator's own screens
 * follow the app's language, which may differ.
 */
export const PARTICIPANT_LANGUAGES = ['en', 'es'] as const;
export type ParticipantLanguage = (typeof PARTICIPANT_LANGUAGES)[number];

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The longest texts a stored session may hold (and a backup accept): fields are held to them as they are typed. */
export const TEXT_LIMITS = { title: 500, longText: 200_000 } as const;

/** A title with a suffix such as " (copy)", kept within the limit however often it is copied. */
export function suffixedTitle(title: string, suffix: string): string {
  return title.slice(0, TEXT_LIMITS.title - suffix.length) + suffix;
}

/** Airtime is kept per side, never per person. */
export const SPEAKERS = ['affected', 'ally'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** Floor tools used during a run. */
export const RUN_EVENT_KINDS = ['caucus-call', 'floor-shift'] as const;
