import { createElement, type ComponentType } from 'react';

export interface LazyScreen<P extends object> {
  (props: P): ReturnType<typeof createElement>;
  /** Starts loading the screen's code; resolves when it can render without suspending. */
  preload(): Promise<void>;
}

/**
 * Like React.lazy, but a screen whose code was preloaded renders at once
 * instead of suspending for a frame. main.tsx preloads the screen the app
 * opens on, so the first screen never waits behind a loading state.
 */
export function lazyScreen<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        loading = null; // let a later render try again
        throw error;
      },
    ));
  const Screen = (props: P) => {
    if (!loaded) throw preload(); // suspends until the code is here
    return createElement(loaded, props);
  };
  return Object.assign(Screen, { preload });
}
