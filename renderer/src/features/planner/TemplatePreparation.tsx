import type { Session } from '../../../../domain/sessions/session-model.ts';
import { useTranslation } from 'react-i18next';
import { findTemplate } from '../../content/content-details.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { routes } from '../../navigation/routes.ts';
import { Link } from 'wouter';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';

/**
 * The preparation a session's template asks for (facilitators, rooms, slips,
 * materials), on the plan where the facilitator prepares, rather than only on
 * the template's page. Open until the session has run: then it has done its work.
 */
export function TemplatePreparation({ session }: { session: Pick<Session, 'templateId' | 'status'> }) {
  const { t } = useTranslation('planner');
  // In the app's language where the template is translated; else English, said so.
  const translated = useTranslatedContent();
  const source = session.templateId ? findTemplate(session.templateId) : undefined;
  if (!source || translated === undefined) return null;
  const template = translated?.templates.find((candidate) => candidate.id === source.id) ?? source;
  const untranslated = translated !== null && template === source;
  return (
    <section aria-labelledby="preparation-heading" className="plan-preparation">
      <details open={session.status === 'planned'}>
        <summary>
          <h2 id="preparation-heading">{t('preparation.heading')}</h2>
          <span className="plan-preparation__source">{t('preparation.from', { title: template.title })}</span>
          {untranslated && (
            <>
              {' '}
              <NotTranslatedMark />
            </>
          )}
        </summary>
        <Markdown source={template.preparation} className="plan-preparation__text" />
        <p className="field__hint">
          <Link href={routes.template(template.id)}>{t('preparation.whole')}</Link>
          {t('preparation.wholeRest')}
        </p>
      </details>
    </section>
  );
}
