import { useSyncExternalStore } from 'react';
import * as z from 'zod/mini';

/**
 * What the user has answered, kept in memory and mirrored to sessionStorage so
 * a reload or the back button loses nothing. Never localStorage, cookies or URLs.
 */
const KEY = 'traeningsguiden';
const VERSION = 1;

const AnswerMap = z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(64)));
const SessionSchema = z.object({
  v: z.literal(VERSION),
  municipality: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
  answers: z.record(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), AnswerMap),
  perspective: z.enum(['self', 'relative']),
  locale: z.enum(['da', 'en']),
});

export type Session = z.infer<typeof SessionSchema>;
export type Perspective = Session['perspective'];

const empty = (locale: Session['locale'] = 'da'): Session => ({
  v: VERSION,
  answers: {},
  perspective: 'self',
  locale,
});

let state: Session = empty();
/** Set when stored state existed but could not be read, so the UI can say so once. */
let resetNotice = false;
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined; // blocked storage: the guide still works, in memory only
  }
}

/** Reads the stored session; a first visit starts in `firstVisit`, the browser's preferred language. */
export function loadSession(firstVisit: Session['locale'] = 'da'): void {
  const raw = storage()?.getItem(KEY);
  if (!raw) {
    state = empty(firstVisit);
    return;
  }
  try {
    const parsed = SessionSchema.safeParse(JSON.parse(raw));
    if (parsed.success) {
      state = parsed.data;
      return;
    }
  } catch {
    // fall through to a fresh start
  }
  resetNotice = true;
  state = empty(firstVisit);
  storage()?.removeItem(KEY);
}

let pending: ReturnType<typeof setTimeout> | undefined;

function persist(): void {
  pending = undefined;
  try {
    storage()?.setItem(KEY, JSON.stringify(state));
  } catch {
    // quota or privacy mode: keep going in memory
  }
}

function set(next: Session): void {
  state = next;
  // Written right after this task, so the next page renders first; nothing is lost on reload.
  if (pending === undefined) pending = setTimeout(persist, 0);
  listeners.forEach((l) => l());
}

export const session = {
  get: (): Session => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setMunicipality(municipality: string): void {
    // A new municipality starts the answers afresh: rules differ between municipalities.
    set({ ...state, municipality, answers: state.municipality === municipality ? state.answers : {} });
  },
  answer(flow: string, node: string, value: string): void {
    set({ ...state, answers: { ...state.answers, [flow]: { ...state.answers[flow], [node]: value } } });
  },
  setPerspective(perspective: Perspective): void {
    set({ ...state, perspective });
  },
  setLocale(locale: Session['locale']): void {
    set({ ...state, locale });
  },
  /** Opens a shared result: its answers replace whatever this tab had. */
  importShared(shared: Pick<Session, 'answers' | 'perspective'> & { municipality: string }): void {
    set({ ...state, municipality: shared.municipality, answers: shared.answers, perspective: shared.perspective });
  },
  /** "Slet mine svar": forget everything but the language. */
  clear(): void {
    if (pending !== undefined) clearTimeout(pending);
    pending = undefined;
    storage()?.removeItem(KEY);
    state = empty(state.locale);
    listeners.forEach((l) => l());
  },
  hasResetNotice(): boolean {
    return resetNotice;
  },
  takeResetNotice(): boolean {
    const notice = resetNotice;
    resetNotice = false;
    return notice;
  },
};

export function useSession(): Session {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

/** One field of the session; the component re-renders only when that field changes. */
export function useSessionField<K extends keyof Session>(key: K): Session[K] {
  const get = () => state[key];
  return useSyncExternalStore(session.subscribe, get, get);
}
