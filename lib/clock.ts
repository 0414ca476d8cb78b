// The one clock the app reads. Production always uses the real time. End-to-end tests start the
// server with RAPPORT_TEST_CLOCK=1 and move time forward by writing an offset (milliseconds) to
// `<data folder>/clock-offset`, so "three business days later" can be checked without waiting.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

function offsetFile(): string {
  return path.resolve(process.env.RAPPORT_DATA_DIR ?? ".data", "clock-offset");
}

export function testClockEnabled(): boolean {
  return process.env.RAPPORT_TEST_CLOCK === "1" && process.env.NODE_ENV !== "development";
}

export function now(): Date {
  if (!testClockEnabled()) return new Date();
  const file = offsetFile();
  const offset = existsSync(file) ? Number(readFileSync(file, "utf8")) || 0 : 0;
  return new Date(Date.now() + offset);
}

export const clockOffsetFile = offsetFile;
