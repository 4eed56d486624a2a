import { Link } from 'wouter';
import { routes } from '../../navigation/routes.ts';
import { TEMPLATE_SUMMARIES } from '../../content/content-library.ts';
import { FactList } from '../../ui/FactList.tsx';
import { templateFacts } from './template-facts.ts';

export function TemplateListScreen() {
  return (
    <div>
      <h1 tabIndex={-1}>Workshop templates</h1>
      <p className="lede">
        Complete agendas built from the library, with every minute accounted for. Start from one and adapt it to your group.
      </p>
      <ul className="card-list card-list--narrow">
        {TEMPLATE_SUMMARIES.map((template) => (
          <li key={template.id}>
            <article className="card" aria-labelledby={`template-${template.id}-title`}>
              <h2 id={`template-${template.id}-title`} className="card__title">
                <Link href={routes.template(template.id)}>{template.title}</Link>
              </h2>
              <p className="card__summary">{template.summary}</p>
              <FactList facts={templateFacts(template)} compact />
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
