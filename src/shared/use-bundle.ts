import { useEffect, useMemo, useState } from 'react';
import { index, loaders, textLoaders } from 'virtual:content-index';
import {
  forMunicipality,
  withName,
  type MunicipalityBundle,
  type MunicipalityContent,
  type MunicipalityTexts,
} from '@/engine';

/** A municipality's chunk as it loads: `bundle` is what the chunk holds (its content, its texts, or both). */
export type ChunkState<T> =
  | { status: 'loading' }
  | { status: 'ready'; bundle: T }
  | { status: 'unknown' }
  | { status: 'failed'; retry: () => void };

export type BundleState = ChunkState<MunicipalityBundle>;

type Entry = (typeof index.municipalities)[number];

/** One kind of chunk per municipality, loaded once and kept; a load in flight is shared. */
function chunks<T>(all: Record<string, () => Promise<T>>, fill: (value: T, entry: Entry) => T) {
  const cache = new Map<string, T>();
  const pending = new Map<string, Promise<T>>();
  return {
    cached: (id: string) => cache.get(id),
    /** Undefined for an unknown municipality. */
    load(id: string): Promise<T> | undefined {
      const load = Object.hasOwn(all, id) ? all[id] : undefined;
      const entry = index.municipalities.find((m) => m.id === id);
      if (!load || !entry) return undefined;
      const cached = cache.get(id);
      if (cached) return Promise.resolve(cached);
      let promise = pending.get(id);
      if (!promise) {
        promise = load()
          .then((value) => fill(value, entry))
          .then(
            (value) => {
              cache.set(id, value);
              return value;
            },
            (error: unknown) => {
              pending.delete(id);
              throw error;
            },
          );
        pending.set(id, promise);
      }
      return promise;
    },
  };
}

// The national base's chunks are shared: they get the municipality's id and name filled in.
const contents = chunks<MunicipalityContent>(loaders, (content, entry) =>
  content.municipality.id === entry.id ? content : forMunicipality(content, entry),
);
const texts = chunks<MunicipalityTexts>(textLoaders, (value, entry) =>
  entry.local ? value : withName(value, entry.name),
);

/** Starts loading what a municipality's questions need before they show (e.g. when it is chosen on the start page). */
export function preloadBundle(id: string): Promise<void> {
  return (contents.load(id) ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}

/** Starts loading a municipality's texts (a deep link to its result). */
export function preloadTexts(id: string): Promise<void> {
  return (texts.load(id) ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Fetches a municipality's texts when the browser is idle, once a question shows, so the result
 * appears at once when it is reached. Returns a function that cancels it.
 */
export function prefetchTexts(id: string): () => void {
  return whenIdle(() => void texts.load(id)?.catch(() => undefined));
}

/** Runs `run` when the browser is idle (within 2 s); returns a function that cancels it. */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

function useChunk<T>(kind: ReturnType<typeof chunks<T>>, id: string): ChunkState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ChunkState<T>>(() => {
    const cached = kind.cached(id);
    return cached ? { status: 'ready', bundle: cached } : { status: 'loading' };
  });
  useEffect(() => {
    const cached = kind.cached(id);
    if (cached) {
      setState({ status: 'ready', bundle: cached });
      return;
    }
    const load = kind.load(id);
    if (!load) {
      setState({ status: 'unknown' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    load.then(
      (bundle) => {
        if (live) setState({ status: 'ready', bundle });
      },
      () => {
        if (live) setState({ status: 'failed', retry: () => setAttempt((a) => a + 1) });
      },
    );
    return () => {
      live = false;
    };
  }, [kind, id, attempt]);
  return state;
}

/** Loads what a municipality's questions need (its content chunk) on demand; unknown ids are reported, not thrown. */
export function useContent(id: string): ChunkState<MunicipalityContent> {
  return useChunk(contents, id);
}

/** Loads a municipality's texts (its texts chunk) on demand. */
export function useTexts(id: string): ChunkState<MunicipalityTexts> {
  return useChunk(texts, id);
}

/** Loads both of a municipality's chunks, in parallel: what the desk shows. */
export function useBundle(id: string): BundleState {
  const content = useContent(id);
  const text = useTexts(id);
  const bundle = useMemo(
    () => (content.status === 'ready' && text.status === 'ready' ? { ...content.bundle, ...text.bundle } : undefined),
    [content, text],
  );
  if (bundle) return { status: 'ready', bundle };
  return content.status !== 'ready' ? content : text.status !== 'ready' ? text : { status: 'loading' };
}
