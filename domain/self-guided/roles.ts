// Roles a group without a facilitator shares out, and passes round at each
// new exercise so that nobody holds the floor all evening. The app keeps no
// record of who holds which role: the roles move round the circle. Each
// role is told to use only what a self-guided card offers: there are no
// airtime or floor tools on the cards, only the pause and the check-in.
// What each role is called and does is in the renderer's "guided" catalog,
// under the role's id.

export const ROTATING_ROLES = ['reader', 'timekeeper', 'note-taker', 'process-watcher'] as const;

export type GroupRole = (typeof ROTATING_ROLES)[number];

/** What the card says about the roles: the first exercise's first card, a later exercise's first card, or any other card. */
export type RoleRotation = 'first' | 'pass' | 'stay';

/** What the card says about the roles, by where the group is in the session. */
export function roleRotationNote(exerciseNumber: number, firstCardOfExercise: boolean): RoleRotation {
  if (!firstCardOfExercise) return 'stay';
  if (exerciseNumber <= 1) return 'first';
  return 'pass';
}
