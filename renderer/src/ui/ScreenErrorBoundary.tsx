import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  error: Error | null;
}

/**
 * The message itself. It never suspends for its catalog: it is outside the
 * screens' Suspense, and the failure may be the very loading that would have
 * brought the catalog. Until its words arrive in the app's language, it says
 * them in English (bundled), then re-renders.
 */
function ScreenError({ error }: { error: Error }) {
  const { t } = useTranslation('ui', { useSuspense: false });
  return (
    <div className="detail" role="alert">
      <h1 tabIndex={-1}>{t('screenError.title')}</h1>
      <p>{t('screenError.what', { message: error.message })}</p>
      <p>{t('screenError.safe')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('screenError.reload')}
      </button>
    </div>
  );
}

/**
 * Shows a plain message instead of a blank screen when a screen fails to
 * load or render, and says what the user can do.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return <ScreenError error={this.state.error} />;
  }
}
