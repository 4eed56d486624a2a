import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { TemplateSummary } from '../../../../domain/content/library-summaries.ts';
import { routes } from '../../navigation/routes.ts';
import { TEMPLATE_SUMMARIES } from '../../content/content-library.ts';
import { ownTemplates, storageAvailable } from '../../data/app-database.ts';
import type { KeptTemplate } from '../../data/own-template-repository.ts';
import { FactList } from '../../ui/FactList.tsx';
import { templateFacts } from './template-facts.ts';

function TemplateCard({ template, href, children }: { template: TemplateSummary; href: string; children?: React.ReactNode }) {
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

/** The facilitator's own templates, by title; null until they are read. */
function useOwnTemplates(): KeptTemplate[] | null {
  const [kept, setKept] = useState<KeptTemplate[] | null>(null);
  useEffect(() => {
    let current = true;
    void ownTemplates
      .list()
      .then((list) => current && setKept(list))
      .catch(() => current && setKept([])); // reported by the data layer
    return () => {
      current = false;
    };
  }, []);
  return kept;
}

function OwnTemplates() {
  const kept = useOwnTemplates();
  return (
    <section className="own-shelf" aria-labelledby="own-templates-heading">
      <h2 id="own-templates-heading">My templates</h2>
      {kept === null ? null : kept.length === 0 ? (
        <p className="own-shelf__empty">
          To keep an agenda that worked, open its session’s plan and choose “Save as a template”. Templates someone shared with you are
          imported in the <Link href={routes.importExercise}>library</Link>.
        </p>
      ) : (
        <ul className="card-list card-list--narrow">
          {kept.map(({ template, problems }) => (
            <li key={template.id}>
              <TemplateCard template={template} href={routes.ownTemplate(template.id)}>
                <p className="own-mark">
                  <span className="own-mark__whose">Yours</span>
                  {problems.length > 0 && (
                    <span className="own-mark__needs"> Names an exercise no longer kept here: open it to see which.</span>
                  )}
                </p>
              </TemplateCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TemplateListScreen() {
  return (
    <div>
      <h1 tabIndex={-1}>Workshop templates</h1>
      <p className="lede">
        Complete agendas built from the library, with every minute accounted for. Start from one and adapt it to your group.
      </p>
      {storageAvailable() && <OwnTemplates />}
      <section aria-labelledby="shipped-templates-heading">
        <h2 id="shipped-templates-heading">From the library</h2>
        <ul className="card-list card-list--narrow">
          {TEMPLATE_SUMMARIES.map((template) => (
            <li key={template.id}>
              <TemplateCard template={template} href={routes.template(template.id)} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
