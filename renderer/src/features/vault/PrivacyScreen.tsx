import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { lockEverywhere } from '../../data/vault-signal.ts';
import type { VaultStatus } from '../../data/vault.ts';
import { FocusedHeading } from '../../ui/FocusedHeading.tsx';
import { TurnOnVaultForm } from './TurnOnVaultForm.tsx';
import { idleLockMinutes, loadVault, problemText, useVaultGate, VAULT_NAMESPACES } from './vault-actions.ts';

const IDLE_CHOICES = [5, 10, 15, 30, 60, 120] as const;

/** What the vault does and does not protect, each a sentence of the catalog that opens with its label in bold. */
const LIMITS = ['protects', 'deleted', 'doesNot', 'before'] as const;

function TurnOffForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(VAULT_NAMESPACES);
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<{ step: 'idle' } | { step: 'working' } | { step: 'failed'; message: string }>({ step: 'idle' });
  return (
    <form
      className="vault-form"
      aria-label={t('turnOff.form')}
      onSubmit={(event) => {
        event.preventDefault();
        setState({ step: 'working' });
        void loadVault()
          .then((vault) => vault.turnOff(passphrase))
          .then(onDone, (error: unknown) => setState({ step: 'failed', message: problemText(error, t) }));
      }}
    >
      <p>{t('turnOff.text')}</p>
      <div className="field">
        <label htmlFor="turn-off-passphrase">{t('turnOff.passphrase')}</label>
        <input
          id="turn-off-passphrase"
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      <button type="submit" className="button button--danger" disabled={passphrase === '' || state.step === 'working'}>
        {state.step === 'working' ? t('turnOff.working') : t('turnOff.submit')}
      </button>
      {state.step === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}

/** The vault's settings, and what it does and does not protect, in plain words. */
export default function PrivacyScreen() {
  const { t } = useTranslation(VAULT_NAMESPACES);
  const gate = useVaultGate();
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [turningOff, setTurningOff] = useState(false);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    let current = true;
    void loadVault()
      .then((vault) => vault.status())
      .then((value) => {
        if (current) setStatus(value);
      })
      .catch(() => undefined); // the data layer reports storage errors
    return () => {
      current = false;
    };
  }, [gate]);

  const setIdle = async (value: string) => {
    const minutes = value === 'never' ? null : Number(value);
    try {
      await (await loadVault()).setIdleLockMinutes(minutes);
      idleLockMinutes.set(minutes);
      setStatus((previous) => previous && { ...previous, idleLockMinutes: minutes });
      setSaved(minutes === null ? t('privacy.locksByHand') : t('privacy.locksAfter', { count: minutes }));
    } catch (error) {
      setSaved(problemText(error, t));
    }
  };

  const on = status?.kind === 'open';

  return (
    <div className="detail privacy-screen">
      <FocusedHeading>{t('privacy.heading')}</FocusedHeading>
      <p className="lede">{t('privacy.lede')}</p>

      <section className="vault-panel" aria-labelledby="vault-heading">
        <h2 id="vault-heading">{t('privacy.vaultHeading')}</h2>
        {status === null ? (
          <p>{t('privacy.reading')}</p>
        ) : on ? (
          <>
            <p className="vault-status" data-testid="vault-status">
              <Trans t={t} i18nKey="privacy.on" components={[<strong key="on" />]} />
            </p>
            <div className="vault-actions">
              <button type="button" className="button" onClick={lockEverywhere}>
                {t('privacy.lockNow')}
              </button>
              <span className="field__hint">{t('privacy.orShortcut')}</span>
            </div>
            <div className="field field--inline">
              <label htmlFor="idle-lock">{t('privacy.lockAfter')}</label>
              <select
                id="idle-lock"
                value={status.idleLockMinutes === null ? 'never' : String(status.idleLockMinutes)}
                onChange={(event) => void setIdle(event.target.value)}
              >
                {IDLE_CHOICES.map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {t('privacy.minutesWithoutUse', { count: minutes })}
                  </option>
                ))}
                <option value="never">{t('privacy.never')}</option>
              </select>
            </div>
            <p className="field__hint" role="status">
              {saved}
            </p>
            <p className="field__hint">{t('privacy.display')}</p>
            {turningOff ? (
              <TurnOffForm
                onDone={() => {
                  setTurningOff(false);
                  setStatus({ ...status, kind: 'off' });
                }}
              />
            ) : (
              <button type="button" className="button button--quiet" onClick={() => setTurningOff(true)}>
                {t('privacy.turnOffAsk')}
              </button>
            )}
          </>
        ) : (
          <>
            <p className="vault-status" data-testid="vault-status">
              <Trans t={t} i18nKey="privacy.off" components={[<strong key="off" />]} />
            </p>
            <TurnOnVaultForm />
          </>
        )}
      </section>

      <section className="vault-panel" aria-labelledby="vault-limits-heading">
        <h2 id="vault-limits-heading">{t('privacy.limitsHeading')}</h2>
        <ul className="vault-list">
          {LIMITS.map((limit) => (
            <li key={limit}>
              <Trans t={t} i18nKey={`privacy.${limit}`} components={[<strong key="label" />]} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
