/**
 * Hash routes. The hash carries where the user is, never what they answered:
 *   #/                                   start
 *   #/<municipality>/q/<flow>/<node>     a question (?fra=tjek when changing an answer)
 *   #/<municipality>/tjek                check your answers
 *   #/<municipality>/resultat            the result
 */
export type Route =
  | { page: 'start' }
  | { page: 'question'; municipality: string; flow: string; node: string; fromCheck: boolean }
  | { page: 'check'; municipality: string }
  | { page: 'result'; municipality: string }
  | { page: 'share'; payload: string }
  | { page: 'desk' }
  | { page: 'accessibility' }
  | { page: 'notFound' };

const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'start' };
  if (parts.length === 1 && parts[0] === 'skranke') return { page: 'desk' };
  if (parts.length === 1 && parts[0] === 'tilgaengelighed') return { page: 'accessibility' };
  if (parts[0] === 'del') return parts.length === 2 ? { page: 'share', payload: parts[1] ?? '' } : { page: 'notFound' };
  if (!parts.every((p) => SEGMENT.test(p))) return { page: 'notFound' };
  const [municipality = '', kind, flow, node] = parts;
  if (parts.length === 4 && kind === 'q' && flow && node) {
    return { page: 'question', municipality, flow, node, fromCheck: query === 'fra=tjek' };
  }
  if (parts.length === 2 && kind === 'tjek') return { page: 'check', municipality };
  if (parts.length === 2 && kind === 'resultat') return { page: 'result', municipality };
  return { page: 'notFound' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'start':
      return '#/';
    case 'question':
      return `#/${route.municipality}/q/${route.flow}/${route.node}${route.fromCheck ? '?fra=tjek' : ''}`;
    case 'check':
      return `#/${route.municipality}/tjek`;
    case 'result':
      return `#/${route.municipality}/resultat`;
    case 'share':
      return `#/del/${route.payload}`;
    case 'desk':
      return '#/skranke';
    case 'accessibility':
      return '#/tilgaengelighed';
    case 'notFound':
      return '#/';
  }
}

const listeners = new Set<() => void>();

/*
 * The History API call is a round trip to the browser: under a millisecond on a quiet desktop, 5 to
 * 20 ms on a busy phone, a third of the time from an answer to the next question. So navigate() shows
 * the new page first and writes the history right after the frame that paints it. Until then
 * `onScreen` is the page's hash, ahead of the address bar.
 */
let onScreen: string | undefined;
/** The address bar's hash when the first unwritten navigation began. */
let written = '';
let unwritten: Array<{ target: string; replace: boolean }> = [];

function writeHistory(): void {
  const pending = unwritten;
  unwritten = [];
  onScreen = undefined;
  for (const { target, replace } of pending) {
    if (replace) history.replaceState(null, '', target);
    else history.pushState(null, '', target);
  }
}

/**
 * Back, forward or a link before the history was written: the browser's move wins. Back from the
 * page on screen means the page it was reached from, which the browser's history never had, so the
 * guide puts that page back in the history and shows it.
 */
function browserMoved(event: Event): void {
  if (!unwritten.length) return;
  let hash = written;
  let reachedFrom: string | undefined;
  for (const { target, replace } of unwritten) {
    if (!replace) reachedFrom = hash;
    hash = target;
  }
  unwritten = [];
  onScreen = undefined;
  if (event.type === 'popstate' && reachedFrom !== undefined) history.pushState(null, '', reachedFrom || '#/');
}

/** The hash of the page on screen (ahead of the address bar for one frame after navigate()). */
export function currentHash(): string {
  return onScreen ?? window.location.hash;
}

/** Subscribes to route changes: links and back/forward (hashchange, popstate) and navigate(). */
export function subscribeRoute(listener: () => void): () => void {
  const onBrowser = (event: Event) => {
    browserMoved(event);
    listener();
  };
  listeners.add(listener);
  window.addEventListener('hashchange', onBrowser);
  window.addEventListener('popstate', onBrowser);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', onBrowser);
    window.removeEventListener('popstate', onBrowser);
  };
}

let fieldFocus = false;

/**
 * Whether the page just navigated to should focus its first field rather than its heading ("Start
 * forfra", "Slet mine svar": the next thing to do is to answer); reading it clears it.
 */
export function takeFieldFocus(): boolean {
  const focus = fieldFocus;
  fieldFocus = false;
  return focus;
}

/**
 * Goes to a route. Tells subscribers at once, so the new page renders in the same batch as the
 * answer that led to it; the history and the address bar follow right after the next frame (and
 * after 100 ms at the latest: a hidden tab gets no frames).
 */
export function navigate(route: Route, options: { replace?: boolean; focusField?: boolean } = {}): void {
  const target = href(route);
  fieldFocus = options.focusField === true;
  if (!unwritten.length) {
    written = window.location.hash;
    requestAnimationFrame(() => setTimeout(writeHistory, 0));
    setTimeout(writeHistory, 100);
  }
  unwritten.push({ target, replace: options.replace === true });
  onScreen = target;
  listeners.forEach((l) => l());
}
