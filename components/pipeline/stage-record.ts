// Plain data about the stage-record fields, importable from server and client code alike (a
// "use client" module hands server code references, not values).
import type { StageRecordKind } from "@/lib/domain/pipeline";

/** The field names each record kind submits: anything else in fieldErrors is a whole-form error. */
export const STAGE_RECORD_FIELD_NAMES: Record<StageRecordKind, readonly string[]> = {
  outreach: ["channel", "sentAt", "subject", "body"],
  meeting: ["startsAt", "durationMinutes", "mode", "location"],
  meetingDone: ["doneAt"],
  thankYou: ["channel", "sentAt"],
  cadence: ["keepInTouchMonths"],
};
