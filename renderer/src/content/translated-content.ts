import { useEffect, useReducer } from 'react';
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

/**
 * A library exercise as the language of `translated` names it: its
 * translated summary (title, summary, why it needs a facilitator), or, where
 * it has no translation, `untranslated`, for the screen to show its English
 * marked as such. In English (`translated` null) and for a facilitator's own
 * exercise, neither: it is shown as written.
 */
export function exerciseIn(translated: TranslatedContent | null | undefined, id: string): { summary?: ExerciseSummary; untranslated: boolean } {
  if (!translated) return { untranslated: false };
  if (translated.untranslated.exercises.includes(id)) return { untranslated: true };
  const summary = translated.exerciseSummaries.find((candidate) => candidate.id === id);
  return summary ? { summary, untranslated: false } : { untranslated: false };
}

/** Each language's translations, a chunk of their own, fetched when that language is first shown. */
const LOADERS: Record<string, () => Promise<TranslatedContent>> = {
  es: () => import('virtual:content-translations/es'),
};

const loaded = new Map<string, Promise<TranslatedContent>>();
/** The same, once here: a screen that renders after them has them on its first render. */
const arrived = new Map<string, TranslatedContent>();

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
    request.then(
      (content) => arrived.set(language, content),
      () => loaded.delete(language),
    );
  }
  return request;
}

/** The content translations of `language`: null in English (the source) or a language with none, undefined while they load. */
export function useContentIn(language: string): TranslatedContent | null | undefined {
  const translated = Object.hasOwn(LOADERS, language);
  // What has arrived is kept in `arrived`; this only renders again when it does.
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!translated || arrived.has(language)) return;
    let current = true;
    loadContentIn(language).then(
      () => current && rerender(),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language, translated]);
  if (!translated) return null;
  // Usually here already: the app loads its language's translations before its first render.
  return arrived.get(language);
}

/** An exercise in a language: the source's words (English), a translation's, or English because it is not translated yet. */
export type ExerciseIn = { kind: 'source' } | { kind: 'translated'; exercise: Exercise } | { kind: 'untranslated' };

// One promise per language and exercise, kept, so React's `use` sees the same promise on every render.
const exercisesIn = new Map<string, Promise<ExerciseIn>>();

/**
 * An exercise's full text in `language`, where it is translated. A
 * translation is always of the library's current version (the content check
 * refuses a stale one), so it stands wherever the library's exercise does.
 */
export function loadExerciseIn(language: string, id: string): Promise<ExerciseIn> {
  const key = `${language}\u0000${id}`;
  let request = exercisesIn.get(key);
  if (!request) {
    request = loadContentIn(language).then(async (content): Promise<ExerciseIn> => {
      if (!content) return { kind: 'source' };
      const exercise = await content.loadExerciseDetail(id);
      return exercise ? { kind: 'translated', exercise } : { kind: 'untranslated' };
    });
    exercisesIn.set(key, request);
    request.catch(() => exercisesIn.delete(key));
  }
  return request;
}
