import { useEffect, useState } from 'react';
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
