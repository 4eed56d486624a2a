import { Markdown } from './Markdown.tsx';

/** A step's participant prompt, as facilitators see it beside the script: labelled, at the heading level of its place. */
export function ParticipantsSee({ prompt, headingLevel }: { prompt: string; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="step__prompt">
      <Heading className="step__label">Participants see</Heading>
      <Markdown source={prompt} />
    </div>
  );
}
