import { describe, expect, it } from 'vitest';
import { createDraftJournal, textHash } from '../../../renderer/src/autosave/draft-journal.ts';
import { mergeKeepingBoth } from '../../../renderer/src/autosave/merge-text.ts';
import { FakeStorage } from './fake-windows.ts';

describe('mergeKeepingBoth', () => {
  it('keeps what each side added after what they share, without splitting words', () => {
    expect(mergeKeepingBoth('Plan: tea', 'Plan: talk')).toBe('Plan: talk\ntea');
    expect(mergeKeepingBoth('Bring slips. Pens.', 'Bring slips. Chairs.')).toBe('Bring slips. Chairs.\nPens.');
    expect(mergeKeepingBoth('A title', 'A name', ' ')).toBe('A name title');
  });

  it('adds nothing twice', () => {
    expect(mergeKeepingBoth('abc', 'abc')).toBe('abc');
    expect(mergeKeepingBoth('slips', 'slips and pens')).toBe('slips and pens');
    expect(mergeKeepingBoth('slips and pens', 'slips')).toBe('slips and pens');
    expect(mergeKeepingBoth('', 'theirs')).toBe('theirs');
    expect(mergeKeepingBoth('mine', '')).toBe('mine');
  });

  it('keeps an insertion in the middle where it was made', () => {
    expect(mergeKeepingBoth('one two three', 'one 2 three')).toBe('one 2\ntwo three');
  });
});

describe('the draft journal', () => {
  it('keeps one entry per window, so no window overwrites another’s draft', () => {
    const storage = new FakeStorage();
    const journal = createDraftJournal(() => storage);
    journal.write('note', 'A', { text: 'from A', base: textHash('') });
    journal.write('note', 'B', { text: 'from B', base: textHash('') });
    journal.write('note-2', 'A', { text: 'another field' });
    expect(
      journal
        .read('note')
        .map(({ owner, draft }) => [owner, draft.text])
        .sort(),
    ).toEqual([
      ['A', 'from A'],
      ['B', 'from B'],
    ]);

    journal.clear('note', 'A', 'not what it holds');
    expect(journal.read('note')).toHaveLength(2);
    journal.clear('note', 'A', 'from A');
    expect(journal.read('note').map((entry) => entry.owner)).toEqual(['B']);
  });

  it('ignores a corrupt entry', () => {
    const storage = new FakeStorage();
    storage.setItem('common-ground:draft:note#A', '{not json');
    expect(createDraftJournal(() => storage).read('note')).toEqual([]);
  });
});
