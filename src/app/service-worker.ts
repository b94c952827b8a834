import { registerSW } from 'virtual:pwa-register';
import { UPDATE_FLAG } from './update-notice';

/**
 * Offline support: the service worker caches the whole guide after the first
 * visit. When a new version (for example new rules) is found on a later online
 * visit, the guide switches to it at once and says so after the reload.
 * Answers survive the reload in sessionStorage.
 */

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      try {
        sessionStorage.setItem(UPDATE_FLAG, '1');
      } catch {
        // no storage: the update still happens, just without the notice
      }
      void update(true);
    },
  });
}
