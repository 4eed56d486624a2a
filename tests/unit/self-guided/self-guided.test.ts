import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAUSE_SITUATIONS } from '../../../domain/self-guided/pause-situations.ts';
import { ROTATING_ROLES, roleRotationNote } from '../../../domain/self-guided/roles.ts';
import { itemsNeedingFacilitator } from '../../../domain/self-guided/suitability.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';

/** The self-guided run's words, in English (renderer/src/locales/en/guided.json): the domain names roles and situations by id. */
const guided = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../renderer/src/locales/en/guided.json'), 'utf8')) as {
  pauseButton: string;
  roles: Record<string, string>;
  pause: { situation: Record<string, { title: string; guidance: Record<string, string> }> };
};

describe('self-guided sessions', () => {
  it('hands the roles on at the first card of each new exercise, and only then', () => {
    expect(roleRotationNote(1, true)).toBe('first');
    expect(roleRotationNote(1, false)).toBe('stay');
    expect(roleRotationNote(2, true)).toBe('pass');
    expect(roleRotationNote(2, false)).toBe('stay');
  });

  it('tells each role to use only what the self-guided cards offer: the pause, not airtime or floor tools', () => {
    for (const role of ROTATING_ROLES) expect(guided.roles[role]).not.toMatch(/airtime|floor shift|caucus call|tap/i);
    // The watcher is pointed at the pause button by its label, whatever the language says it is.
    expect(guided.roles['process-watcher']).toMatch(/^<0>Process watcher<\/0> /);
    expect(guided.roles['process-watcher']).toContain('“{{pause}}”');
    expect(guided.pauseButton).toBe('We need to pause');
  });

  it('has words for every pause situation, in the order the domain gives', () => {
    expect(Object.keys(guided.pause.situation)).toEqual(PAUSE_SITUATIONS.map((situation) => situation.id));
    for (const { title, guidance } of Object.values(guided.pause.situation)) {
      expect(title).not.toBe('');
      // One point a line of the Markdown list the pause panel builds.
      expect(Object.keys(guidance).length).toBeGreaterThan(1);
      for (const point of Object.values(guidance)) expect(point).toMatch(/^\S[^\n]*$/);
    }
  });

  it('names each planned exercise that needs a facilitator, with the content’s reason', () => {
    const exercise = (id: string, needsFacilitatorBecause?: string): AgendaItem => ({
      id,
      sessionId: 's',
      position: 1,
      kind: 'exercise',
      plannedMinutes: 10,
      exercise: {
        id,
        version: 1,
        title: `Exercise ${id}`,
        durationMinutes: 10,
        audience: ['mixed'],
        captures: [],
        ...(needsFacilitatorBecause ? { needsFacilitatorBecause } : {}),
        steps: [],
      },
    });
    expect(itemsNeedingFacilitator([exercise('a'), exercise('b', 'It stages conflict.')])).toEqual([
      { title: 'Exercise b', why: 'It stages conflict.' },
    ]);
  });
});
