import { describe, expect, it } from 'vitest';
import { parsePageData } from '../../../renderer/phone/page-data.ts';
import { ROOM } from './phone-fixtures.ts';

describe('the round’s data embedded in the phone page', () => {
  it('is read as the server wrote it', () => {
    expect(parsePageData(JSON.stringify({ instruments: ROOM }))).toEqual({ instruments: ROOM });
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
      JSON.stringify({ instruments: [] }),
      JSON.stringify({ instruments: [{ ...first, track: 'bystander' }] }),
      JSON.stringify({ instruments: [{ ...first, track: 'toString' }] }),
      JSON.stringify({ instruments: [{ ...first, items: [] }] }),
      JSON.stringify({ instruments: [{ ...first, items: [{ id: 'a' }] }] }),
      JSON.stringify({ instruments: [{ ...first, scale: { ...first!.scale, min: 5, max: 1 } }] }),
      JSON.stringify({ instruments: [{ ...first, scale: { ...first!.scale, max: 1000 } }] }),
      JSON.stringify({ instruments: [{ ...first, intro: undefined }] }),
    ];
    for (const text of broken) expect(parsePageData(text), String(text)).toBeNull();
  });
});
