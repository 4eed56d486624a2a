import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

// The baseline the library screen is measured against: React and nothing
// else, built with the same bundler settings. Its ready mark is set the way
// the library's is: when the screen is committed, before its first paint.
function Bare() {
  useLayoutEffect(() => {
    performance.mark('bare-react:ready');
  }, []);
  return <h1>Bare React page</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
