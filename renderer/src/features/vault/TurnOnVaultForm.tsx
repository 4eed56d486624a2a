import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { NewPassphraseFields } from './PassphraseFields.tsx';
import { loadVault, pendingRecoveryKey, problemText, VAULT_NAMESPACES } from './vault-actions.ts';
import { forgetAllDrafts } from '../../autosave/draft-journal.ts';
import { useHost } from '../../host/host-context.tsx';

/**
 * Turning the vault on: a passphrase typed twice, and before anything
 * happens, the one consequence that cannot be undone said plainly.
 */
export function TurnOnVaultForm() {
  const { t } = useTranslation(VAULT_NAMESPACES);
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
      setState({ step: 'failed', message: problemText(error, t) });
    }
  };

  return (
    <form
      className="vault-form"
      aria-label={t('turnOn.form')}
      onSubmit={(event) => {
        event.preventDefault();
        void turnOn();
      }}
    >
      <NewPassphraseFields onChange={setPassphrase} />
      <p className="vault-warning">
        <Trans t={t} i18nKey="turnOn.warning" components={[<strong key="gone" />]} />
      </p>
      <label className="vault-check">
        <input type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} /> {t('turnOn.understand')}
      </label>
      <button type="submit" className="button" disabled={!passphrase || !understood || state.step === 'working'}>
        {state.step === 'working' ? t('turnOn.working') : t('turnOn.submit')}
      </button>
      {state.step === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}
