import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import { loadContent } from '../../../domain/content/load-content.ts';
import { firstNumbers, pathFor, questionScreenCount, slipQuestionPages } from '../../../domain/check-ins/answer-path.ts';
import { readContentFiles } from '../../../scripts/content-files.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';

/** An instrument with only what the path looks at. */
function instrument(id: string, track: CheckInInstrument['track'], items: number): CheckInInstrument {
  return {
    id,
    track,
    items: Array.from({ length: items }, (_, index) => ({ id: `${id}-${index + 1}`, text: `Question ${index + 1}`, reverseScored: false })),
  } as CheckInInstrument;
}

const kinds = (screens: ReturnType<typeof pathFor>) => screens.map((screen) => (screen.kind === 'question' ? screen.item.id : 'neutral'));

describe('the hand-around path', () => {
  it('is as long for every choice as the largest track of the round, whatever its size', () => {
    const round = [instrument('a', 'affected', 4), instrument('b', 'ally', 3), instrument('c', 'ally', 6)];
    expect(questionScreenCount(round)).toBe(9);
    for (const track of ['affected', 'ally', null] as const) expect(pathFor(round, track)).toHaveLength(9);
    expect(kinds(pathFor(round, 'affected'))).toEqual(['a-1', 'a-2', 'a-3', 'a-4', ...Array(5).fill('neutral')]);
    expect(kinds(pathFor(round, null))).toEqual(Array(9).fill('neutral'));
    expect(pathFor(round, 'ally').filter((screen) => screen.kind === 'question' && screen.firstOfInstrument)).toHaveLength(2);
  });

  it('gives a track with no instrument in the round only neutral screens, as many as the others', () => {
    const round = [instrument('a', 'affected', 4)];
    expect(kinds(pathFor(round, 'ally'))).toEqual(Array(4).fill('neutral'));
    expect(kinds(pathFor(round, 'affected'))).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
  });

  it('numbers questions on through the round, as slips name them', () => {
    expect(firstNumbers([instrument('a', 'affected', 4), instrument('b', 'ally', 3), instrument('c', 'ally', 4)])).toEqual([1, 5, 8]);
  });

  it('is 7 question screens for everyone in a mixed room with the shipped instruments, whatever they choose', async () => {
    const result = loadContent(await readContentFiles({ contentDir: path.join(PROJECT_ROOT, 'content'), projectRoot: PROJECT_ROOT }));
    if (!result.ok) throw new Error('the shipped content loads');
    const mixedRoom = result.library.checkIns.filter((instrument) =>
      ['respect-and-empowerment', 'ally-acceptance', 'ally-centring'].includes(instrument.id),
    );
    expect(mixedRoom).toHaveLength(3);
    expect(questionScreenCount(mixedRoom)).toBe(7);
    for (const track of ['affected', 'ally', null] as const) expect(pathFor(mixedRoom, track)).toHaveLength(7);
  });
});

describe('the pages of questions a round counted from slips is shown in', () => {
  let made = 0;
  const page = (track: CheckInInstrument['track'], count: number) => instrument(`instrument-${++made}`, track, count);

  it('holds one questionnaire a page, whole, numbered through the round', () => {
    const four = [page('affected', 4), page('ally', 3), page('ally', 4), page('affected', 4)];
    expect(slipQuestionPages(four).map(({ instruments, first, last }) => [instruments, first, last])).toEqual([
      [[four[0]], 1, 4],
      [[four[1]], 5, 7],
      [[four[2]], 8, 11],
      [[four[3]], 12, 15],
    ]);
    expect(slipQuestionPages([])).toEqual([]);
  });
});
