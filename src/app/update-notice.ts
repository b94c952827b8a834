/** The notice shown once after the service worker switched to a new version of the guide. */
export const UPDATE_FLAG = 'traeningsguiden-updated';

/** Whether an update notice is waiting, without taking it. */
export function hasUpdateNotice(): boolean {
  try {
    return sessionStorage.getItem(UPDATE_FLAG) === '1';
  } catch {
    return false;
  }
}

/** True once after the guide was updated to a new version. */
export function takeUpdateNotice(): boolean {
  if (typeof window === 'undefined') return false;
  try {
    const updated = sessionStorage.getItem(UPDATE_FLAG) === '1';
    sessionStorage.removeItem(UPDATE_FLAG);
    return updated;
  } catch {
    return false;
  }
}
