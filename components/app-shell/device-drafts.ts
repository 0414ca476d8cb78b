"use client";
// The drafts Rapport keeps in this browser (localStorage and sessionStorage): what is there, and
// deleting all of it on sign-out. Which key is which kind lives in lib/domain/device-drafts.
import { isDeviceKey, summariseDeviceDrafts, type DeviceDrafts } from "@/lib/domain/device-drafts";

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

/** The unsaved work kept on this device. */
export function listDeviceDrafts(): DeviceDrafts {
  return summariseDeviceDrafts(storages().flatMap(rapportKeys));
}

/** Deletes everything Rapport keeps on this device (drafts, timers, any kind added later). */
export function clearDeviceDrafts(): void {
  for (const storage of storages()) {
    for (const key of rapportKeys(storage)) {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing more to do: the key could not be read back either.
      }
    }
  }
}
