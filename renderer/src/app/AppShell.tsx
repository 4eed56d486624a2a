import { useEffect, useState, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';
import { lockEverywhere, vaultGate } from '../data/vault-signal.ts';
import { Link, useLocation } from 'wouter';
import { useHost } from '../host/host-context.tsx';
import type { AppInfo } from '../host/host.ts';
import { StorageHealth } from './StorageHealth.tsx';
import { StorageProblems } from './StorageProblems.tsx';
import { routes } from '../navigation/routes.ts';
import { useRetentionSweep } from './useRetentionSweep.ts';
import { useFocusHeadingOnRouteChange } from './useFocusHeadingOnRouteChange.ts';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from './LanguagePicker.tsx';

const SECTIONS = [
  { href: routes.sessions, label: 'nav.sessions' },
  { href: routes.library, label: 'nav.library' },
  { href: routes.templates, label: 'nav.templates' },
  { href: routes.checkIns, label: 'nav.checkIns' },
  { href: routes.privacy, label: 'nav.privacy' },
] as const;

function isInSection(location: string, sectionHref: string): boolean {
  return location === sectionHref || location.startsWith(`${sectionHref}/`);
}

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function AppShell({ children }: { children: ReactNode }) {
  const host = useHost();
  const { t } = useTranslation('shell');
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [location] = useLocation();
  const vaultOpen = useSyncExternalStore(vaultGate.subscribe, vaultGate.get) === 'open';
  useFocusHeadingOnRouteChange();
  useRetentionSweep();

  useEffect(() => {
    let current = true;
    void host.getAppInfo().then((value) => {
      if (current) setInfo(value);
    });
    return () => {
      current = false;
    };
  }, [host]);

  return (
    <div className="app-shell">
      {/* A plain #main link would be read as a route by the hash router. */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link href={routes.sessions} className="brand">
          {t('brand')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="main-nav">
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <Link href={section.href} aria-current={isInSection(location, section.href) ? 'page' : undefined}>
                  {t(section.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {vaultOpen && (
          <button type="button" className="button button--quiet lock-button" onClick={lockEverywhere} title={t('lockTitle')}>
            {t('lock')}
          </button>
        )}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <StorageProblems />
        {children}
      </main>
      <footer className="app-footer">
        <p>
          {t('footer.promise')} <StorageHealth />
          {info && (
            <span className="app-footer__info" data-testid="app-info">
              {' '}
              {t('footer.version', { shell: t(`footer.shell.${info.shell}`), version: info.version })}
            </span>
          )}
        </p>
        <LanguagePicker />
      </footer>
    </div>
  );
}
