import type { CheckInInstrument, CheckInItem } from '../../../../domain/content/check-in-schema.ts';

export function scaleValues({ min, max }: CheckInInstrument['scale']): number[] {
  return Array.from({ length: max - min + 1 }, (_, index) => min + index);
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

/** One check-in item as a participant meets it: the scale, its end labels, and a pass. */
export function ScaleQuestion({ instrument, item, number, value, onChange, name }: ScaleQuestionProps) {
  const readOnly = onChange === undefined;
  return (
    <fieldset disabled={readOnly} className="scale-item">
      <legend>
        {number !== undefined && `${number}. `}
        {item.text}
      </legend>
      <div className="scale-item__options">
        <span className="scale-item__end" aria-hidden="true">
          {instrument.scale.minLabel}
        </span>
        {scaleValues(instrument.scale).map((option) => (
          <label key={option} className="scale-item__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={readOnly ? undefined : value === option}
              onChange={() => onChange?.(option)}
              aria-label={
                option === instrument.scale.min
                  ? `${option} (${instrument.scale.minLabel})`
                  : option === instrument.scale.max
                    ? `${option} (${instrument.scale.maxLabel})`
                    : undefined
              }
            />
            <span>{option}</span>
          </label>
        ))}
        <span className="scale-item__end" aria-hidden="true">
          {instrument.scale.maxLabel}
        </span>
        <label className="scale-item__option scale-item__option--pass">
          <input type="radio" name={name} value="pass" checked={readOnly ? undefined : value === null} onChange={() => onChange?.(null)} />
          <span>Pass</span>
        </label>
      </div>
    </fieldset>
  );
}
