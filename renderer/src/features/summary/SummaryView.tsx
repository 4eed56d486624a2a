import { useTranslation } from 'react-i18next';
import type { SummaryBlock, SummaryDocument } from '../../../../domain/summary/compose-summary.ts';
import type { PaperSize } from '../../../../domain/summary/summary-choices.ts';
import { Markdown } from '../../markdown/Markdown.tsx';
import { TrendChart } from '../check-ins/index.ts';
import { StructuresMapDiagram, TimelinesView } from '../reflections/index.ts';

function Block({ block }: { block: SummaryBlock }) {
  switch (block.kind) {
    case 'markdown':
      return <Markdown source={block.markdown} />;
    case 'trend':
      return <TrendChart trend={block.trend} />;
    case 'structures-map':
      return <StructuresMapDiagram map={block.map} />;
    case 'timelines':
      return <TimelinesView timelines={block.timelines} />;
  }
}

/** The summary exactly as it prints: the preview and the page are the same markup under the same styles. */
export function SummaryView({ document, paper }: { document: SummaryDocument; paper: PaperSize }) {
  const { t } = useTranslation('summary');
  return (
    <article
      className={`summary-page${paper === 'Letter' ? ' summary-page--letter' : ''}`}
      aria-label={t('screen.pageLabel', { title: document.title })}
    >
      {document.sections.map((section) => (
        <section key={section.id} className={`summary-section summary-section--${section.id.startsWith('item-') ? 'item' : section.id}`}>
          {section.blocks.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}
