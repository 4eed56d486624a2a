import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vaultGate } from '../../data/vault-signal.ts';
import { TurnOnVaultForm } from './TurnOnVaultForm.tsx';
import { loadVault, problemText, VAULT_NAMESPACES } from './vault-actions.ts';

/**
 * Offered once, before anything is kept: protect this device's records with
 * a passphrase, or not (it can be turned on later, under Privacy).
 */
export default function FirstRunChoice() {
  const { t } = useTranslation(VAULT_NAMESPACES);
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const notNow = async () => {
    try {
      await (await loadVault()).declineAtFirstRun();
      vaultGate.set('off');
    } catch (error) {
      setProblem(problemText(error, t));
    }
  };

  return (
    <main className="vault-screen first-run" aria-labelledby="first-run-heading">
      <p className="brand">{t('brand')}</p>
      <h1 id="first-run-heading" ref={heading} tabIndex={-1}>
        {t('firstRun.heading')}
      </h1>
      <p className="lede">{t('firstRun.lede')}</p>
      <div className="first-run__choices">
        <section className="vault-panel" aria-labelledby="choice-vault">
          <h2 id="choice-vault">{t('firstRun.useHeading')}</h2>
          <p>{t('firstRun.useText')}</p>
          <TurnOnVaultForm />
        </section>
        <section className="vault-panel" aria-labelledby="choice-plain">
          <h2 id="choice-plain">{t('firstRun.notNowHeading')}</h2>
          <p>{t('firstRun.notNowText')}</p>
          <button type="button" className="button button--quiet" onClick={() => void notNow()}>
            {t('firstRun.continue')}
          </button>
          {problem && <p role="alert">{problem}</p>}
        </section>
      </div>
    </main>
  );
}
