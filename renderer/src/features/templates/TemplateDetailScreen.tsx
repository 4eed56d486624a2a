import { findTemplate } from '../../content/content-details.ts';
import { routes } from '../../navigation/routes.ts';
import { NotFound } from '../../ui/NotFound.tsx';
import { agendaExercises } from './agenda-exercises.ts';
import { TemplateDetail } from './TemplateDetail.tsx';

const SHIPPED = agendaExercises();

export default function TemplateDetailScreen({ templateId }: { templateId: string }) {
  const template = findTemplate(templateId);
  if (!template) return <NotFound what="Template" id={templateId} backHref={routes.templates} backLabel="Back to the templates" />;
  return <TemplateDetail template={template} exercises={SHIPPED} />;
}
