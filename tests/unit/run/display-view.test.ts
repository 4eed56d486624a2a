import { describe, expect, it } from 'vitest';
import { begin, end, next, notStarted, runSteps, type RunState } from '../../../domain/run/run-state.ts';
import type { AgendaItem, Session } from '../../../domain/sessions/session-model.ts';
import { displayViewOf } from '../../../renderer/src/run-engine/display-view.ts';

// The display view is all the projector ever receives: whatever is in it, the
// room can see. A facilitator's script is theirs alone.

const SCRIPT = 'Say this in your own words: zq-facilitator-only-7361';
const PROMPT = 'What would make this room work for you?';

const agenda: AgendaItem[] = [
  {
    id: 'a',
    sessionId: 's',
    position: 1,
    kind: 'exercise',
    plannedMinutes: 10,
    exercise: {
      id: 'agreements',
      version: 1,
      title: 'Agreements',
      durationMinutes: 10,
      audience: ['mixed'],
      captures: ['notes'],
      steps: [
        { title: 'Open', minutes: 4, script: SCRIPT },
        { title: 'Agree', minutes: 6, script: `${SCRIPT} (again)`, prompt: PROMPT },
      ],
    },
  },
  { id: 'b', sessionId: 's', position: 2, kind: 'break', title: 'Break', plannedMinutes: 10 },
];

function session(mode: Session['mode']): Session {
  return {
    id: 's',
    title: 'Tuesday workshop',
    scheduledFor: null,
    availableMinutes: 60,
    mode,
    status: 'planned',
    templateId: null,
    createdAt: 0,
    updatedAt: 0,
  };
}

/** Every state a run passes through here: before the start, each step, and the end. */
function runThrough(): RunState[] {
  const steps = runSteps(agenda);
  const states = [notStarted(steps)];
  let run = begin(states[0]!, steps, 1000);
  for (let position = 0; position < steps.length; position++) {
    states.push(run);
    run = next(run, steps, 2000 + position);
  }
  states.push(end(run, 9000));
  return states;
}

describe('the display view', () => {
  const steps = runSteps(agenda);

  it('of a facilitated session never carries the facilitator’s script, at any point of the run', () => {
    for (const run of runThrough()) {
      const sent = JSON.stringify(displayViewOf(session('facilitated'), steps, run));
      expect(sent).not.toContain('zq-facilitator-only');
    }
  });

  it('carries the step, its prompt and the timer, and nothing else', () => {
    const run = next(begin(notStarted(steps), steps, 1000), steps, 2000);
    expect(displayViewOf(session('facilitated'), steps, run)).toEqual({
      kind: 'step',
      language: null,
      itemTitle: 'Agreements',
      title: 'Agree',
      readAloud: null,
      prompt: PROMPT,
      timer: run.timer,
      soft: false,
      alliesListening: false,
      untranslated: false,
    });
  });

  it('names the language the room is shown it in, and says when the exercise is shown in English for want of a translation', () => {
    const run = begin(notStarted(steps), steps, 1000);
    const inSpanish = { ...session('facilitated'), participantLanguage: 'es' as const };
    expect(displayViewOf(inSpanish, steps, run, new Set([steps[0]!.itemId]))).toMatchObject({ language: 'es', untranslated: true });
    expect(displayViewOf(inSpanish, steps, end(run, 5000))).toEqual({ kind: 'ended', language: 'es' });
  });

  it('of a self-guided session carries the card’s text to read aloud, which belongs to the whole group', () => {
    const run = begin(notStarted(steps), steps, 1000);
    expect(displayViewOf(session('self-guided'), steps, run)).toMatchObject({ kind: 'step', title: 'Open', readAloud: SCRIPT });
  });

  it('shows no clock before the start, and only "ended" at the end', () => {
    expect(displayViewOf(session('facilitated'), steps, notStarted(steps))).toMatchObject({ kind: 'step', title: 'Open', timer: null });
    const ended = end(begin(notStarted(steps), steps, 1000), 5000);
    expect(displayViewOf(session('facilitated'), steps, ended)).toEqual({ kind: 'ended', language: null });
  });
});
