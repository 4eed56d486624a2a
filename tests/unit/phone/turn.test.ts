import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionScreenCount } from '../../../domain/check-ins/answer-path.ts';
import {
  answer,
  back,
  buildSubmission,
  chooseTrack,
  chosenValue,
  currentScreen,
  endTurn,
  isLastScreen,
  next,
  screenCount,
  setChange,
  startTurn,
  submissionOf,
  type TurnState,
} from '../../../renderer/phone/turn.ts';
import { phoneInstrument, ROOM } from './phone-fixtures.ts';

const TRACKS = ['affected', 'ally', null] as const;

/** Walks from the choice to the last screen, naming what each screen holds. */
function walk(state: TurnState): string[] {
  const seen: string[] = [];
  for (;;) {
    const screen = currentScreen(state, ROOM)!;
    seen.push(screen.kind === 'question' ? `${screen.item.id}${screen.firstOfInstrument ? ' (intro)' : ''}` : screen.kind);
    if (isLastScreen(state, ROOM)) return seen;
    state = next(state, ROOM);
  }
}

describe('a turn on a phone', () => {
  it('takes as many screens whatever the track, as on the device: the largest track’s questions, then the change question', () => {
    expect(questionScreenCount(ROOM)).toBe(4);
    expect(screenCount(ROOM)).toBe(5);
    expect(walk(chooseTrack(startTurn(), 'affected'))).toEqual(['respect-1 (intro)', 'respect-2', 'respect-3', 'respect-4', 'change']);
    expect(walk(chooseTrack(startTurn(), 'ally'))).toEqual(['acceptance-1 (intro)', 'acceptance-2', 'acceptance-3', 'neutral', 'change']);
    expect(walk(chooseTrack(startTurn(), null))).toEqual(['neutral', 'neutral', 'neutral', 'neutral', 'change']);
  });

  it('never goes past the last screen, and Back from the first returns to the choice of track', () => {
    let state = chooseTrack(startTurn(), 'ally');
    for (let i = 0; i < 10; i++) state = next(state, ROOM);
    expect(state.stage).toEqual({ name: 'path', position: 4 });
    expect(isLastScreen(state, ROOM)).toBe(true);
    for (let i = 0; i < 4; i++) state = back(state);
    expect(state.stage).toEqual({ name: 'path', position: 0 });
    state = back(state);
    expect(state.stage).toEqual({ name: 'choose' });
    expect(currentScreen(state, ROOM)).toBeUndefined();
  });

  it('keeps answers going Back and forward, and when the same track is chosen again', () => {
    let state = chooseTrack(startTurn(), 'affected');
    state = answer(state, 'respect', 'respect-1', 4);
    state = next(state, ROOM);
    state = answer(state, 'respect', 'respect-2', 2);
    state = back(back(state));
    expect(state.stage).toEqual({ name: 'choose' });
    state = chooseTrack(state, 'affected');
    expect(chosenValue(state, 'respect', 'respect-1')).toBe(4);
    expect(chosenValue(state, 'respect', 'respect-2')).toBe(2);
  });

  it('drops the first track’s answers when the person goes back and chooses another', () => {
    let state = chooseTrack(startTurn(), 'affected');
    state = answer(state, 'respect', 'respect-1', 5);
    state = chooseTrack(back(state), 'ally');
    expect(state.chosen).toEqual({});
    expect(chosenValue(state, 'respect', 'respect-1')).toBeNull();
    // And coming back to the first track does not bring them back.
    state = chooseTrack(back(state), 'affected');
    expect(chosenValue(state, 'respect', 'respect-1')).toBeNull();
  });

  it('starts every question on Pass', () => {
    const state = chooseTrack(startTurn(), 'affected');
    expect(chosenValue(state, 'respect', 'respect-1')).toBeNull();
    expect(state.change).toBeNull();
  });

  it('forgets the answers when the turn ends', () => {
    let state = answer(chooseTrack(startTurn(), 'affected'), 'respect', 'respect-1', 3);
    state = setChange(state, true);
    for (const name of ['thanks', 'answered', 'closed'] as const) {
      const ended = endTurn(state, { name });
      expect(ended.chosen).toEqual({});
      expect(ended.change).toBeNull();
      expect(ended.stage).toEqual({ name });
    }
  });
});

