import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

function focusMainHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  heading?.focus();
  return heading !== null;
}

/**
 * After moving to another screen, put focus on its main heading so that
 * keyboard and screen-reader users start reading at the top of it. Screens
 * that load on demand show their heading a moment later, so this waits for
 * it. The first screen is left alone: there the browser's own start (and
 * the skip link) is what people expect.
 */
export function useFocusHeadingOnRouteChange(): void {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    const main = document.getElementById('main');
    if (!main || focusMainHeading(main)) return;
    const observer = new MutationObserver(() => {
      if (focusMainHeading(main)) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [location]);
}
