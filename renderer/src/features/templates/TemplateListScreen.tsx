import { Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TemplateSummary } from '../../../../domain/content/library-summaries.ts';
import { routes } from '../../navigation/routes.ts';
import { TEMPLATE_SUMMARIES } from '../../content/content-library.ts';
import { FactList } from '../../ui/FactList.tsx';
import { templateFacts } from './template-facts.ts';
import { useTranslatedContent } from '../../content/translated-content.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';

export function TemplateCard({ template, href, children }: { template: TemplateSummary; href: string; children?: ReactNode }) {
  return (
    <article className="card" aria-labelledby={`template-${template.id}-title`}>
      <h3 id={`template-${template.id}-title`} className="card__title">
        <Link href={href}>{template.title}</Link>
      </h3>
      {children}
      <p className="card__summary">{template.summary}</p>
      <FactList facts={templateFacts(template)} compact />
    </article>
  );
}

/** The template list; `ownShelf` (the facilitator's own templates, from the database) is loaded apart, so this list never waits for the database's code. */
export function TemplateListScreen({ ownShelf: OwnShelf }: { ownShelf?: ComponentType | undefined }) {
  const { t } = useTranslation('templates');
  const translated = useTranslatedContent();
  return (
    <div>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      {OwnShelf && (
        <Suspense fallback={null}>
          <OwnShelf />
        </Suspense>
      )}
      <section aria-labelledby="shipped-templates-heading">
        <h2 id="shipped-templates-heading">{t('fromLibrary')}</h2>
        <ul className="card-list card-list--narrow">
          {translated !== undefined &&
            TEMPLATE_SUMMARIES.map((english) => {
              const template = translated?.templateSummaries.find((candidate) => candidate.id === english.id);
              return (
                <li key={english.id}>
                  {template || !translated ? (
                    <TemplateCard template={template ?? english} href={routes.template(english.id)} />
                  ) : (
                    <TemplateCard template={english} href={routes.template(english.id)}>
                      <p className="own-mark">
                        <NotTranslatedMark />
                      </p>
                    </TemplateCard>
                  )}
                </li>
              );
            })}
        </ul>
      </section>
    </div>
  );
}
