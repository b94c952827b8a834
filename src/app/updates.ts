import { registerSW } from 'virtual:pwa-register';

/**
 * Offline support: the service worker caches the whole guide after the first
 * visit. When a new version (for example new rules) is found on a later online
 * visit, the guide switches to it at once and says so after the reload.
 * Answers survive the reload in sessionStorage.
 */
const FLAG = 'traeningsguiden-updated';

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      try {
        sessionStorage.setItem(FLAG, '1');
      } catch {
        // no storage: the update still happens, just without the notice
      }
      void update(true);
    },
  });
}

/** True once after the guide was updated to a new version. */
export function takeUpdateNotice(): boolean {
  try {
    const updated = sessionStorage.getItem(FLAG) === '1';
    sessionStorage.removeItem(FLAG);
    return updated;
  } catch {
    return false;
  }
}
