import { useState } from 'react';
import { NewPassphraseFields } from './PassphraseFields.tsx';
import { loadVault, pendingRecoveryKey, problemText } from './vault-actions.ts';
import { forgetAllDrafts } from '../../autosave/draft-journal.ts';
import { useHost } from '../../host/host-context.tsx';

/**
 * Turning the vault on: a passphrase typed twice, and before anything
 * happens, the one consequence that cannot be undone said plainly.
 */
export function TurnOnVaultForm({ submitLabel = 'Turn on the vault' }: { submitLabel?: string }) {
  const host = useHost();
  const [passphrase, setPassphrase] = useState<string | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [state, setState] = useState<{ step: 'idle' } | { step: 'working' } | { step: 'failed'; message: string }>({ step: 'idle' });

  const turnOn = async () => {
    if (!passphrase || !understood) return;
    setState({ step: 'working' });
    try {
      const vault = await loadVault();
      const [{ hasSessions }, { shell }] = await Promise.all([vault.status(), host.getAppInfo()]);
      const { recoveryKey } = await vault.turnOn(passphrase);
      forgetAllDrafts();
      pendingRecoveryKey.set({ key: recoveryKey, rehome: hasSessions && shell === 'desktop' });
    } catch (error) {
      setState({ step: 'failed', message: problemText(error) });
    }
  };

  return (
    <form
      className="vault-form"
      aria-label="Choose a passphrase"
      onSubmit={(event) => {
        event.preventDefault();
        void turnOn();
      }}
    >
      <NewPassphraseFields onChange={setPassphrase} />
      <p className="vault-warning">
        <strong>If you forget the passphrase and lose the recovery key, everything kept here is gone for good.</strong> Nobody can open it:
        not you, not a colleague, not the people who make this app. You will see the recovery key once, next, to print or write down.
      </p>
      <label className="vault-check">
        <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} /> I understand: without the
        passphrase or the recovery key, nothing here can be opened again.
      </label>
      <button type="submit" className="button" disabled={!passphrase || !understood || state.step === 'working'}>
        {state.step === 'working' ? 'Encrypting what is kept here…' : submitLabel}
      </button>
      {state.step === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}
