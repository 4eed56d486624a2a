import { SESSION_TABLE_NAMES } from '../../../domain/sessions/session-references.ts';
import type { SessionBundle } from '../../../domain/sessions/session-model.ts';
import type { CommonGroundDatabase } from './database.ts';

/** Everything each session owns, read in one transaction so it is one consistent moment; records in id order. */
export async function readBundles(db: CommonGroundDatabase, sessionIds: readonly string[] | 'all'): Promise<SessionBundle[]> {
  return db.transaction('r', [db.sessions, ...db.sessionTables()], async () => {
    const sessions =
      sessionIds === 'all'
        ? await db.sessions.orderBy('id').toArray()
        : (await db.sessions.bulkGet([...sessionIds])).filter((s) => s !== undefined);
    return Promise.all(
      sessions.map(async (session) => {
        const bundle = { session } as SessionBundle;
        for (const table of SESSION_TABLE_NAMES) {
          (bundle[table] as unknown[]) = await db.table(table).where('sessionId').equals(session.id).sortBy('id');
        }
        return bundle;
      }),
    );
  });
}
