// What a group on its own can do when it needs to stop and think. Short,
// plain, and always pointing to a way out that loses nothing.

// The words (each situation's title and guidance, and the pause button's
// label) are in the renderer's "guided" catalog, under the situation's id:
// the domain keeps which situations there are, in what order, and which one
// opens the harm guide.

export interface PauseSituation {
  id: 'hurt' | 'upset' | 'allies-dominating' | 'disagree' | 'stop';
  /** The situation has a whole exercise to read as well ("When harm happens here"). */
  opensHarmGuide?: boolean;
}

export type PauseSituationId = PauseSituation['id'];

export const PAUSE_SITUATIONS: readonly PauseSituation[] = [
  { id: 'hurt', opensHarmGuide: true },
  { id: 'upset' },
  { id: 'allies-dominating' },
  { id: 'disagree' },
  { id: 'stop' },
];
