import type { PhoneInstrument, PhonePageData } from '../../domain/check-ins/phone-round.ts';
import { CHECK_IN_TRACKS } from '../../domain/content/vocabulary.ts';
import { isPhoneLanguage } from './words.ts';

// The round's language and instruments come embedded in the page by the round server
// (a JSON data block in place of the page's placeholder comment). The app
// wrote them, so this checks their shape only as far as the page relies on
// it, without a validator library: a page that cannot read them says so
// rather than showing half a question.

const isString = (value: unknown): value is string => typeof value === 'string';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isInstrument(value: unknown): value is PhoneInstrument {
  if (!isRecord(value)) return false;
  const { id, title, track, intro, scale, items } = value;
  if (
    !isString(id) ||
    !isString(title) ||
    !isString(intro) ||
    !isString(track) ||
    !Object.prototype.hasOwnProperty.call(CHECK_IN_TRACKS, track)
  )
    return false;
  if (!isRecord(scale) || !isString(scale['minLabel']) || !isString(scale['maxLabel'])) return false;
  const { min, max } = scale;
  if (!Number.isInteger(min) || !Number.isInteger(max) || (min as number) > (max as number) || (max as number) - (min as number) > 20)
    return false;
  return (
    Array.isArray(items) && items.length > 0 && items.every((item) => isRecord(item) && isString(item['id']) && isString(item['text']))
  );
}

/** The page's data from the text of its data block, or null when it is missing or not the expected shape. */
export function parsePageData(text: string | null | undefined): PhonePageData | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || !Array.isArray(value['instruments'])) return null;
  const { language } = value;
  const instruments: unknown[] = value['instruments'];
  if (!isPhoneLanguage(language) || instruments.length === 0 || !instruments.every(isInstrument)) return null;
  return { language, instruments };
}
