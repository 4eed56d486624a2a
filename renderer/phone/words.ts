import type { ParticipantLanguage } from '../../domain/sessions/session-vocabulary.ts';
import { createTranslator, type Catalog, type Values } from '../src/i18n/lookup.ts';
import englishHandAround from '../src/locales/en/handAround.json' with { type: 'json' };
import englishPhone from '../src/locales/en/phone.json' with { type: 'json' };
import spanishHandAround from '../src/locales/es/handAround.json' with { type: 'json' };
import spanishPhone from '../src/locales/es/phone.json' with { type: 'json' };

// The phone's words, from the app's catalogs: the hand-around's where the
// device says the same thing (so a phone and the device never word a
// question differently), the phone's own where only a phone says it. Every
// language the app shows participants is bundled: a few kilobytes, and the
// page needs no second request to speak.

const CATALOGS: Record<ParticipantLanguage, Catalog> = {
  en: { handAround: englishHandAround, phone: englishPhone },
  es: { handAround: spanishHandAround, phone: spanishPhone },
};

type English = { handAround: typeof englishHandAround; phone: typeof englishPhone };
/** Every key of the English catalogs, dotted ("handAround.track.ally"): a key missing from them fails to compile. */
type Keys<C> = { [K in keyof C & string]: C[K] extends string ? K : `${K}.${Keys<C[K]>}` }[keyof C & string];
export type PhoneKey = Keys<English>;
export type PhoneWords = (key: PhoneKey, values?: Values) => string;

export const isPhoneLanguage = (value: unknown): value is ParticipantLanguage =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGS, value);

export function phoneWords(language: ParticipantLanguage): PhoneWords {
  return createTranslator(CATALOGS as { en: Catalog } & Record<string, Catalog>, language);
}

/**
 * The language to say "this could not be loaded" in, when the page's data
 * (which names the language) could not be read: the phone's own, if the app
 * speaks it, else English.
 */
export function fallbackLanguage(browser: readonly string[]): ParticipantLanguage {
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isPhoneLanguage(primary)) return primary;
  }
  return 'en';
}
