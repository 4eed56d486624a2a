import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInPattern } from '../../../../domain/content/check-in-schema.ts';
import type { FacilitatorAction } from '../../../../domain/content/vocabulary.ts';
import { Markdown } from '../../markdown/Markdown.tsx';

/** Carries out a practical response; resolves to a sentence saying what was done. */
export type ApplyAction = (action: FacilitatorAction) => Promise<string>;

interface FacilitatorPromptProps {
  pattern: CheckInPattern;
  /** Absent where nothing can be applied (e.g. after the session). */
  onApply?: ApplyAction | undefined;
}

/** A pattern the round raised: what it means, what to do, and one click for the practical steps. */
export function FacilitatorPrompt({ pattern, onApply }: FacilitatorPromptProps) {
  const { t } = useTranslation('checkIns');
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const apply = async (action: FacilitatorAction) => {
    if (!onApply) return;
    setBusy(true);
    try {
      setDone(await onApply(action));
    } catch {
      // Storage failures are reported by the app shell; the prompt stays so it can be tried again.
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="facilitator-prompt" role="alert" aria-labelledby={`prompt-${pattern.id}`}>
      <h4 id={`prompt-${pattern.id}`}>{pattern.title}</h4>
      <Markdown source={pattern.prompt} />
      <ul className="facilitator-prompt__responses">
        {pattern.responses.map((response, index) => (
          <li key={index}>
            <Markdown source={response.text} />
            {response.action && onApply && (
              <button type="button" className="button" disabled={busy} onClick={() => void apply(response.action!)}>
                {t(`action.${response.action}`)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {done && (
        <p className="facilitator-prompt__done" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
