import { findTemplate } from '../../content/content-details.ts';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { routes } from '../../navigation/routes.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';
import { agendaExercises, agendaExercisesIn } from './agenda-exercises.ts';
import { TemplateDetail } from './TemplateDetail.tsx';

const SHIPPED = agendaExercises();

/** A shipped template, in the app's language where it is translated, else in English and marked so. */
export default function TemplateDetailScreen({ templateId }: { templateId: string }) {
  const translated = useTranslatedContent();
  const english = findTemplate(templateId);
  if (!english) return <NotFound what="Template" id={templateId} backHref={routes.templates} />;
  if (translated === undefined) return <p className="loading">…</p>;
  const template = translated?.templates.find((candidate) => candidate.id === templateId);
  // The exercises it names under their titles in the app's language, where they are translated, and marked where not.
  const exercises = agendaExercisesIn(SHIPPED, translated);
  if (template || !translated) return <TemplateDetail template={template ?? english} exercises={exercises} />;
  return (
    <TemplateDetail
      template={english}
      exercises={exercises}
      mark={
        <p className="own-mark">
          <NotTranslatedMark />
        </p>
      }
    />
  );
}
