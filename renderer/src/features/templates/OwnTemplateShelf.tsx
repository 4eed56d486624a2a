import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ownTemplates } from '../../data/app-database.ts';
import type { KeptTemplate } from '../../data/own-template-repository.ts';
import { routes } from '../../navigation/routes.ts';
import { TemplateCard } from './TemplateListScreen.tsx';

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

/** The facilitator's own templates, above the library's. */
export default function OwnTemplateShelf() {
  const { t } = useTranslation('templates');
  const kept = useOwnTemplates();
  return (
    <section className="own-shelf" aria-labelledby="own-templates-heading">
      <h2 id="own-templates-heading">{t('mine')}</h2>
      {kept === null ? null : kept.length === 0 ? (
        <p className="own-shelf__empty">
          <Trans t={t} i18nKey="mineEmpty" components={[<Link key="library" href={routes.importExercise} />]} />
        </p>
      ) : (
        <ul className="card-list card-list--narrow">
          {kept.map(({ template, problems }) => (
            <li key={template.id}>
              <TemplateCard template={template} href={routes.ownTemplate(template.id)}>
                <p className="own-mark">
                  <span className="own-mark__whose">{t('yours')}</span>
                  {problems.length > 0 && <span className="own-mark__needs">{t('namesMissing')}</span>}
                </p>
              </TemplateCard>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
