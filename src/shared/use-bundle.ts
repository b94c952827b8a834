import { useEffect, useState } from 'react';
import { index, loaders } from 'virtual:content-index';
import { forMunicipality, type MunicipalityBundle } from '@/engine';

export type BundleState =
  | { status: 'loading' }
  | { status: 'ready'; bundle: MunicipalityBundle }
  | { status: 'unknown' }
  | { status: 'failed'; retry: () => void };

const cache = new Map<string, MunicipalityBundle>();

/** Loads a municipality's chunk; the shared national base gets the municipality's name filled in. */
function loader(id: string): (() => Promise<MunicipalityBundle>) | undefined {
  const load = Object.hasOwn(loaders, id) ? loaders[id] : undefined;
  const entry = index.municipalities.find((m) => m.id === id);
  if (!load || !entry) return load;
  return () => load().then((bundle) => (bundle.municipality.id === id ? bundle : forMunicipality(bundle, entry)));
}

/** Starts loading a municipality's chunk before it is needed (e.g. when it is chosen on the start page). */
export function preloadBundle(id: string): Promise<void> {
  const load = loader(id);
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
    const load = loader(id);
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
