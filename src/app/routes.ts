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

/** Subscribes to route changes: links and back/forward (hashchange, popstate) and navigate(). */
export function subscribeRoute(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * Goes to a route. Uses the History API and tells subscribers at once, so the
 * new page renders in the same batch as the answer that led to it.
 */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const target = href(route);
  if (options.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  listeners.forEach((l) => l());
}
