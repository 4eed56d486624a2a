// The promise to participants, in a module of its own: the phone page shows
// it, and must not pull the rest of disclosure.ts (tallies, exact decimal
// rounding) into its build. disclosure.ts re-exports it for the app.

/**
 * What participants are told before they answer, on the device and on the
 * room's screen: it must say exactly what the app does with their answers.
 */
export const PARTICIPANT_PROMISE =
  'Your answers are private. Nobody sees them, not even the facilitator: only averages are shown, and only once enough people have answered. How many people answered is shown only roughly, never exactly.';
