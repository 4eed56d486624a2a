import { useEffect, useRef, useState } from 'react';
import { VAULT_UNLOCKED_MARK } from '../../navigation/performance-marks.ts';
import { NewPassphraseFields } from './PassphraseFields.tsx';
import { loadVault, problemText } from './vault-actions.ts';

/**
 * The locked app: nothing of any session is mounted, and the keys are out of
 * memory. The passphrase opens it; the recovery key opens it and sets a
 * new passphrase.
 */
export default function LockScreen() {
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
      setState({ step: 'failed', message: problemText(error) });
      field.current?.select();
    }
  };

  return (
    <main className="vault-screen lock-screen" aria-labelledby="lock-heading">
      <p className="brand">Common Ground</p>
      <h1 id="lock-heading">Locked</h1>
      <p className="lede">Your sessions, notes and results are encrypted on this device. Type your passphrase to open them.</p>
      <form
        className="vault-form"
        aria-label={mode === 'passphrase' ? 'Unlock' : 'Unlock with the recovery key'}
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        {mode === 'passphrase' ? (
          <div className="field">
            <label htmlFor="unlock-passphrase">Passphrase</label>
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
              <label htmlFor="unlock-recovery">Recovery key</label>
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
            <NewPassphraseFields label="New passphrase" onChange={setNewPassphrase} />
          </>
        )}
        <button
          type="submit"
          className="button"
          disabled={state.step === 'working' || (mode === 'passphrase' ? passphrase === '' : !newPassphrase || recoveryKey.trim() === '')}
        >
          {state.step === 'working' ? 'Opening…' : mode === 'passphrase' ? 'Unlock' : 'Unlock and set the new passphrase'}
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
          {mode === 'passphrase' ? 'Forgot your passphrase? Use the recovery key' : 'Use the passphrase instead'}
        </button>
      </p>
      <p className="field__hint">Without the passphrase and without the recovery key, nothing kept here can be opened by anyone.</p>
    </main>
  );
}
