import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import { adaptExercise, ownExerciseToMarkdown } from '../../../domain/content/own-exercise.ts';
import { next, notStarted, runSteps, togglePause, end } from '../../../domain/run/run-state.ts';
import { blankSession } from '../../../domain/sessions/plan-from-content.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { sayStorage, type Words } from '../../../renderer/src/data/errors.ts';
import { createOwnExerciseRepository } from '../../../renderer/src/data/own-exercise-repository.ts';
import { createOwnTemplateRepository, OwnTemplateRefusedError } from '../../../renderer/src/data/own-template-repository.ts';
import { createSessionRepository, systemClock } from '../../../renderer/src/data/session-repository.ts';
import { findSampleInstrument } from '../../support/sample-instrument.ts';
import { shippedExercises } from '../../support/shipped-content.ts';

// What the data layer refuses reads in the facilitator's language: each
// refusal names a sentence of the storage catalog (and the content check's
// problems, in that catalog's words), never English text of its own. In
// English each reads word for word as it did when the data layer wrote it.

const catalog = (language: string, namespace: string) =>
  JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, `../../../renderer/src/locales/${language}/${namespace}.json`), 'utf8'),
  ) as Record<string, unknown>;

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: Object.fromEntries(
    ['en', 'es'].map((language) => [language, { storage: catalog(language, 'storage'), contentCheck: catalog(language, 'contentCheck') }]),
  ),
  ns: ['storage', 'contentCheck'],
  defaultNS: 'storage',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** What `operation` is refused with, in `language`, as a screen shows it. */
async function refusedIn(language: 'en' | 'es', operation: Promise<unknown>): Promise<string> {
  const error = await operation.then(
    () => {
      throw new Error('It was not refused.');
    },
    (refusal: unknown) => refusal,
  );
  if (!(error && typeof error === 'object' && 'words' in error)) throw error;
  return sayStorage((key, options) => i18n.t(key, { ...options, lng: language }), (error as { words: Words }).words, language);
}

const database = () =>
  new CommonGroundDatabase(findSampleInstrument, `refusals-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });

let shipped: Exercise[];
beforeAll(async () => {
  shipped = await shippedExercises();
});

describe('a run’s agenda, refused', () => {
  const item = (id: string, position: number): AgendaItem => ({
    id,
    sessionId: 's',
    position,
    kind: 'break',
    title: id,
    plannedMinutes: 10,
  });

  async function runningAtSecondItem() {
    const db = database();
    await db.sessions.add(blankSession({ id: 's', title: 'Evening', now: 1 }));
    await db.agendaItems.bulkAdd([item('a', 1024), item('b', 2048), item('c', 3072)]);
    const sessions = createSessionRepository(db, systemClock);
    const steps = runSteps(await sessions.orderedAgenda('s'));
    const run = next(togglePause(notStarted(steps), steps, 10), steps, 20);
    await sessions.saveRun('s', run);
    return { sessions, run };
  }

  it('names the item already reached, and where items still to come may go', async () => {
    const { sessions } = await runningAtSecondItem();
    const [a, , c] = await sessions.orderedAgenda('s');
    expect(await refusedIn('en', sessions.removeItem(a!))).toBe(
      '“a” has already been reached in this run, so it stays in the agenda as it ran.',
    );
    expect(await refusedIn('es', sessions.removeItem(a!))).toBe(
      '«a» ya se alcanzó en esta sesión, así que queda en la agenda tal como se hizo.',
    );
    expect(await refusedIn('en', sessions.moveItem(c!, 0))).toBe(
      'During a run, items still to come can only move among the items after the current one.',
    );
    expect(await refusedIn('es', sessions.moveItem(c!, 0))).toBe(
      'Con la sesión en curso, los puntos que faltan solo pueden moverse entre los que van después del actual.',
    );
  });

  it('says an ended session’s agenda is its record', async () => {
    const { sessions, run } = await runningAtSecondItem();
    await sessions.saveRun('s', end(run, 30));
    const [, , c] = await sessions.orderedAgenda('s');
    expect(await refusedIn('en', sessions.removeItem(c!))).toBe(
      'This session has ended, so its agenda stays as the record of what ran. Duplicate the session to plan it again.',
    );
    expect(await refusedIn('es', sessions.removeItem(c!))).toBe(
      'Esta sesión ha terminado, así que su agenda queda como registro de lo que se hizo. Duplica la sesión para volver a planificarla.',
    );
  });

  it('says a session deleted meanwhile no longer exists', async () => {
    const sessions = createSessionRepository(database(), systemClock);
    expect(await refusedIn('en', sessions.duplicate('gone'))).toBe('That session no longer exists.');
    expect(await refusedIn('es', sessions.duplicate('gone'))).toBe('Esa sesión ya no existe.');
  });
});

describe('own exercises and templates, refused', () => {
  it('names an id already kept here', async () => {
    const exercises = createOwnExerciseRepository(database(), systemClock);
    const markdown = ownExerciseToMarkdown({ ...adaptExercise(shipped[0]!, new Set()), id: 'own-abc123abc123' });
    await exercises.importMarkdown(markdown);
    expect(await refusedIn('en', exercises.importMarkdown(markdown))).toBe(
      'An exercise with the id “own-abc123abc123” is already kept here.',
    );
    expect(await refusedIn('es', exercises.importMarkdown(markdown))).toBe('Ya se guarda aquí un ejercicio con el id «own-abc123abc123».');
  });

  it('says each problem of the content check after its field, in the content check’s words', async () => {
    const problems = [
      { field: 'safetyNotes', message: 'is missing', plain: { kind: 'missing' } },
      {
        field: 'agenda[0].exercise',
        message: 'names "own-x", which is not in the library or among your exercises',
        plain: { kind: 'missingExercise', id: 'own-x' },
      },
    ] as const;
    const refusal = Promise.reject(new OwnTemplateRefusedError(problems));
    expect(await refusedIn('en', refusal)).toBe(
      'This cannot be kept: safetyNotes: is missing; agenda[0].exercise: names "own-x", which is not in the library or among your exercises',
    );
    expect(await refusedIn('es', refusal)).toBe(
      'Esto no se puede guardar: safetyNotes: falta; agenda[0].exercise: menciona «own-x», que no está en la biblioteca ni entre tus ejercicios',
    );
  });

  it('names the shared files already kept here', async () => {
    const db = database();
    const exercises = createOwnExerciseRepository(db, systemClock);
    const templates = createOwnTemplateRepository(db, systemClock, () => ({
      exercises: new Map(),
      checkInIds: new Set(),
      loadExercise: async (id) => shipped.find((exercise) => exercise.id === id),
    }));
    const text = ownExerciseToMarkdown({ ...adaptExercise(shipped[0]!, new Set()), id: 'own-abc123abc123' });
    await exercises.importMarkdown(text);
    const files = { exercises: [{ name: 'ours.md', text }], templates: [] };
    expect(await refusedIn('en', templates.importShared(files))).toBe('Already kept here, so nothing was added: “own-abc123abc123”.');
    expect(await refusedIn('es', templates.importShared(files))).toBe('Ya se guarda aquí, así que no se añadió nada: «own-abc123abc123».');
  });
});
