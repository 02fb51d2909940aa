import { useEffect, useState, type ComponentType } from 'react';

/**
 * A component whose code loads on first use, rendering nothing until then. Unlike React.lazy
 * with Suspense, it does not wait on a timer to reveal what loaded, so it shows at once (and
 * under a test's paused clock too).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      pending ??= load().then((c) => (loaded = c));
      void pending.then((c) => {
        if (live) setComponent(() => c);
      });
      return () => {
        live = false;
      };
    }, [component]);
    const Component = component;
    return Component ? <Component {...props} /> : null;
  };
}
