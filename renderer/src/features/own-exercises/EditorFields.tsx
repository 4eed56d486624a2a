import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../../../../domain/content/content-problems.ts';
import { problemWords } from '../../content/check-messages.ts';
import { inputIdFor } from './exercise-draft.ts';

/** A sentence's first letter in capitals: a message that reads after a field's name also stands alone ("Falta."). */
const sentence = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** The content check's messages for one field, said next to it and tied to it for screen readers. */
export function FieldProblems({ field, problems }: { field: string; problems: readonly FieldProblem[] }) {
  const { t, i18n } = useTranslation('contentCheck');
  const mine = problems.filter((problem) => problem.field === field);
  if (mine.length === 0) return null;
  return (
    <ul className="field__problems" id={`${inputIdFor(field)}-problems`}>
      {mine.map((problem) => (
        <li key={problem.message}>{sentence(t('inField', { message: problemWords(t, problem, i18n.language) }), i18n.language)}</li>
      ))}
    </ul>
  );
}

const describedBy = (field: string, problems: readonly FieldProblem[], hint?: string) =>
  [hint, problems.some((problem) => problem.field === field) ? `${inputIdFor(field)}-problems` : undefined].filter(Boolean).join(' ') ||
  undefined;

interface TextFieldProps {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly FieldProblem[];
  multiline?: boolean;
  type?: 'text' | 'number';
  hint?: ReactNode;
}

export function TextField({ field, label, value, onChange, problems, multiline = false, type = 'text', hint }: TextFieldProps) {
  const id = inputIdFor(field);
  const hintId = hint ? `${id}-hint` : undefined;
  const invalid = problems.some((problem) => problem.field === field);
  const common = {
    id,
    value,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(field, problems, hintId),
  };
  return (
    <div className={`field${invalid ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          {...(type === 'number' ? { inputMode: 'numeric' as const, min: 1 } : {})}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldProblems field={field} problems={problems} />
    </div>
  );
}

interface ChoicesProps<T extends string> {
  field: string;
  legend: string;
  options: Readonly<Record<T, string>>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  problems: readonly FieldProblem[];
}

/** Several of a fixed list (audiences, frameworks, kinds of record), as checkboxes. */
export function Choices<T extends string>({ field, legend, options, chosen, onChange, problems }: ChoicesProps<T>) {
  const id = inputIdFor(field);
  return (
    <fieldset className="own-editor__choices" id={id} tabIndex={-1} aria-describedby={describedBy(field, problems)}>
      <legend>{legend}</legend>
      {(Object.entries(options) as [T, string][]).map(([value, label]) => (
        <label key={value} className="own-editor__choice">
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, value] : chosen.filter((other) => other !== value))}
          />{' '}
          {label}
        </label>
      ))}
      <FieldProblems field={field} problems={problems} />
    </fieldset>
  );
}
