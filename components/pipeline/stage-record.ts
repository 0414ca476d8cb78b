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

export const CADENCE_OPTIONS = [
  { months: 1, label: "Every month" },
  { months: 2, label: "Every 2 months" },
  { months: 3, label: "Every 3 months" },
  { months: 6, label: "Every 6 months" },
  { months: 12, label: "Once a year" },
] as const satisfies readonly { months: number; label: string }[];
