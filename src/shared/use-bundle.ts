import { useEffect, useState } from 'react';
import { loaders } from 'virtual:content-index';
import type { MunicipalityBundle } from '@/engine';

export type BundleState =
  | { status: 'loading' }
  | { status: 'ready'; bundle: MunicipalityBundle }
  | { status: 'unknown' }
  | { status: 'failed'; retry: () => void };

const cache = new Map<string, MunicipalityBundle>();

/** Starts loading a municipality's chunk before it is needed (e.g. when it is chosen on the start page). */
export function preloadBundle(id: string): Promise<void> {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  if (!load || cache.has(id)) return Promise.resolve();
  return load().then(
    (bundle) => void cache.set(id, bundle),
    () => undefined,
  );
}

/** Loads one municipality's content chunk on demand; unknown ids are reported, not thrown. */
export function useBundle(id: string): BundleState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<BundleState>(() => {
    const cached = cache.get(id);
    return cached ? { status: 'ready', bundle: cached } : { status: 'loading' };
  });
  useEffect(() => {
    const cached = cache.get(id);
    if (cached) {
      setState({ status: 'ready', bundle: cached });
      return;
    }
    const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
    if (!load) {
      setState({ status: 'unknown' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (bundle) => {
        cache.set(id, bundle);
        if (live) setState({ status: 'ready', bundle });
      },
      () => {
        if (live) setState({ status: 'failed', retry: () => setAttempt((a) => a + 1) });
      },
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  return state;
}
