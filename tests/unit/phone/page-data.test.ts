import { describe, expect, it } from 'vitest';
import { parsePageData } from '../../../renderer/phone/page-data.ts';
import { ROOM } from './phone-fixtures.ts';

describe('the round’s data embedded in the phone page', () => {
  it('is read as the server wrote it', () => {
    expect(parsePageData(JSON.stringify({ language: 'en', instruments: ROOM }))).toEqual({ language: 'en', instruments: ROOM });
    expect(parsePageData(JSON.stringify({ language: 'es', instruments: ROOM }))).toEqual({ language: 'es', instruments: ROOM });
  });

  it('is refused when missing (the placeholder was not replaced) or not the expected shape', () => {
    const [first] = ROOM;
    const broken = [
      undefined,
      null,
      '',
      'not json',
      '[]',
      '{}',
      // A language the page does not speak, or none: the page would not know what to say.
      JSON.stringify({ instruments: ROOM }),
      JSON.stringify({ language: 'fr', instruments: ROOM }),
      JSON.stringify({ language: 'toString', instruments: ROOM }),
      JSON.stringify({ language: 'en', instruments: [] }),
      JSON.stringify({ language: 'en', instruments: [{ ...first, track: 'bystander' }] }),
      JSON.stringify({ language: 'en', instruments: [{ ...first, track: 'toString' }] }),
      JSON.stringify({ language: 'en', instruments: [{ ...first, items: [] }] }),
      JSON.stringify({ language: 'en', instruments: [{ ...first, items: [{ id: 'a' }] }] }),
      JSON.stringify({ language: 'en', instruments: [{ ...first, scale: { ...first!.scale, min: 5, max: 1 } }] }),
      JSON.stringify({ language: 'en', instruments: [{ ...first, scale: { ...first!.scale, max: 1000 } }] }),
      JSON.stringify({ language: 'en', instruments: [{ ...first, intro: undefined }] }),
    ];
    for (const text of broken) expect(parsePageData(text), String(text)).toBeNull();
  });
});
