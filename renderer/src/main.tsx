import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { routes } from './app/routes.ts';
import { HostProvider } from './host/host-context.tsx';
import { selectHost } from './host/select-host.ts';
import './styles/global.css';

// Start on the sessions screen without a redirect, so the first screen is not
// treated as a navigation (which would move focus past the skip link).
if (window.location.hash === '' || window.location.hash === '#/') {
  window.history.replaceState(null, '', `#${routes.sessions}`);
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <HostProvider host={selectHost()}>
      <App />
    </HostProvider>
  </StrictMode>,
);
