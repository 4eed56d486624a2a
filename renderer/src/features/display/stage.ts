import { useLayoutEffect, type RefObject } from 'react';

/**
 * The participant display is laid out once, on a fixed logical stage of this
 * size, and scaled as a whole to fit whatever window it is in: a projector at
 * 1024×768, 1920×1080 or 4K shows the same lines in the same places, only
 * larger or smaller, and nothing reflows off the screen.
 */
export const STAGE = { width: 1280, height: 720 } as const;

/** How much the stage is scaled to fit a window of this size, keeping its proportions. */
export function stageScale(width: number, height: number): number {
  return Math.min(width / STAGE.width, height / STAGE.height);
}

/**
 * Keeps `--stage-scale` on the frame element current as the window resizes
 * (set through the CSS object model, which the Content-Security-Policy allows).
 */
export function useStageScale(frame: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const fit = () => element.style.setProperty('--stage-scale', String(stageScale(element.clientWidth, element.clientHeight)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame]);
}
