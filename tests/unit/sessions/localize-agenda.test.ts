import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import { localizeAgenda } from '../../../domain/sessions/localize-agenda.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';

const planned = (id: string, version: number): AgendaItem => ({
  id: `item-${id}`,
  sessionId: 's',
  position: 1,
  kind: 'exercise',
  plannedMinutes: 30,
  exercise: {
    id,
    version,
    title: 'Agreements',
    durationMinutes: 25,
    audience: ['mixed'],
    captures: ['notes'],
    summarySharing: 'shared',
    steps: [
      { title: 'Who this is for', minutes: 10, script: 'Say who.', prompt: 'Who is here?' },
      { title: 'Tools', minutes: 15, script: 'Show the tools.' },
    ],
  },
});

const translation = (id: string, version: number, steps = 2) =>
  ({
    id,
    version,
    title: 'Acuerdos',
    steps: [
      { title: 'Para quién es', minutes: 99, script: 'Di para quién.', prompt: '¿Quién está aquí?' },
      { title: 'Herramientas', minutes: 99, script: 'Enseña las herramientas.' },
    ].slice(0, steps),
  }) as unknown as Exercise;

describe('an agenda shown in another language', () => {
  it('takes the words of a translation of the same version, and keeps the plan’s minutes and steps', () => {
    const { agenda, untranslated } = localizeAgenda([planned('agreements', 2)], new Map([['agreements', translation('agreements', 2)]]));
    const [item] = agenda;
    if (item?.kind !== 'exercise') throw new Error('not an exercise');
    expect(item.exercise.title).toBe('Acuerdos');
    expect(item.exercise.steps).toEqual([
      { title: 'Para quién es', minutes: 10, script: 'Di para quién.', prompt: '¿Quién está aquí?' },
      { title: 'Herramientas', minutes: 15, script: 'Enseña las herramientas.' },
    ]);
    expect(item.plannedMinutes).toBe(30);
    expect(untranslated.size).toBe(0);
  });

  it('stays in English, named as untranslated, when the translation is of another version or has other steps', () => {
    for (const other of [translation('agreements', 3), translation('agreements', 2, 1)]) {
      const { agenda, untranslated } = localizeAgenda([planned('agreements', 2)], new Map([['agreements', other]]));
      expect(agenda).toEqual([planned('agreements', 2)]);
      expect([...untranslated]).toEqual(['item-agreements']);
    }
  });

  it('shows a facilitator’s own exercise as they wrote it, not as untranslated', () => {
    const own = planned('own-abcdefabcdef', 1);
    const { agenda, untranslated } = localizeAgenda([own], new Map());
    expect(agenda).toEqual([own]);
    expect(untranslated.size).toBe(0);
  });
});
