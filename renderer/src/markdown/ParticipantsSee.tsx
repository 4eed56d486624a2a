import { useTranslation } from 'react-i18next';
import { Markdown } from './Markdown.tsx';

/** A step's participant prompt, as facilitators see it beside the script: labelled, at the heading level of its place. */
export function ParticipantsSee({ prompt, headingLevel }: { prompt: string; headingLevel: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const { t } = useTranslation('ui');
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="step__prompt">
      <Heading className="step__label">{t('participantsSee')}</Heading>
      <Markdown source={prompt} />
    </div>
  );
}
