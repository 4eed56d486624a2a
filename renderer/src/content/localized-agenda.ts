import { useEffect, useMemo, useState } from 'react';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import { localizeAgenda, type LocalizedAgenda } from '../../../domain/sessions/localize-agenda.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';
import { useContentIn } from './translated-content.ts';

const NONE: ReadonlySet<string> = new Set();

/**
 * A planned agenda in the words of `language` where its exercises are
 * translated (domain/sessions/localize-agenda.ts), with the items left in
 * English named so that screens can label them. In English, the agenda as
 * planned. Until a language's translations are first here, the agenda as
 * planned and `pending`: a screen opened cold shows neither it nor the room
 * anything, rather than English for a moment and then the language it was
 * asked for. Once a screen has shown it, a later change of language does not
 * take the screen away (and what is being typed on it) while the new
 * language's words load: the agenda as planned meanwhile.
 */
export function useLocalizedAgenda(agenda: readonly AgendaItem[], language: string): LocalizedAgenda & { pending: boolean } {
  const content = useContentIn(language);
  const ids = useMemo(
    () => [...new Set(agenda.flatMap((item) => (item.kind === 'exercise' ? [item.exercise.id] : [])))].sort().join('\u0000'),
    [agenda],
  );
  const [details, setDetails] = useState<{ content: unknown; ids: string; exercises: Map<string, Exercise> } | null>(null);
  useEffect(() => {
    if (!content) return;
    let current = true;
    const wanted = ids === '' ? [] : ids.split('\u0000');
    void Promise.all(wanted.map((id) => content.loadExerciseDetail(id).catch(() => undefined))).then((loaded) => {
      if (!current) return;
      const exercises = new Map<string, Exercise>();
      for (const exercise of loaded) if (exercise) exercises.set(exercise.id, exercise);
      setDetails({ content, ids, exercises });
    });
    return () => {
      current = false;
    };
  }, [content, ids]);
  const [shown, setShown] = useState(false);
  const localized = useMemo(() => {
    if (content === null) return { agenda: [...agenda], untranslated: NONE, pending: false };
    if (!content || details?.content !== content || details.ids !== ids) return { agenda: [...agenda], untranslated: NONE, pending: true };
    return { ...localizeAgenda(agenda, details.exercises), pending: false };
  }, [agenda, content, details, ids]);
  if (!localized.pending && !shown) setShown(true);
  return shown && localized.pending ? { ...localized, pending: false } : localized;
}
