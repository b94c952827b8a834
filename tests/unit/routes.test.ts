// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentHash, href, navigate, parseRoute, subscribeRoute } from '@/app/routes';

const question = (node: string) =>
  ({ page: 'question', municipality: 'ishoj', flow: 'sl140', node, fromCheck: false }) as const;
const at = (node: string) => `#/ishoj/q/sl140/${node}`;

describe('routes', () => {
  it('reads back every route it writes', () => {
    for (const route of [
      { page: 'start' },
      question('plan-level'),
      { ...question('plan-level'), fromCheck: true },
      { page: 'check', municipality: 'naestved' },
      { page: 'result', municipality: 'brondby' },
      { page: 'desk' },
    ] as const) {
      expect(parseRoute(href(route))).toEqual(route);
    }
  });
});

describe('navigate: the page first, the history right after its frame', () => {
  let unsubscribe: () => void = () => undefined;
  let seen: string[] = [];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    history.replaceState(null, '', at('a'));
    seen = [];
    unsubscribe = subscribeRoute(() => seen.push(currentHash()));
  });
  afterEach(() => {
    vi.runAllTimers();
    unsubscribe();
    vi.useRealTimers();
  });

  it('shows the new page at once and writes one history entry after the next frame', () => {
    const length = history.length;
    navigate(question('b'));
    expect(seen).toEqual([at('b')]);
    expect(currentHash()).toBe(at('b'));
    expect(location.hash).toBe(at('a'));
    vi.advanceTimersByTime(15); // a frame is 16 ms
    expect(location.hash).toBe(at('a'));
    vi.advanceTimersByTime(2);
    expect(location.hash).toBe(at('b'));
    expect(history.length).toBe(length + 1);
    expect(currentHash()).toBe(at('b'));
  });

  it('writes several navigations in order; a replace takes the place of the entry before it', () => {
    const length = history.length;
    navigate(question('b'));
    navigate(question('c'), { replace: true });
    navigate(question('d'));
    expect(seen).toEqual([at('b'), at('c'), at('d')]);
    vi.runAllTimers();
    expect(location.hash).toBe(at('d'));
    expect(history.length).toBe(length + 2);
  });

  it('writes the history within 100 ms when no frame comes (a hidden tab)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    navigate(question('b'));
    vi.advanceTimersByTime(99);
    expect(location.hash).toBe(at('a'));
    vi.advanceTimersByTime(1);
    expect(location.hash).toBe(at('b'));
    vi.unstubAllGlobals();
  });

  it('back before the history was written leads to the page the one on screen was reached from', () => {
    navigate(question('b'));
    navigate(question('c'));
    // The browser went back from the last entry it had (a) to the one before it.
    history.replaceState(null, '', at('start'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(location.hash).toBe(at('b'));
    expect(currentHash()).toBe(at('b'));
    expect(seen.at(-1)).toBe(at('b'));
    vi.runAllTimers();
    expect(location.hash).toBe(at('b'));
  });

  it('a link followed before the history was written wins, and nothing is written after it', () => {
    navigate(question('b'));
    history.pushState(null, '', '#/tilgaengelighed');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(currentHash()).toBe('#/tilgaengelighed');
    vi.runAllTimers();
    expect(location.hash).toBe('#/tilgaengelighed');
  });
});
