// Roles a group without a facilitator shares out, and passes round at each
// new exercise so that nobody holds the floor all evening. The app keeps no
// record of who holds which role: the roles move round the circle. Each
// role is told to use only what a self-guided card offers: there are no
// airtime or floor tools on the cards, only the pause and the check-in.

import { PAUSE_BUTTON_LABEL } from './pause-situations.ts';

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
    does: `watches who is talking and whether the agreements hold, and presses “${PAUSE_BUTTON_LABEL}” when something is off. At a check-in, they show the results once everyone has had a turn, and read out the averages and the guidance.`,
  },
];

/** What the card says about the roles, by where the group is in the session. */
export function roleRotationNote(exerciseNumber: number, firstCardOfExercise: boolean): string {
  if (!firstCardOfExercise) return 'Roles stay where they are until the next exercise.';
  if (exerciseNumber <= 1) return 'The person holding the device reads first; the other roles go round to their left.';
  return 'New exercise: pass each role one person to the left.';
}
