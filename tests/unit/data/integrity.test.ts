import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, type Backup } from '../../../domain/backup/backup-format.ts';
import { next, notStarted, runSteps, togglePause, end } from '../../../domain/run/run-state.ts';
import { blankSession } from '../../../domain/sessions/plan-from-content.ts';
import type { AgendaItem, SessionBundle } from '../../../domain/sessions/session-model.ts';
import { exportSessions, parseBackup, restoreBackup } from '../../../renderer/src/data/backup.ts';
import { inEnglish, refusedWith } from '../../support/storage-words.ts';
import { createCheckInRepository } from '../../../renderer/src/data/check-in-repository.ts';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { createSessionRepository } from '../../../renderer/src/data/session-repository.ts';
import { findSampleInstrument, sampleInstrument } from '../../support/sample-instrument.ts';
import { createRecordRepository } from '../../../renderer/src/data/record-repository.ts';
import { ActionGoneError } from '../../../renderer/src/data/errors.ts';

// Defects found in review: each of these failed before its fix.

const instrument = sampleInstrument;
const find = findSampleInstrument;
let db: CommonGroundDatabase;
let ids = 0;
const clock = { now: () => 1_000 + ids, newId: () => `id-${++ids}` };

beforeEach(async () => {
  db = new CommonGroundDatabase(find, `integrity-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  ids = 0;
  await db.open();
});

const item = (id: string, position: number, title = id): AgendaItem => ({
  id,
  sessionId: 's',
  position,
  kind: 'break',
  title,
  plannedMinutes: 10,
});

/** A planned session "s" with three items, written straight to the tables. */
async function plannedSession() {
  await db.sessions.add(blankSession({ id: 's', title: 'Evening', now: 1 }));
  await db.agendaItems.bulkAdd([item('a', 1024), item('b', 2048), item('c', 3072)]);
}

async function wipe() {
  await Promise.all([db.sessions, ...db.sessionTables()].map((table) => table.clear()));
}

async function dump() {
  return Promise.all([db.sessions, ...db.sessionTables()].map((table) => table.orderBy('id').toArray()));
}

function backupText(sessions: unknown[], overrides: Record<string, unknown> = {}) {
  return JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 9, sessions, ...overrides });
}

describe('removing an agenda item', () => {
  it('keeps a check-in round opened during it, belonging to no item, so the backup still restores', async () => {
    await plannedSession();
    const sessions = createSessionRepository(db, clock);
    const checkIns = createCheckInRepository(db, clock, find);
    const roundId = await checkIns.open({
      sessionId: 's',
      agendaItemId: 'b',
      instrumentIds: [instrument.id],
      purpose: 'check-in',
      method: 'tally',
    });
    await checkIns.addCounts(roundId, instrument, { heard: { '4': 5 } });
    await checkIns.close(roundId);
    await sessions.removeItem((await db.agendaItems.get('b'))!);

    const parsed = parseBackup(await exportSessions(db, 'all', 5), find);
    if (!parsed.ok) throw new Error(inEnglish(parsed.refusal));
    await wipe();
    await restoreBackup(db, parsed.backup, 'keep-both', clock.newId);
    expect(await db.checkInRounds.get(roundId)).toMatchObject({ agendaItemId: null, closedAt: expect.any(Number) });
    expect((await db.checkInResults.toArray())[0]).toMatchObject({ belowFloor: false, respondents: 5, meanTenths: 40 });
  });

  it('takes it out of the run’s and the summary’s lists of items', async () => {
    await plannedSession();
    const sessions = createSessionRepository(db, clock);
    const run = { ...notStarted(runSteps(await sessions.orderedAgenda('s'))), alliesListening: ['c'] };
    await db.sessions.update('s', {
      run,
      summary: {
        choices: { notes: true, checkIns: true, reflections: true, actions: true, followUps: false, includedPrivateItems: ['a', 'c'] },
        paper: 'A4',
      },
    });
    await sessions.removeItem((await db.agendaItems.get('c'))!);
    const session = (await db.sessions.get('s'))!;
    expect(session.run!.alliesListening).toEqual([]);
    expect(session.summary!.choices.includedPrivateItems).toEqual(['a']);
  });

  it('restores a backup written by an earlier version whose round points at a removed item', () => {
    // As version 0.1.0 wrote it (backup version 2).
    const bundle = {
      session: blankSession({ id: 's', title: 'Evening', now: 1 }),
      agendaItems: [item('a', 1024)],
      prepNotes: [],
      stepNotes: [],
      checkInRounds: [
        {
          id: 'r',
          sessionId: 's',
          agendaItemId: 'gone',
          instrumentIds: [instrument.id],
          purpose: 'check-in',
          method: 'tally',
          turns: 0,
          sequence: 1,
          openedAt: 2,
          closedAt: 3,
        },
      ],
      checkInTallies: [],
      reflections: [],
      agreedActions: [],
    };
    const parsed = parseBackup(backupText([bundle]), find);
    if (!parsed.ok) throw new Error(inEnglish(parsed.refusal));
    expect(parsed.backup.sessions[0]!.checkInRounds[0]!.agendaItemId).toBeNull();
  });
});

describe('editing the agenda of a session that has been run', () => {
  async function runningAtSecondItem() {
    await plannedSession();
    const sessions = createSessionRepository(db, clock);
    const steps = runSteps(await sessions.orderedAgenda('s'));
    const run = next(togglePause(notStarted(steps), steps, 10), steps, 20);
    await sessions.saveRun('s', run);
    return { sessions, steps, run };
  }

  it('keeps what has run as it ran, and lets what is still to come change', async () => {
    const { sessions } = await runningAtSecondItem();
    const [a, b, c] = await sessions.orderedAgenda('s');
    expect(await refusedWith(sessions.removeItem(a!))).toBe(
      '“a” has already been reached in this run, so it stays in the agenda as it ran.',
    );
    expect(await refusedWith(sessions.removeItem(b!))).toContain('already been reached');
    expect(await refusedWith(sessions.setPlannedMinutes(a!, 30))).toContain('already been reached');
    expect(await refusedWith(sessions.moveItem(c!, 0))).toContain('only move among the items after the current one');
    await sessions.setPlannedMinutes(c!, 25);
    const added = await sessions.addItem('s', { kind: 'break', title: 'd', plannedMinutes: 5 });
    await sessions.moveItem(c!, 3);
    expect((await sessions.orderedAgenda('s')).map((i) => i.id)).toEqual(['a', 'b', added, 'c']);
    await sessions.removeItem(c!);
    expect((await sessions.orderedAgenda('s')).map((i) => i.id)).toEqual(['a', 'b', added]);
  });

  it('changes nothing in the agenda of an ended session', async () => {
    const { sessions, run } = await runningAtSecondItem();
    await sessions.saveRun('s', end(run, 30));
    const before = await dump();
    const [, , c] = await sessions.orderedAgenda('s');
    const ended = 'This session has ended, so its agenda stays as the record of what ran. Duplicate the session to plan it again.';
    expect(await refusedWith(sessions.removeItem(c!))).toBe(ended);
    expect(await refusedWith(sessions.addItem('s', { kind: 'break', title: 'd', plannedMinutes: 5 }))).toBe(ended);
    expect(await refusedWith(sessions.moveItem(c!, 0))).toBe(ended);
    expect(await refusedWith(sessions.setPlannedMinutes(c!, 1))).toBe(ended);
    expect(await dump()).toEqual(before);
  });
});

describe('duplicating a session', () => {
  it('gives the copy summary choices that name its own items', async () => {
    await plannedSession();
    const sessions = createSessionRepository(db, clock);
    await sessions.saveSummarySettings('s', {
      choices: { notes: true, checkIns: true, reflections: true, actions: true, followUps: false, includedPrivateItems: ['b'] },
      paper: 'Letter',
    });
    const copyId = await sessions.duplicate('s');
    const copy = (await db.sessions.get(copyId))!;
    const copyAgenda = await sessions.orderedAgenda(copyId);
    expect(copy.summary).toEqual({
      choices: expect.objectContaining({ includedPrivateItems: [copyAgenda[1]!.id] }),
      paper: 'Letter',
    });
    expect(copyAgenda.map((i) => i.id)).not.toContain('b');
  });
});

describe('restoring decides everything before writing', () => {
  const bundle = (sessionId: string, itemId: string): SessionBundle => ({
    session: blankSession({ id: sessionId, title: `Session ${sessionId}`, now: 1 }),
    agendaItems: [{ ...item(itemId, 1024), sessionId }],
    prepNotes: [{ id: itemId, sessionId, text: 'Tea', updatedAt: 2 }],
    stepNotes: [],
    checkInRounds: [],
    checkInResults: [],
    reflections: [],
    agreedActions: [],
  });
  const backup = (...sessions: SessionBundle[]): Backup => ({
    format: BACKUP_FORMAT,
    version: 6,
    exportedAt: 1,
    sessions,
    ownExercises: [],
    ownTemplates: [],
  });

  it('restores a session whose records share ids with another session here as a copy under new ids', async () => {
    await restoreBackup(db, backup(bundle('here', 'shared')), 'keep-both', clock.newId);
    await restoreBackup(db, backup(bundle('other', 'shared')), 'keep-both', clock.newId);
    const titles = (await db.sessions.toArray()).map((s) => s.title).sort();
    expect(titles).toEqual(['Session here', 'Session other (restored)']);
    expect(await db.agendaItems.count()).toBe(2);
    expect(await db.prepNotes.count()).toBe(2);
  });

  it('refuses in plain words, and writes nothing, when a replacement would collide with another session', async () => {
    await restoreBackup(db, backup(bundle('here', 'shared')), 'keep-both', clock.newId);
    const before = await dump();
    const refused = restoreBackup(db, backup(bundle('new', 'fresh'), bundle('other', 'shared')), 'replace', clock.newId);
    expect(await refusedWith(refused)).toBe(
      '“Session other” in this backup shares records with “Session here” on this device, so it cannot replace anything. Choose “Keep both” to restore it as a copy.',
    );
    await expect(refused).rejects.not.toThrow(/ConstraintError|BulkError/);
    expect(await dump()).toEqual(before);
  });
});

describe('reading a backup', () => {
  const valid = () => ({
    session: blankSession({ id: 's', title: 'Evening', now: 1 }),
    agendaItems: [],
    prepNotes: [],
    stepNotes: [],
    checkInRounds: [
      {
        id: 'r',
        sessionId: 's',
        agendaItemId: null,
        instrumentIds: [instrument.id],
        purpose: 'check-in',
        method: 'tally',
        turns: 0,
        sequence: 1,
        openedAt: 2,
        closedAt: 3,
      },
    ],
    checkInTallies: [
      {
        id: `r_${instrument.id}`,
        sessionId: 's',
        roundId: 'r',
        instrumentId: instrument.id,
        respondents: 5,
        counts: { heard: { '4': 5 } },
      },
    ],
    reflections: [],
    agreedActions: [],
  });
  const withTally = (change: object) => {
    const b = valid();
    return backupText([{ ...b, checkInTallies: [{ ...b.checkInTallies[0]!, ...change }] }]);
  };
  const message = (text: string) => {
    const result = parseBackup(text, find);
    return result.ok ? 'accepted' : inEnglish(result.refusal);
  };

  // Tallies are what version 2 backups (written by 0.1.0) hold; they are checked before being carried forward.
  it('accepts a consistent tally', () => {
    expect(message(backupText([valid()]))).toBe('accepted');
  });

  it('says a file with fields this version does not know was made by a newer version', () => {
    expect(message(backupText([valid()], { encryption: { scheme: 'x' } }))).toBe(
      'This backup was made by a newer version of Common Ground (it holds “encryption”). Update the app, then restore it.',
    );
    expect(message(backupText([valid()], { version: 7 }))).toMatch(/made by a newer version of Common Ground \(backup version 7\)/);
  });

  it('refuses counts with nobody answering, and an item with more answers than people', () => {
    expect(message(withTally({ respondents: 0 }))).toMatch(
      /“sessions\.0\.checkInTallies\.0\.counts\.heard” holds answers although nobody answered\./,
    );
    expect(message(withTally({ respondents: 3 }))).toMatch(/holds 5 answers from 3 people/);
  });
});

describe('writes that arrive after what they belong to was removed (in another window)', () => {
  it('are refused in plain words, and the backup still restores', async () => {
    await plannedSession();
    const sessions = createSessionRepository(db, clock);
    const records = createRecordRepository(db, clock);
    const actionId = await records.addAction('s', 'b', 'Write to the council');
    const b = (await db.agendaItems.get('b'))!;
    await sessions.removeItem(b);
    const gone = /was removed, in this window or another/;
    expect(await refusedWith(sessions.setPrepNote(b, 'late'))).toMatch(gone);
    expect(await refusedWith(sessions.saveStepNote({ id: 'b_0', sessionId: 's', agendaItemId: 'b', stepIndex: 0 }, 'late'))).toMatch(gone);
    expect(await refusedWith(records.saveReflection(b, { kind: 'timelines', data: { groups: [] } }))).toMatch(gone);
    expect(await refusedWith(records.addAction('s', 'b', 'late'))).toMatch(gone);
    await expect(records.updateAction(actionId, 'late')).rejects.toBeInstanceOf(ActionGoneError);
    const parsed = parseBackup(await exportSessions(db, 'all', 5), find);
    expect(parsed.ok).toBe(true);
  });

  it('leave nothing behind for a deleted session, so Undo puts it back', async () => {
    await plannedSession();
    const sessions = createSessionRepository(db, clock);
    const a = (await db.agendaItems.get('a'))!;
    const deleted = await sessions.delete('s');
    expect(await refusedWith(sessions.setPrepNote(a, 'typed as it was deleted'))).toMatch(/was removed/);
    await sessions.restore(deleted);
    expect(await db.sessions.count()).toBe(1);
  });

  it('drop what a stale run view says of removed items when it saves', async () => {
    await plannedSession();
    const sessions = createSessionRepository(db, clock);
    const steps = runSteps(await sessions.orderedAgenda('s'));
    const stale = { ...togglePause(notStarted(steps), steps, 10), alliesListening: ['c'] };
    await sessions.removeItem((await db.agendaItems.get('c'))!);
    await sessions.saveRun('s', stale);
    expect((await db.sessions.get('s'))!.run!.alliesListening).toEqual([]);
    expect(parseBackup(await exportSessions(db, 'all', 5), find).ok).toBe(true);
  });
});

describe('a backup the app writes', () => {
  it('is checked as a restore checks it: a session that would not restore is named, and nothing is saved', async () => {
    await plannedSession();
    await db.prepNotes.put({ id: 'a', sessionId: 's', text: 'x'.repeat(200_001), updatedAt: 1 });
    expect(await refusedWith(exportSessions(db, 'all', 5))).toMatch(
      /^“Evening” cannot be backed up as it is: “prepNotes\.0\.text” is longer than 200,000 characters\. Nothing was saved\.$/,
    );
  });

  it('keeps a copy’s title within the limit, however often it is copied', async () => {
    await db.sessions.add(blankSession({ id: 's', title: 'T'.repeat(200), now: 1 }));
    const sessions = createSessionRepository(db, clock);
    let id = 's';
    for (let copy = 0; copy < 60; copy++) id = await sessions.duplicate(id);
    expect((await db.sessions.get(id))!.title.length).toBeLessThanOrEqual(500);
    expect(parseBackup(await exportSessions(db, 'all', 5), find).ok).toBe(true);
  });
});
