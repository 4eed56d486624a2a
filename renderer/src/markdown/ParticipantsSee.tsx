import { Markdown } from './Markdown.tsx';

/** A step's participant prompt, as facilitators see it beside the script: labelled, at the heading level of its place. */
export function ParticipantsSee({ prompt, headingLevel }: { prompt: string; headingLevel: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="step__prompt">
      <Heading className="step__label">Participants see</Heading>
      <Markdown source={prompt} />
    </div>
  );
}
