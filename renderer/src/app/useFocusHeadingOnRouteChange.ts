import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/**
 * After moving to another screen, put focus on its main heading so that
 * keyboard and screen-reader users start reading at the top of it. The first
 * screen is left alone: there the browser's own start (and the skip link)
 * is what people expect.
 */
export function useFocusHeadingOnRouteChange(): void {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location]);
}
