// What the app may store for an exercise. An exercise lists the kinds of
// record it allows under `recording.captures`; an empty list means the app
// records nothing at all for it. Some kinds are ruled out for every exercise
// (content brief, pitfall 4): caucus membership and identities are special
// category data, and activism invites surveillance.

export const RECORDABLE_CAPTURES = {
  notes: 'Notes on the discussion, without names',
  agreements: 'Agreements the group made',
  actions: 'Actions the group agreed, with no names attached unless the group chooses',
  'task-list': 'A list of tasks taken on, without who took them',
  'structures-map': 'A map of shared structures: themes, effects per group, institutions, roots',
  timelines: "Each group's timeline, kept only with that group's consent",
  'anonymous-aggregates': 'Anonymous averages, never individual answers or how many chose each',
} as const;

export type RecordableCapture = keyof typeof RECORDABLE_CAPTURES;

export const FORBIDDEN_CAPTURES: Readonly<Record<string, string>> = {
  'caucus-membership': 'the app never records who was in which caucus',
  identities: 'the app never records anyone’s identity or group membership',
  names: 'the app never records participants’ names',
  'participant-list': 'the app keeps no list of participants',
  'individual-responses': 'check-in answers are kept only as anonymous aggregates',
  'personal-stories': 'personal accounts of harm are never written down',
  'tactical-plans': 'plans for actions that carry legal or physical risk stay out of the app',
};

/** The kinds of record a free-text note may hold; other exercises take no notes at all. */
const NOTE_CAPTURES: readonly RecordableCapture[] = ['notes', 'agreements', 'task-list'];

export function allowsNotes(captures: readonly RecordableCapture[]): boolean {
  return captures.some((capture) => NOTE_CAPTURES.includes(capture));
}

export function isRecordableCapture(value: string): value is RecordableCapture {
  return Object.hasOwn(RECORDABLE_CAPTURES, value);
}

/**
 * Whether what an exercise keeps appears in the printed summary by default.
 * "private" is for what a caucus or a small circle said among themselves:
 * the facilitator can still put it in, with the group's agreement.
 */
export const SUMMARY_SHARING = ['shared', 'private'] as const;
export type SummarySharing = (typeof SUMMARY_SHARING)[number];
