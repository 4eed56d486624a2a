import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import type { ExerciseSummary } from '../../../domain/content/exercise-summary.ts';
import type { CheckInSummary, TemplateSummary } from '../../../domain/content/library-summaries.ts';
import type { WorkshopTemplate } from '../../../domain/content/template-schema.ts';

// The library's content in the app's language where it is translated
// (content/<language>/, merged with the English source at build time so a
// translation cannot change a timing, a group size or what is recorded), and
// English, marked as such, where it is not: never mixed silently.

export interface TranslatedContent {
  language: string;
  exerciseSummaries: ExerciseSummary[];
  /** A translated exercise's full text; undefined for one not translated. */
  loadExerciseDetail: (id: string) => Promise<Exercise | undefined>;
  templateSummaries: TemplateSummary[];
  checkInSummaries: CheckInSummary[];
  templates: WorkshopTemplate[];
  checkIns: CheckInInstrument[];
  untranslated: { exercises: string[]; checkIns: string[]; templates: string[] };
}

/** Each language's translations, a chunk of their own, fetched when that language is first shown. */
const LOADERS: Record<string, () => Promise<TranslatedContent>> = {
  es: () => import('virtual:content-translations/es'),
};

const loaded = new Map<string, Promise<TranslatedContent>>();

/** The content translations of the app's language: null in English (the source), undefined while they load. */
export function useTranslatedContent(): TranslatedContent | null | undefined {
  const { i18n } = useTranslation();
  return useContentIn(i18n.language);
}

/** The content translations of `language`, outside a component: null in English (the source) or a language with none. */
export function loadContentIn(language: string): Promise<TranslatedContent | null> {
  const load = LOADERS[language];
  if (!load) return Promise.resolve(null);
  let request = loaded.get(language);
  if (!request) {
    request = load();
    loaded.set(language, request);
    request.catch(() => loaded.delete(language));
  }
  return request;
}

/** The content translations of `language`: null in English (the source) or a language with none, undefined while they load. */
export function useContentIn(language: string): TranslatedContent | null | undefined {
  const translated = Object.hasOwn(LOADERS, language);
  const [content, setContent] = useState<{ language: string; content: TranslatedContent } | null>(null);
  useEffect(() => {
    if (!translated) return;
    let current = true;
    void loadContentIn(language)
      .then((value) => current && value && setContent({ language, content: value }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [language, translated]);
  if (!translated) return null;
  return content?.language === language ? content.content : undefined;
}
