import { describe, expect, it } from 'vitest';
import { materialsMentioned, topLevelListItems } from '../../../domain/content/materials.ts';

describe('materialsMentioned', () => {
  it('picks the list items that say what to bring, print or prepare, and leaves the rest', () => {
    const notes = [
      '**Before the session**',
      '',
      '- Bring identical slips and pens of one colour,',
      '  and two boxes.',
      '- Know where caucuses can meet out of earshot.',
      '- Print one set of the six cards per group.',
      '- Identical slips, pens of one colour, a box.',
      '- **Materials:** flipcharts; sticky notes.',
      '- If groups are in dispute, talk to their organisers. This can bring up old conflicts.',
      '',
      '**Watch for**',
      '',
      '- *Reading:* read aloud everything on slips and cards.',
      '- *The card box forgotten.* Check it at every break.',
    ].join('\n');
    expect(materialsMentioned(notes)).toEqual([
      'Bring identical slips and pens of one colour, and two boxes.',
      'Print one set of the six cards per group.',
      'Identical slips, pens of one colour, a box.',
      '**Materials:** flipcharts; sticky notes.',
    ]);
  });

  it('finds nothing in text without lists', () => {
    expect(materialsMentioned('Bring paper. This is a paragraph, not a list.')).toEqual([]);
  });
});

describe('topLevelListItems', () => {
  it('joins continuation lines and ends an item at the next paragraph', () => {
    expect(topLevelListItems('- one\n  more\n- two\n\nAfter.\n- three')).toEqual(['one more', 'two', 'three']);
  });
});
