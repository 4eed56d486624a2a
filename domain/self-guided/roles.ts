// Roles a group without a facilitator shares out, and passes round at each
// new exercise so that nobody holds the floor all evening. The app keeps no
// record of who holds which role: the roles move round the circle.

export interface GroupRole {
  title: string;
  does: string;
}

export const ROTATING_ROLES: readonly GroupRole[] = [
  { title: 'Reader', does: 'reads each card aloud, slowly, and moves the group on when the card says so.' },
  { title: 'Timekeeper', does: 'watches the timer, gives a one-minute warning, and says when time is up.' },
  { title: 'Note-taker', does: 'types what the group agrees to keep, with no names, where the card offers it.' },
  {
    title: 'Process watcher',
    does: 'watches who is talking and whether the agreements hold, taps the airtime buttons, and calls a pause when something is off.',
  },
];

/** What the card says about the roles, by where the group is in the session. */
export function roleRotationNote(exerciseNumber: number, firstCardOfExercise: boolean): string {
  if (!firstCardOfExercise) return 'Roles stay where they are until the next exercise.';
  if (exerciseNumber <= 1) return 'The person holding the device reads first; the other roles go round to their left.';
  return 'New exercise: pass each role one person to the left.';
}
