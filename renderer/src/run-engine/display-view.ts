import { alliesListenDuring, isSoftStep, type RunState, type RunStep } from '../../../domain/run/run-state.ts';
import type { StepTimer } from '../../../domain/run/step-timer.ts';
import type { Session } from '../../../domain/sessions/session-model.ts';
import type { ParticipantLanguage } from '../../../domain/sessions/session-vocabulary.ts';

// What the participant display shows, and nothing more. The window that runs
// the session builds it and sends it over the channel; the display reads
// nothing from the database, so it needs no key to the vault, and whatever
// it is sent is all it can ever show the room. Anything added here reaches
// the projector: never a facilitator's script, a note or a check-in result.

export type DisplayView = DisplayContent & {
  /** The language the room is shown the session in; null: the display's own app language. */
  language: ParticipantLanguage | null;
};

type DisplayContent =
  /** No step to show (nothing on the agenda): the session's title. */
  | { kind: 'title'; title: string }
  /** The run has ended: "Thank you." */
  | { kind: 'ended' }
  | {
      kind: 'step';
      itemTitle: string;
      title: string;
      /** The card's text to read aloud: only in a self-guided session, where it belongs to everyone. */
      readAloud: string | null;
      prompt: string | null;
      /** The display counts down from it; null until the run has started (no clock shown). */
      timer: StepTimer | null;
      soft: boolean;
      alliesListening: boolean;
      /** The exercise has no translation into the room's language: it is shown in English, and says so. */
      untranslated: boolean;
    };

/**
 * The display view for a run as it stands: a pure function of what the
 * running window holds. `steps` are in the room's language (the plan's
 * exercises in its words where translated); `untranslated` names the items
 * left in English.
 */
export function displayViewOf(
  session: Pick<Session, 'title' | 'mode' | 'participantLanguage'>,
  steps: readonly RunStep[],
  run: RunState,
  untranslated: ReadonlySet<string> = new Set(),
): DisplayView {
  const language = session.participantLanguage ?? null;
  if (run.endedAt !== null) return { kind: 'ended', language };
  const step = steps[run.position];
  if (!step) return { kind: 'title', title: session.title, language };
  return {
    kind: 'step',
    language,
    itemTitle: step.itemTitle,
    title: step.title,
    // With a facilitator, the script is theirs to say in their own words: it never goes to the room.
    readAloud: session.mode === 'self-guided' ? step.script : null,
    prompt: step.prompt,
    timer: run.startedAt === null ? null : run.timer,
    soft: isSoftStep(run),
    alliesListening: alliesListenDuring(run, steps),
    untranslated: untranslated.has(step.itemId),
  };
}
