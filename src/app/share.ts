import * as z from 'zod/mini';
import type { Session } from './session';

/**
 * A share link carries the answers only in the URL fragment (`#/del/…`), which
 * browsers never send to a server. It is validated on load like any other input.
 */
const SHARE_VERSION = 1;
const MAX_PAYLOAD = 4000;

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(40));
const Value = z.string().check(z.maxLength(64));
const ShareSchema = z.object({
  v: z.number(),
  m: Id,
  p: z.optional(z.enum(['self', 'relative'])),
  a: z.record(Id, z.record(Id, Value)),
});

export type Shared = Pick<Session, 'municipality' | 'answers' | 'perspective'> & { municipality: string };
export type ShareProblem = 'malformed' | 'outdated';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(payload: string): string {
  const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function shareHash(shared: Shared): string {
  return `#/del/${toBase64Url(JSON.stringify({ v: SHARE_VERSION, m: shared.municipality, p: shared.perspective, a: shared.answers }))}`;
}

/** The answers as a link to this page whose fragment holds them: made on the device, never sent anywhere. */
export function shareUrl(shared: Shared): string {
  return `${window.location.origin}${window.location.pathname}${shareHash(shared)}`;
}

/** Reads a share payload; never throws. */
export function readShare(payload: string): { ok: true; shared: Shared } | { ok: false; problem: ShareProblem } {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD || !/^[A-Za-z0-9_-]+$/.test(payload)) {
    return { ok: false, problem: 'malformed' };
  }
  try {
    const parsed = ShareSchema.safeParse(JSON.parse(fromBase64Url(payload)));
    if (!parsed.success) return { ok: false, problem: 'malformed' };
    if (parsed.data.v !== SHARE_VERSION) return { ok: false, problem: 'outdated' };
    return {
      ok: true,
      shared: { municipality: parsed.data.m, answers: parsed.data.a, perspective: parsed.data.p ?? 'self' },
    };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}
