import { describe, expect, it } from 'vitest';
import { textHash } from '../../../renderer/src/autosave/draft-journal.ts';
import { noteLockName } from '../../../renderer/src/autosave/note-lock.ts';
import { FakeDatabase, FakeDevice, settle } from './fake-windows.ts';

const LOCK = noteLockName('note');

/** Every word of `words`, in order, somewhere in `text`. */
function expectWords(text: string, words: string[]) {
  expect(text.split(/\s+/).filter(Boolean)).toEqual(words);
}

describe('a note open in two windows', () => {
  it('is edited in one at a time: the other follows it read-only, then takes over from the latest text', async () => {
    const device = new FakeDevice(new FakeDatabase('Agenda:'));
    const a = device.open('A');
    const b = device.open('B');
    await settle();

    a.editor.focus();
    await settle();
    expect(a.editor.getSnapshot().lock).toBe('mine');
    expect(b.editor.getSnapshot()).toMatchObject({ lock: 'elsewhere', notice: 'elsewhere' });

    a.editor.type('Agenda: welcome');
    await settle();
    expect(b.editor.getSnapshot().text).toBe('Agenda: welcome');

    // Focusing the note here while A edits it does not take it.
    b.editor.focus();
    await settle();
    expect(b.editor.getSnapshot().lock).toBe('elsewhere');

    a.editor.leave();
    await settle();
    expect(device.locks.holds('A', LOCK)).toBe(false);
    // B's user is in the field: B takes the note, and says it can be edited until they type.
    expect(b.editor.getSnapshot()).toMatchObject({ lock: 'mine', text: 'Agenda: welcome', notice: 'free-again' });
    expect(a.editor.getSnapshot().lock).toBe('elsewhere');

    b.editor.type('Agenda: welcome, rounds');
    expect(b.editor.getSnapshot().notice).toBeNull();
    b.editor.leave();
    await settle();
    expect(device.db.text).toBe('Agenda: welcome, rounds');
    expect(a.editor.getSnapshot()).toMatchObject({ text: 'Agenda: welcome, rounds', lock: 'free', notice: 'free-again' });
  });

  it('keeps the lock until the last words are committed, and a keystroke never waits for the lock once held', async () => {
    const device = new FakeDevice(new FakeDatabase());
    const a = device.open('A');
    a.editor.focus();
    await settle();
    const saves = device.db.saves.length;
    a.editor.type('x');
    expect(device.db.saves.length).toBe(saves + 1); // the write started in the keystroke itself

    device.db.hang = true;
    a.editor.type('xy');
    await settle();
    a.editor.leave();
    await settle();
    expect(device.locks.holds('A', LOCK)).toBe(true);
    expect(a.editor.getSnapshot().save).toBe('saving');
  });

  it('keeps words typed in the instant before another window got the lock, and adds them to its text when it is done', async () => {
    const device = new FakeDevice(new FakeDatabase('Roles:'));
    const a = device.open('A');
    const b = device.open('B');
    await settle();

    // Both start at once; A's request reaches the browser first.
    a.editor.focus();
    b.editor.type('Roles: timekeeper');
    await settle(400);
    expect(a.editor.getSnapshot().lock).toBe('mine');
    expect(b.editor.getSnapshot()).toMatchObject({ lock: 'elsewhere', notice: 'elsewhere-kept', text: 'Roles: timekeeper' });
    // B's journalled words are B's to add: A, taking the note, does not treat a live window's draft as left behind.
    expect(a.editor.getSnapshot().text).toBe('Roles:');
    expect(device.journal.read('note').map((entry) => entry.owner)).toEqual(['B']);

    a.editor.type('Roles: note-taker');
    await settle();
    expect(device.db.text).toBe('Roles: note-taker');
    a.editor.leave();
    await settle();

    expectWords(device.db.text, ['Roles:', 'note-taker', 'timekeeper']);
    // B's user is still in the field, so B now holds the note, and says what happened.
    expect(b.editor.getSnapshot()).toMatchObject({ notice: 'merged', lock: 'mine' });
    b.editor.leave();
    await settle();
    expect(a.editor.getSnapshot().lock).toBe('free');
    expectWords(a.editor.getSnapshot().text, ['Roles:', 'note-taker', 'timekeeper']);
  });

  it('reads the stored text when it takes the note, so a window whose view lags never writes over newer words', async () => {
    const device = new FakeDevice(new FakeDatabase());
    const a = device.open('A');
    const b = device.open('B');
    await settle();
    b.deaf();

    a.editor.focus();
    a.editor.type('Quiet corner.');
    a.editor.leave();
    await settle();
    expect(b.editor.getSnapshot().text).toBe('');

    b.editor.focus();
    b.editor.type('Slips.'); // typed on the stale, empty text before the lock arrived
    b.editor.leave();
    await settle();
    expectWords(device.db.text, ['Quiet', 'corner.', 'Slips.']);
  });

  it('recovers the journalled words of a window that crashed mid-save, onto the text they were typed on', async () => {
    const device = new FakeDevice(new FakeDatabase('Bring:'));
    const a = device.open('A');
    const b = device.open('B');
    await settle();
    a.editor.focus();
    a.editor.type('Bring: slips');
    await settle();
    device.db.hang = true;
    a.editor.type('Bring: slips, pens');
    await settle();
    device.db.hang = false;
    expect(device.db.text).toBe('Bring: slips');
    expect(b.editor.getSnapshot().lock).toBe('elsewhere');

    a.crash();
    await settle();
    expect(device.db.text).toBe('Bring: slips, pens');
    expect(b.editor.getSnapshot()).toMatchObject({ text: 'Bring: slips, pens', lock: 'free', notice: 'free-again' });
    expect(device.journal.read('note')).toEqual([]);
  });

  it('never recovers a live window’s draft: a window opened while another types follows it instead', async () => {
    const device = new FakeDevice(new FakeDatabase());
    const a = device.open('A');
    a.editor.focus();
    await settle();
    device.db.hang = true;
    a.editor.type('Still typing');
    await settle();

    const b = device.open('B');
    await settle();
    expect(b.editor.getSnapshot()).toMatchObject({ lock: 'elsewhere', text: '' });
    expect(device.journal.read('note').map((entry) => entry.owner)).toEqual(['A']);
    expect(device.db.saves.filter((text) => text === 'Still typing')).toHaveLength(1);
  });

  it('adds a closed window’s words to newer text written since, instead of writing over it', async () => {
    const device = new FakeDevice(new FakeDatabase('Plan: newer text from another window'));
    device.journal.write('note', 'gone', { text: 'Plan: words never saved', base: textHash('Plan:') });
    const b = device.open('B');
    await settle();
    expectWords(device.db.text, ['Plan:', 'newer', 'text', 'from', 'another', 'window', 'words', 'never', 'saved']);
    expect(b.editor.getSnapshot().lock).toBe('free');
    expect(device.journal.read('note')).toEqual([]);
  });

  it('after a reload, saves what the page before it had typed but not saved', async () => {
    const device = new FakeDevice(new FakeDatabase('Room'));
    const before = device.open('page-1');
    before.editor.focus();
    await settle();
    device.db.hang = true;
    before.editor.type('Room 4');
    before.crash();
    device.db.hang = false;

    const after = device.open('page-2');
    await settle();
    expect(device.db.text).toBe('Room 4');
    expect(after.editor.getSnapshot().text).toBe('Room 4');
  });

  it('recovers a draft journalled before windows had their own entries, as it was recovered then', async () => {
    const device = new FakeDevice(new FakeDatabase('Old'));
    device.storage.setItem('common-ground:draft:note', JSON.stringify({ text: 'Old and unsaved', savedAt: 1 }));
    device.open('A');
    await settle();
    expect(device.db.text).toBe('Old and unsaved');
    expect(device.storage.getItem('common-ground:draft:note')).toBeNull();
  });

  it('does not combine structured data it cannot merge, and says so', async () => {
    const device = new FakeDevice(new FakeDatabase('{"v":1}'));
    const a = device.open('A', { merge: () => null });
    const b = device.open('B', { merge: () => null });
    await settle();
    a.editor.focus();
    b.editor.type('{"v":3}');
    await settle(400);
    a.editor.type('{"v":2}');
    a.editor.leave();
    await settle();
    expect(device.db.text).toBe('{"v":2}');
    expect(b.editor.getSnapshot()).toMatchObject({ text: '{"v":2}', notice: 'not-merged' });
  });
});
