import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { CheckInInstrument, CheckInItem } from '../../../../domain/content/check-in-schema.ts';

export function scaleValues({ min, max }: CheckInInstrument['scale']): number[] {
  return Array.from({ length: max - min + 1 }, (_, index) => min + index);
}

interface AnswerOptionProps {
  name: string;
  value: string;
  /** Undefined in a read-only preview: nothing is chosen there. */
  checked: boolean | undefined;
  onChange: () => void;
  label?: string | undefined;
  pass?: boolean;
  children: ReactNode;
}

/**
 * One answer as a box the size of a thumb: the whole box is the radio button
 * (the native one, so it is announced as checked or not and arrows move
 * between answers), and a chosen answer shows a check mark and a heavier
 * border as well as its colour, so it reads on a washed-out projector.
 */
export function AnswerOption({ name, value, checked, onChange, label, pass = false, children }: AnswerOptionProps) {
  return (
    <label className={`scale-item__option${pass ? ' scale-item__option--pass' : ''}`}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} aria-label={label} />
      <span className="scale-item__mark" aria-hidden="true">
        ✓
      </span>
      <span className="scale-item__value">{children}</span>
    </label>
  );
}

interface ScaleQuestionProps {
  instrument: CheckInInstrument;
  item: CheckInItem;
  /** Shown before the question when questions are listed together; left out where each has a screen of its own. */
  number?: number;
  /** The value chosen, or null for a pass. Omitted in a read-only preview. */
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Radio group name; unique per screen. */
  name: string;
}

/**
 * One check-in item as a participant meets it: the scale, its end labels
 * under its first and last answers, and a pass of the same size and weight
 * as any other answer, set a little apart from the scale.
 */
export function ScaleQuestion({ instrument, item, number, value, onChange, name }: ScaleQuestionProps) {
  const { t } = useTranslation('handAround');
  const readOnly = onChange === undefined;
  const { scale } = instrument;
  return (
    <fieldset disabled={readOnly} className="scale-item">
      <legend>
        {number !== undefined && `${number}. `}
        {item.text}
      </legend>
      <div className="scale-item__answers">
        <div className="scale-item__scale">
          <div className="scale-item__values">
            {scaleValues(scale).map((option) => (
              <AnswerOption
                key={option}
                name={name}
                value={String(option)}
                checked={readOnly ? undefined : value === option}
                onChange={() => onChange?.(option)}
                label={
                  option === scale.min
                    ? `${option} (${scale.minLabel})`
                    : option === scale.max
                      ? `${option} (${scale.maxLabel})`
                      : undefined
                }
              >
                {option}
              </AnswerOption>
            ))}
          </div>
          {/* Said in the first and last answers' names already; here for the eye, under the ends they name. */}
          <div className="scale-item__ends" aria-hidden="true">
            <span className="scale-item__end">{scale.minLabel}</span>
            <span className="scale-item__end scale-item__end--max">{scale.maxLabel}</span>
          </div>
        </div>
        <AnswerOption name={name} value="pass" checked={readOnly ? undefined : value === null} onChange={() => onChange?.(null)} pass>
          {t('pass')}
        </AnswerOption>
      </div>
    </fieldset>
  );
}
