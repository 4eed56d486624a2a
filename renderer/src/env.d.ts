/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

declare module 'virtual:content-library' {
  import type { Exercise } from '../../domain/content/exercise-schema.ts';
  import type { ExerciseSummary } from '../../domain/content/exercise-summary.ts';
  import type { CheckInSummary, TemplateSummary } from '../../domain/content/library-summaries.ts';

  export const exerciseSummaries: ExerciseSummary[];
  export const checkInSummaries: CheckInSummary[];
  export const templateSummaries: TemplateSummary[];
  /** Resolves to undefined for an id that is not in the library. */
  export function loadExerciseDetail(id: string): Promise<Exercise | undefined>;
}

declare module 'virtual:content-details' {
  import type { CheckInInstrument } from '../../domain/content/check-in-schema.ts';
  import type { WorkshopTemplate } from '../../domain/content/template-schema.ts';

  export const checkIns: CheckInInstrument[];
  export const templates: WorkshopTemplate[];
}

/** One language's translated content (scripts/content-plugin.ts): only what is translated, and the ids of what is not. */
declare module 'virtual:content-translations/es' {
  import type { CheckInInstrument } from '../../domain/content/check-in-schema.ts';
  import type { Exercise } from '../../domain/content/exercise-schema.ts';
  import type { ExerciseSummary } from '../../domain/content/exercise-summary.ts';
  import type { CheckInSummary, TemplateSummary } from '../../domain/content/library-summaries.ts';
  import type { WorkshopTemplate } from '../../domain/content/template-schema.ts';

  export const language: string;
  export const exerciseSummaries: ExerciseSummary[];
  export const checkInSummaries: CheckInSummary[];
  export const templateSummaries: TemplateSummary[];
  export const checkIns: CheckInInstrument[];
  export const templates: WorkshopTemplate[];
  export const untranslated: { exercises: string[]; checkIns: string[]; templates: string[] };
  /** Undefined for an exercise that is not translated. */
  export function loadExerciseDetail(id: string): Promise<Exercise | undefined>;
}