describe('what a phone sends', () => {
  it('holds the chosen values of the chosen track, leaves passes out, and says whether something needs to change', () => {
    let state = chooseTrack(startTurn(), 'affected');
    state = answer(state, 'respect', 'respect-1', 4);
    state = answer(state, 'respect', 'respect-2', 1);
    state = answer(state, 'respect', 'respect-2', null); // changed to Pass
    state = answer(state, 'respect', 'respect-4', 5);
    state = setChange(state, true);
    expect(submissionOf(state, ROOM)).toEqual({
      track: 'affected',
      answers: { respect: { 'respect-1': 4, 'respect-4': 5 } },
      wantsChange: true,
    });
  });

  it('sends a pass on every question as no answers at all, and the change question’s pass as null', () => {
    for (const track of TRACKS) {
      expect(submissionOf(chooseTrack(startTurn(), track), ROOM)).toEqual({ track, answers: {}, wantsChange: null });
    }
    expect(submissionOf(setChange(chooseTrack(startTurn(), 'ally'), false), ROOM)?.wantsChange).toBe(false);
  });

  it('sends nothing before a track is chosen', () => {
    expect(submissionOf(startTurn(), ROOM)).toBeUndefined();
  });

  it('sends no answers for "I prefer not to say", whatever is in memory', () => {
    const chosen = { respect: { 'respect-1': 4 }, acceptance: { 'acceptance-1': 2 } };
    expect(buildSubmission(ROOM, null, chosen, true)).toEqual({ track: null, answers: {}, wantsChange: true });
  });

  it('never sends answers of another track, of unknown items, or off the scale', () => {
    const chosen = {
      respect: { 'respect-1': 4 },
      acceptance: { 'acceptance-1': 2, 'acceptance-2': 0, 'acceptance-3': 6, unknown: 3 },
      other: { x: 1 },
    };
    expect(buildSubmission(ROOM, 'ally', chosen, null)).toEqual({
      track: 'ally',
      answers: { acceptance: { 'acceptance-1': 2 } },
      wantsChange: null,
    });
    expect(buildSubmission(ROOM, 'affected', { ...chosen, respect: { 'respect-1': 2.5 } }, null).answers).toEqual({});
  });

  it('keeps to the chosen track and to real choices whatever a person does on the way (any sequence of taps)', () => {
    const room = [phoneInstrument('a', 'affected', 3), phoneInstrument('b', 'ally', 2), phoneInstrument('c', 'ally', 2)];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('choose' as const), track: fc.constantFrom(...TRACKS) }),
      fc.record({ kind: fc.constant('back' as const) }),
      fc.record({ kind: fc.constant('next' as const) }),
      fc.record({ kind: fc.constant('answer' as const), value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }) }),
      fc.record({ kind: fc.constant('change' as const), value: fc.constantFrom(true, false, null) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state = startTurn();
        for (const s of steps) {
          if (s.kind === 'choose') state = state.stage.name === 'choose' ? chooseTrack(state, s.track) : state;
          else if (s.kind === 'back') state = back(state);
          else if (s.kind === 'next') state = next(state, room);
          else if (s.kind === 'change') state = setChange(state, s.value);
          else {
            const screen = currentScreen(state, room);
            if (screen?.kind === 'question') state = answer(state, screen.instrument.id, screen.item.id, s.value);
          }
          // The path is the same length for every track.
          if (state.stage.name === 'path') expect(state.stage.position).toBeLessThan(screenCount(room));
        }
        const submission = submissionOf(state, room);
        if (!submission) return state.track === undefined;
        const trackIds = room.filter((instrument) => instrument.track === submission.track).map((instrument) => instrument.id);
        for (const [instrumentId, values] of Object.entries(submission.answers)) {
          expect(trackIds).toContain(instrumentId);
          expect(Object.keys(values).length).toBeGreaterThan(0);
          for (const [itemId, value] of Object.entries(values)) {
            expect(value).toBe(chosenValue(state, instrumentId, itemId));
            expect(value).not.toBeNull();
          }
        }
        if (submission.track === null) expect(submission.answers).toEqual({});
        return true;
      }),
    );
  });
});
