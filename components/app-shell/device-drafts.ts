"use client";
// The drafts Rapport keeps in this browser (localStorage and sessionStorage): what is there,
// deleting other people's when a user's pages load, and deleting all of it on sign-out. Which key
// is whose and of which kind lives in lib/domain/device-drafts.
import { isDeviceKey, keysToForget, summariseDeviceDrafts, type DeviceDrafts } from "@/lib/domain/device-drafts";

function storages(): Storage[] {
  const found: Storage[] = [];
  for (const get of [() => window.localStorage, () => window.sessionStorage]) {
    try {
      found.push(get());
    } catch {
      // Storage disabled: nothing kept there.
    }
  }
  return found;
}

function rapportKeys(storage: Storage): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && isDeviceKey(key)) keys.push(key);
    }
  } catch {
    // Unreadable: nothing to list.
  }
  return keys;
}

function remove(storage: Storage, keys: string[]): void {
  for (const key of keys) {
    try {
      storage.removeItem(key);
    } catch {
      // Nothing more to do: the key could not be read back either.
    }
  }
}

/** The unsaved work kept on this device, as `userId` would be asked about it at sign-out. */
export function listDeviceDrafts(userId: string): DeviceDrafts {
  return summariseDeviceDrafts(storages().flatMap(rapportKeys), userId);
}

/** Deletes every Rapport key that is not `userId`'s: other people's drafts and unowned old ones. */
export function forgetOtherUsersDrafts(userId: string): void {
  for (const storage of storages()) remove(storage, keysToForget(rapportKeys(storage), userId));
}

/** Deletes everything Rapport keeps on this device (drafts, timers, any kind added later). */
export function clearDeviceDrafts(): void {
  for (const storage of storages()) remove(storage, rapportKeys(storage));
}
