import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPARED_NOTE,
  RESPONDENT_BAND_LABELS,
  WITHHELD_LABELS,
  belowFloorText,
  changeRequestText,
} from '../../../domain/check-ins/disclosure.ts';
import { FACILITATOR_ACTIONS } from '../../../domain/content/vocabulary.ts';
import { CHECK_IN_METHODS } from '../../../domain/sessions/session-vocabulary.ts';
import { meanIn, numberIn, withDecimalSign } from '../../../renderer/src/features/check-ins/number-format.ts';

// The check-in screens take their words from the checkIns catalog; the
// printed summary's Markdown still takes the same words from the domain
// (domain/check-ins/disclosure.ts). In English they must not drift apart: a
// facilitator comparing the screen with the print should read one sentence.

const english = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../renderer/src/locales/en/checkIns.json'), 'utf8')) as {
  results: {
    band: Record<string, string>;
    withheld: Record<string, string>;
    compared: string;
    belowFloor: string;
    changeRequests_one: string;
    changeRequests_other: string;
  };
  action: Record<string, string>;
  panel: { method: Record<string, string> };
};

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

describe('the check-in results’ words', () => {
  it('read in English on screen as the summary’s Markdown says them', () => {
    expect(english.results.band).toEqual(RESPONDENT_BAND_LABELS);
    expect(english.results.withheld).toEqual(
      Object.fromEntries(Object.entries(WITHHELD_LABELS).map(([why, label]) => [why, sentence(label)])),
    );
    expect(english.results.compared).toBe(COMPARED_NOTE);
    expect(english.results.belowFloor.replace('{{minimum}}', '7')).toBe(sentence(belowFloorText(7)));
    expect(english.results.changeRequests_one).toBe(changeRequestText(1));
    expect(english.results.changeRequests_other.replace('{{count}}', '3')).toBe(changeRequestText(3));
  });

  it('name the ways of answering and the practical steps as the domain’s vocabulary does', () => {
    expect(english.panel.method).toEqual(CHECK_IN_METHODS);
    expect(english.action).toEqual(FACILITATOR_ACTIONS);
  });
});

describe('numbers in the results', () => {
  it('keep the domain’s rounding and take the language’s decimal sign', () => {
    expect(meanIn(3.15, 'en')).toBe('3.2');
    expect(meanIn(3.15, 'es')).toBe('3,2');
    expect(meanIn(3, 'es')).toBe('3,0');
    expect(withDecimalSign('0.2', 'es')).toBe('0,2');
    expect(numberIn(3.5, 'es')).toBe('3,5');
    expect(numberIn(3, 'en')).toBe('3');
    expect(numberIn(1000, 'en')).toBe('1000');
  });
});
