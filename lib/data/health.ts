// Whether the database answers, for the health route and the error page's automatic retry. Reads
// nothing of anyone's: no viewer needed.
import "server-only";
import { db } from "../db";

/** Gives up after this long, so a hung connection reads as "unreachable" rather than a spinner. */
const TIMEOUT_MS = 2_000;

export async function databaseReachable(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), TIMEOUT_MS);
    });
    const ping = db.$queryRaw`SELECT 1`.then(() => true as const);
    return await Promise.race([ping, timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
