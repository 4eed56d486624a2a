import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VAULT_UNLOCKED_MARK } from '../../navigation/performance-marks.ts';
import { NewPassphraseFields } from './PassphraseFields.tsx';
import { loadVault, problemText, VAULT_NAMESPACES } from './vault-actions.ts';

/**
 * The locked app: nothing of any session is mounted, and the keys are out of
 * memory. The passphrase opens it; the recovery key opens it and sets a
 * new passphrase.
 */
export default function LockScreen() {
  const { t } = useTranslation(VAULT_NAMESPACES);
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState<string | null>(null);
  const [state, setState] = useState<{ step: 'idle' } | { step: 'working' } | { step: 'failed'; message: string }>({ step: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [mode]);

  const unlock = async () => {
    setState({ step: 'working' });
    try {
      const vault = await loadVault();
      if (mode === 'passphrase') await vault.unlock(passphrase);
      else if (newPassphrase) await vault.recover(recoveryKey, newPassphrase);
      performance.mark(VAULT_UNLOCKED_MARK);
    } catch (error) {
      setState({ step: 'failed', message: problemText(error, t) });
      field.current?.select();
    }
  };

  return (
    <main className="vault-screen lock-screen" aria-labelledby="lock-heading">
      <p className="brand">{t('brand')}</p>
      <h1 id="lock-heading">{t('lock.heading')}</h1>
      <p className="lede">{t('lock.lede')}</p>
      <form
        className="vault-form"
        aria-label={mode === 'passphrase' ? t('lock.form') : t('lock.recoveryForm')}
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        {mode === 'passphrase' ? (
          <div className="field">
            <label htmlFor="unlock-passphrase">{t('lock.passphrase')}</label>
            <input
              id="unlock-passphrase"
              ref={field}
              type="password"
              autoComplete="current-password"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor="unlock-recovery">{t('lock.recoveryKey')}</label>
              <input
                id="unlock-recovery"
                ref={field}
                autoComplete="off"
                spellCheck={false}
                className="recovery-input"
                value={recoveryKey}
                onChange={(event) => setRecoveryKey(event.target.value)}
              />
            </div>
            <NewPassphraseFields label={t('lock.newPassphrase')} onChange={setNewPassphrase} />
          </>
        )}
        <button
          type="submit"
          className="button"
          disabled={state.step === 'working' || (mode === 'passphrase' ? passphrase === '' : !newPassphrase || recoveryKey.trim() === '')}
        >
          {state.step === 'working' ? t('lock.opening') : mode === 'passphrase' ? t('lock.unlock') : t('lock.unlockAndSet')}
        </button>
        {state.step === 'failed' && (
          <p role="alert" className="vault-problem">
            {state.message}
          </p>
        )}
      </form>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setMode(mode === 'passphrase' ? 'recovery' : 'passphrase');
            setState({ step: 'idle' });
          }}
        >
          {mode === 'passphrase' ? t('lock.useRecovery') : t('lock.usePassphrase')}
        </button>
      </p>
      <p className="field__hint">{t('lock.nobody')}</p>
    </main>
  );
}
