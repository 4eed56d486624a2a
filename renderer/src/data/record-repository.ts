import { reflectionId, type AgreedAction, type Reflection } from '../../../domain/sessions/session-model.ts';
import type { CommonGroundDatabase } from './database.ts';
import { ActionGoneError, ItemGoneError } from './errors.ts';
import { itemStillThere } from './session-repository.ts';
import type { Clock } from './session-repository.ts';

export { reflectionId };

type ReflectionContent = Pick<Reflection, 'kind' | 'data'>;

/** What a group chose to keep from an exercise: structured reflections and agreed actions. */
export function createRecordRepository(db: CommonGroundDatabase, clock: Clock) {
  return {
    /** The map and the timelines kept for an agenda item, if any. */
    async reflectionsOf(agendaItemId: string) {
      return {
        map: await db.reflections.get(reflectionId(agendaItemId, 'structures-map')),
        timelines: await db.reflections.get(reflectionId(agendaItemId, 'timelines')),
      };
    },

    /** The actions agreed during an agenda item, in the order they were added. */
    async actionsOf(sessionId: string, agendaItemId: string | null): Promise<AgreedAction[]> {
      return (await db.agreedActions.where('sessionId').equals(sessionId).toArray())
        .filter((action) => action.agendaItemId === agendaItemId)
        .sort((a, b) => a.createdAt - b.createdAt);
    },

    async saveReflection(item: { id: string; sessionId: string }, content: ReflectionContent): Promise<void> {
      await db.transaction('rw', db.agendaItems, db.reflections, async () => {
        await itemStillThere(db, item.id);
        await db.reflections.put({
          ...content,
          id: reflectionId(item.id, content.kind),
          sessionId: item.sessionId,
          agendaItemId: item.id,
          updatedAt: clock.now(),
        } as Reflection);
      });
    },

    async addAction(sessionId: string, agendaItemId: string | null, text: string): Promise<string> {
      return db.transaction('rw', db.sessions, db.agendaItems, db.agreedActions, async () => {
        if (agendaItemId !== null) await itemStillThere(db, agendaItemId);
        else if ((await db.sessions.get(sessionId)) === undefined) throw new ItemGoneError('session');
        const id = clock.newId();
        await db.agreedActions.add({ id, sessionId, agendaItemId, text, createdAt: clock.now() });
        return id;
      });
    },

    /** A row removed meanwhile (in another window) is not written again, and the editor is told so. */
    async updateAction(id: string, text: string): Promise<void> {
      if ((await db.agreedActions.update(id, { text })) === 0) throw new ActionGoneError();
    },

    async removeAction(id: string): Promise<void> {
      await db.agreedActions.delete(id);
    },
  };
}

export type RecordRepository = ReturnType<typeof createRecordRepository>;
