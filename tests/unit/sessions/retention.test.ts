import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { WorkshopTemplate } from '../../../domain/content/template-schema.ts';
import { planFromTemplate } from '../../../domain/sessions/plan-from-content.ts';
import { addDays, expiredSessionIds, isExpired, localDate } from '../../../domain/sessions/retention.ts';
import { sessionSchema } from '../../../domain/sessions/stored-records.ts';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { createSessionRepository } from '../../../renderer/src/data/session-repository.ts';
import { quickVault, TEST_PASSPHRASE } from '../../support/quick-vault.ts';
import { findSampleInstrument } from '../../support/sample-instrument.ts';

describe('"delete after" dates', () => {
  it('are due only once their day is over', () => {
    expect(isExpired('2027-03-05', '2027-03-05')).toBe(false);
    expect(isExpired('2027-03-05', '2027-03-06')).toBe(true);
    expect(isExpired('2026-12-31', '2027-01-01')).toBe(true);
    expect(isExpired(null, '2027-01-01')).toBe(false);
    expect(isExpired(undefined, '2027-01-01')).toBe(false);
    expect(isExpired('soon', '2027-01-01')).toBe(false);
    expect(
      expiredSessionIds([{ id: 'a', deleteAfter: '2027-01-01' }, { id: 'b' }, { id: 'c', deleteAfter: '2027-02-01' }], '2027-01-15'),
    ).toEqual(['a']);
  });

  it('count days across months and years, on the local calendar', () => {
    expect(addDays('2027-01-30', 3)).toBe('2027-02-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(localDate(new Date(2027, 2, 5, 23, 59).getTime())).toBe('2027-03-05');
  });

  it('are stored as a date or nothing', () => {
    const session = {
      id: 's',
      title: 'T',
      scheduledFor: null,
      availableMinutes: null,
      mode: 'facilitated',
      status: 'planned',
      templateId: null,
      createdAt: 1,
      updatedAt: 1,
    };
    expect(sessionSchema.safeParse({ ...session, deleteAfter: '2027-03-05' }).success).toBe(true);
    expect(sessionSchema.safeParse({ ...session, deleteAfter: null }).success).toBe(true);
    expect(sessionSchema.safeParse(session).success).toBe(true);
    expect(sessionSchema.safeParse({ ...session, deleteAfter: 'next week' }).success).toBe(false);
  });
});

describe.each(['off', 'on'])('the retention sweep, with the vault %s', (vault) => {
  it('deletes each session past its date with everything it owns, and nothing else', async () => {
    const db = new CommonGroundDatabase(findSampleInstrument, `retention-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    if (vault === 'on') await quickVault(db).turnOn(TEST_PASSPHRASE);
    let ids = 0;
    const repository = createSessionRepository(db, { now: () => 1_000 + ids, newId: () => `id-${++ids}` });
    const expired = await repository.create('Expired');
    const today = await repository.create('Due today');
    const kept = await repository.create('Kept');
    await repository.updateDetails(expired, { deleteAfter: '2027-03-04' });
    await repository.updateDetails(today, { deleteAfter: '2027-03-05' });
    for (const sessionId of [expired, today, kept])
      await repository.addItem(sessionId, { kind: 'break', title: 'Break', plannedMinutes: 10 });
    const [item] = await repository.orderedAgenda(expired);
    await db.stepNotes.add({ id: 'n', sessionId: expired, agendaItemId: item!.id, stepIndex: 0, text: 'a note', updatedAt: 5 });

    expect(await repository.sweepExpired('2027-03-05')).toBe(1);
    expect((await db.sessions.toArray()).map((session) => session.title).sort()).toEqual(['Due today', 'Kept']);
    expect(await db.agendaItems.where('sessionId').equals(expired).count()).toBe(0);
    expect(await db.stepNotes.count()).toBe(0);
    // The next day, the one due today goes too; a second sweep finds nothing more.
    expect(await repository.sweepExpired('2027-03-06')).toBe(1);
    expect(await repository.sweepExpired('2027-03-06')).toBe(0);
    expect((await db.sessions.toArray()).map((session) => session.title)).toEqual(['Kept']);
    // With the vault on, the deleted sessions' keys went with them.
    if (vault === 'on')
      expect((await db.vault.toArray()).map((row) => row.id).filter((id) => id.startsWith('session:'))).toEqual([`session:${kept}`]);
  });
});

describe('a template that suggests a "delete after" date', () => {
  const template = (suggestedRetentionDays?: number) =>
    ({
      id: 'short-lived',
      mode: 'facilitated',
      durationMinutes: 20,
      agenda: [
        { kind: 'break', title: 'Break', minutes: 10 },
        { kind: 'break', title: 'Break', minutes: 10 },
      ],
      ...(suggestedRetentionDays !== undefined ? { suggestedRetentionDays } : {}),
    }) as unknown as WorkshopTemplate;

  it('dates a new session that many days after it is planned; without one, nothing is set', () => {
    expect(planFromTemplate(template(30), new Map(), '2027-03-05').details.deleteAfter).toBe('2027-04-04');
    expect(planFromTemplate(template(), new Map(), '2027-03-05').details).not.toHaveProperty('deleteAfter');
  });
});
