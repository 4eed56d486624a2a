import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host/host-context.tsx';
import { loadVault, pendingRecoveryKey, type PendingRecoveryKey } from './vault-actions.ts';
import { PAGE_MARKS, pageFooterRules, useAdoptedStyles } from '../../ui/page-rules.ts';

/**
 * The recovery key, shown once: to print or write down and keep apart from
 * the laptop. It is never stored; once this sheet is closed it cannot be
 * shown again (turning the vault off and on again makes a new one).
 */
export function RecoveryKeySheet({ pending }: { pending: PendingRecoveryKey }) {
  const { t } = useTranslation('vault');
  const host = useHost();
  // Printed, its footer says what this sheet is for, not the shell's "printed for the group".
  useAdoptedStyles(`@page { ${pageFooterRules({ footer: t('recovery.printFooter'), pageOf: t('shell:print.pageOf', PAGE_MARKS) })} }`);
  const [kept, setKept] = useState(false);
  const [restarting, setRestarting] = useState<'no' | 'yes' | 'failed'>('no');
  const recoveryKey = pending.key;

  const carryOn = async () => {
    if (!pending.rehome) return pendingRecoveryKey.set(null);
    setRestarting('yes');
    try {
      const vault = await loadVault();
      const outcome = await host.rehomeVault(await vault.sealedDump());
      if (outcome === 'unavailable') pendingRecoveryKey.set(null);
    } catch {
      setRestarting('failed');
    }
  };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="vault-screen recovery-sheet">
      <h1 ref={heading} tabIndex={-1}>
        {t('recovery.heading')}
      </h1>
      <p className="lede">{t('recovery.lede')}</p>
      <p className="recovery-key" aria-label={t('recovery.key')} data-testid="recovery-key">
        {recoveryKey}
      </p>
      <ul className="vault-list">
        <li>{t('recovery.keepApart')}</li>
        <li>{t('recovery.houseKey')}</li>
        <li>{t('recovery.without')}</li>
      </ul>
      <div className="vault-actions no-print">
        <button type="button" className="button button--quiet" onClick={() => void host.printPage()}>
          {t('recovery.print')}
        </button>
      </div>
      <label className="vault-check no-print">
        <input type="checkbox" checked={kept} onChange={(event) => setKept(event.target.checked)} /> {t('recovery.kept')}
      </label>
      {pending.rehome && <p className="no-print">{t('recovery.restartNext')}</p>}
      <button type="button" className="button no-print" disabled={!kept || restarting === 'yes'} onClick={() => void carryOn()}>
        {restarting === 'yes' ? t('recovery.restarting') : pending.rehome ? t('recovery.continueRestart') : t('recovery.continue')}
      </button>
      {restarting === 'failed' && (
        <p role="alert" className="no-print">
          {t('recovery.restartFailed')}
        </p>
      )}
    </div>
  );
}
