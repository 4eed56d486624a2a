import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const MIN_LENGTH = 10;

/**
 * A passphrase typed twice, with what makes a good one; `onChange` gets it
 * only once both match and it is long enough. `label` names the first field
 * (words of the caller's catalog; "Passphrase" when not given).
 */
export function NewPassphraseFields({ onChange, label }: { onChange: (passphrase: string | null) => void; label?: string }) {
  const { t } = useTranslation('vault');
  const id = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const tooShort = first.length > 0 && [...first].length < MIN_LENGTH;
  const mismatch = second.length > 0 && first !== second;
  const update = (a: string, b: string) => onChange([...a].length >= MIN_LENGTH && a === b ? a : null);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-first`}>{label ?? t('passphrase.label')}</label>
        <input
          id={`${id}-first`}
          type="password"
          autoComplete="new-password"
          value={first}
          aria-describedby={`${id}-hint`}
          aria-invalid={tooShort || undefined}
          onChange={(event) => {
            setFirst(event.target.value);
            update(event.target.value, second);
          }}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('passphrase.hint', { min: MIN_LENGTH })}
          {tooShort && <strong> {t('passphrase.tooShort')}</strong>}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-second`}>{t('passphrase.again')}</label>
        <input
          id={`${id}-second`}
          type="password"
          autoComplete="new-password"
          value={second}
          aria-invalid={mismatch || undefined}
          aria-describedby={mismatch ? `${id}-mismatch` : undefined}
          onChange={(event) => {
            setSecond(event.target.value);
            update(first, event.target.value);
          }}
        />
        {mismatch && (
          <p id={`${id}-mismatch`} className="field__hint">
            <strong>{t('passphrase.mismatch')}</strong>
          </p>
        )}
      </div>
    </>
  );
}
