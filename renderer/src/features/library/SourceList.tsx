import { useTranslation } from 'react-i18next';
import type { ExerciseSource } from '../../../../domain/content/exercise-schema.ts';
import { useHost } from '../../host/host-context.tsx';
import { formatCitation } from '../../../../domain/content/citations.ts';

function sourceLink(source: ExerciseSource): string | null {
  if (source.doi) return `https://doi.org/${source.doi}`;
  return source.url ?? null;
}

export function SourceList({ sources }: { sources: readonly ExerciseSource[] }) {
  const { t } = useTranslation('library');
  const host = useHost();
  return (
    <ul className="source-list">
      {sources.map((source) => {
        const link = sourceLink(source);
        return (
          <li key={formatCitation(source)}>
            <span className="source__citation">{formatCitation(source)}</span>
            {link && (
              <>
                {' '}
                <a
                  href={link}
                  onClick={(event) => {
                    event.preventDefault();
                    void host.openExternalLink(link);
                  }}
                >
                  {source.doi ? `doi:${source.doi}` : link}
                </a>
              </>
            )}
            {!source.checkedAgainstFullText && <span className="source__unverified">{t('detail.unverified')}</span>}
          </li>
        );
      })}
    </ul>
  );
}
