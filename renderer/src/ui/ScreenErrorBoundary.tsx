import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
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
    return (
      <div className="detail" role="alert">
        <h1 tabIndex={-1}>This screen could not be shown</h1>
        <p>Something went wrong while opening it: {this.state.error.message}</p>
        <p>Nothing you typed has been lost. Reload the app to try again.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
