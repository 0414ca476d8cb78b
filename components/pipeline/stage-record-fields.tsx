"use client";
// The fields a stage's record needs (lib/domain/pipeline requiredRecord): the outreach message,
// the meeting, the meeting done, the thank-you, the keep-in-touch cadence. Field names are the
// ones lib/validation/pipeline parses; local dates and times are read in the user's time zone,
// except a meeting's, read in the zone chosen beside it (the professional's, when they gave theirs).
// Used by the board's move dialog, the contacts list's bulk move and the contact page's reschedule
// dialog; the meeting fields can warn, live, when the time collides with another meeting.
import clsx from "clsx";
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { Field, SelectField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { checkMeetingOverlapsAction } from "@/lib/actions/meetings";
import { CHANNEL_LABELS, formatDay, formatTime, MEETING_MODE_LABELS } from "@/lib/domain/format";
import { meetingZoneOptions, parseLocalDateTime, toLocalInputValue, zoneLabel } from "@/lib/domain/local-time";
import { suggestedMeetingEnd } from "@/lib/domain/meeting-done";
import { CADENCE_CHOICES, DEFAULT_CADENCE_MONTHS, isCadenceChoice } from "@/lib/domain/keep-in-touch";
import { MEETING_MINUTES, type StageRecordKind } from "@/lib/domain/pipeline";
import type { MeetingMode } from "@/lib/generated/prisma/enums";
import type { MeetingOverlap } from "@/lib/validation/meetings";
import { CHANNELS, MEETING_MODES } from "@/lib/validation/pipeline";

export interface StageRecordFieldsProps {
  kind: StageRecordKind;
  /** The user's IANA time zone: date-time inputs are local times there. */
  timeZone: string;
  /** Values to show (what was typed, echoed back by the action); defaults fill the rest. */
  values?: Record<string, string>;
  /** Field errors by field name, as FormState.fieldErrors holds them. */
  errors?: Record<string, string>;
  /** "Now" for the date-time defaults; the current time when left out. */
  now?: Date;
  /**
   * Meeting fields only: warn (without blocking) when the time overlaps another scheduled
   * meeting. `excludeMeetingId` leaves out the meeting being rescheduled.
   */
  overlapCheck?: { excludeMeetingId?: string };
  /** Cadence fields only: the contact's current cadence in months (0: declined), the default when set. */
  currentCadence?: number | null;
  /** Meeting-done fields only: the meeting being completed, so the end defaults to its scheduled end. */
  meetingToComplete?: { startsAt: Date; durationMinutes: number } | null;
  /** Meeting fields only: the zone the meeting being rescheduled was set in (its time is shown there). */
  meetingTimeZone?: string;
}

const DURATION_PRESETS = ["20", "30"] as const;
const DEFAULT_DURATION = "30";

const LOCATION_LABELS: Record<MeetingMode, { label: string; hint: string; type: "text" | "tel" | "url" }> = {
  IN_PERSON: { label: "Place (optional)", hint: "The address, and where to meet inside.", type: "text" },
  COFFEE: { label: "Café (optional)", hint: "Its name and address.", type: "text" },
  PHONE: { label: "Phone number (optional)", hint: "Who calls whom, and the number.", type: "tel" },
  VIDEO: { label: "Video link (optional)", hint: "The meeting link, or who sends it.", type: "text" },
};

function zoneHint(timeZone: string): string {
  return `In your time zone (${timeZone.replace(/_/g, " ")}).`;
}

function isMeetingMode(value: string | undefined): value is MeetingMode {
  return (MEETING_MODES as readonly string[]).includes(value ?? "");
}

export function StageRecordFields({ kind, timeZone, values, errors, now, overlapCheck, currentCadence, meetingToComplete, meetingTimeZone }: StageRecordFieldsProps) {
  // Computed once per form: a re-render must not move a default the user already saw.
  const [nowValue] = useState(() => toLocalInputValue(now ?? new Date(), timeZone));
  const value = (name: string, fallback = "") => values?.[name] ?? fallback;
  const error = (name: string) => errors?.[name];

  switch (kind) {
    case "outreach":
      return (
        <div className="space-y-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <ChannelSelect label="Sent by" defaultValue={value("channel", "EMAIL")} error={error("channel")} />
            <Field
              label="Sent on"
              name="sentAt"
              type="datetime-local"
              defaultValue={value("sentAt", nowValue)}
              hint={zoneHint(timeZone)}
              error={error("sentAt")}
            />
          </div>
          <Field label="Subject (optional)" name="subject" defaultValue={value("subject")} maxLength={200} error={error("subject")} autoComplete="off" />
          <TextareaField
            label="Message (optional)"
            name="body"
            defaultValue={value("body")}
            maxLength={5000}
            rows={4}
            hint="Paste what you sent, so you can see it when they reply."
            error={error("body")}
          />
        </div>
      );
    case "meeting":
      return <MeetingFields timeZone={timeZone} values={values} errors={errors} overlapCheck={overlapCheck} meetingTimeZone={meetingTimeZone} />;
    case "meetingDone": {
      const at = now ?? new Date();
      const suggested = meetingToComplete ? toLocalInputValue(suggestedMeetingEnd(meetingToComplete.startsAt, meetingToComplete.durationMinutes, at), timeZone) : nowValue;
      const ahead = meetingToComplete && meetingToComplete.startsAt.getTime() > at.getTime();
      return (
        <Field
          label="When the meeting ended"
          name="doneAt"
          type="datetime-local"
          defaultValue={value("doneAt", suggested)}
          hint={
            meetingToComplete
              ? `${ahead ? "Scheduled to start" : "It was scheduled to start"} at ${formatTime(meetingToComplete.startsAt, timeZone)} on ${formatDay(meetingToComplete.startsAt, timeZone, at)}. ${zoneHint(timeZone)}`
              : zoneHint(timeZone)
          }
          error={error("doneAt")}
        />
      );
    }
    case "thankYou":
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <ChannelSelect label="Sent by" defaultValue={value("channel", "EMAIL")} error={error("channel")} />
          <Field
            label="Sent on"
            name="sentAt"
            type="datetime-local"
            defaultValue={value("sentAt", nowValue)}
            hint={zoneHint(timeZone)}
            error={error("sentAt")}
          />
        </div>
      );
    case "cadence": {
      // Every cadence saved is one of the choices (the board and the contact page accept no other).
      const chosen = currentCadence && isCadenceChoice(currentCadence) ? currentCadence : null;
      return (
        <SelectField
          label="Keep in touch"
          name="keepInTouchMonths"
          defaultValue={value("keepInTouchMonths", String(chosen ?? DEFAULT_CADENCE_MONTHS))}
          hint={
            currentCadence === 0
              ? "You had chosen not to keep in touch; a contact in Follow-up has a cadence, so choose one to move them."
              : "Rapport reminds you when a note is due; any touch you log resets the clock."
          }
          error={error("keepInTouchMonths")}
        >
          {CADENCE_CHOICES.map((option) => (
            <option key={option.months} value={String(option.months)}>
              {option.label}
            </option>
          ))}
        </SelectField>
      );
    }
  }
}

function ChannelSelect({ label, defaultValue, error }: { label: string; defaultValue: string; error?: string }) {
  return (
    <SelectField label={label} name="channel" defaultValue={defaultValue} error={error}>
      {CHANNELS.map((channel) => (
        <option key={channel} value={channel}>
          {CHANNEL_LABELS[channel]}
        </option>
      ))}
    </SelectField>
  );
}

function MeetingFields({
  timeZone,
  values,
  errors,
  overlapCheck,
  meetingTimeZone,
}: Pick<StageRecordFieldsProps, "timeZone" | "values" | "errors" | "overlapCheck" | "meetingTimeZone">) {
  const id = useId();
  const fieldsRef = useRef<HTMLDivElement>(null);
  const overlaps = useOverlapWarning(fieldsRef, overlapCheck);
  const initialDuration = values?.durationMinutes?.trim() || DEFAULT_DURATION;
  const [preset, setPreset] = useState<string>((DURATION_PRESETS as readonly string[]).includes(initialDuration) ? initialDuration : "custom");
  const [mode, setMode] = useState<MeetingMode>(isMeetingMode(values?.mode) ? values.mode : "VIDEO");
  // The zone the time is typed in: the student's own unless the professional gave it in theirs.
  const zones = meetingZoneOptions(timeZone, meetingTimeZone);
  const [zone, setZone] = useState(() => {
    const wanted = values?.meetingTimeZone || meetingTimeZone || timeZone;
    return zones.some((option) => option.zone === wanted) ? wanted : timeZone;
  });
  const [typed, setTyped] = useState(values?.startsAt ?? "");
  const typedInstant = zone !== timeZone ? parseLocalDateTime(typed, zone) : null;
  const durationError = errors?.durationMinutes;
  const legendId = `${id}-length`;
  const durationErrorId = `${id}-length-error`;
  const location = LOCATION_LABELS[mode];

  useLayoutEffect(() => {
    // React resets the form after its action (before layout effects). A <select> then goes back to
    // the option it was first rendered with, since React never moves its defaultSelected: put the
    // mode the user chose (and the location field's label shows) back, or a second save would
    // quietly store the first one.
    const select = fieldsRef.current?.querySelector<HTMLSelectElement>('select[name="mode"]');
    if (select && select.value !== mode) select.value = mode;
    const zoneSelect = fieldsRef.current?.querySelector<HTMLSelectElement>('select[name="meetingTimeZone"]');
    if (zoneSelect && zoneSelect.value !== zone) zoneSelect.value = zone;
  }, [values, mode, zone]);

  return (
    <div
      ref={fieldsRef}
      onChange={(event) => {
        const target = event.target as HTMLInputElement;
        if (target.name === "startsAt") setTyped(target.value);
        overlaps.recheck();
      }}
      className="space-y-4"
    >
      <Field
        label="Date and time"
        name="startsAt"
        type="datetime-local"
        defaultValue={values?.startsAt ?? ""}
        hint={zone === timeZone ? zoneHint(timeZone) : `In ${zoneLabel(zone)}, as chosen below.`}
        error={errors?.startsAt}
      />

      <SelectField
        label="Time zone of that time"
        name="meetingTimeZone"
        defaultValue={zone}
        onChange={(event) => setZone(event.target.value)}
        hint={
          typedInstant
            ? `That is ${formatDay(typedInstant, timeZone)}, ${formatTime(typedInstant, timeZone)} in your time zone.`
            : "If they gave the time in their own time zone, choose it here: Rapport works out yours."
        }
        error={errors?.meetingTimeZone}
      >
        {zones.map((option) => (
          <option key={option.zone} value={option.zone}>
            {option.label}
          </option>
        ))}
      </SelectField>

      <fieldset aria-describedby={durationError && preset !== "custom" ? durationErrorId : undefined}>
        <legend id={legendId} className="text-sm font-medium text-slate-900">
          Length
        </legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          {[...DURATION_PRESETS, "custom"].map((option) => (
            <label
              key={option}
              className={clsx(
                "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm font-medium has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
                preset === option ? "border-brand-600 bg-brand-50 text-brand-900" : "border-slate-300 bg-white text-slate-800",
              )}
            >
              <input
                type="radio"
                name="durationPreset"
                value={option}
                defaultChecked={preset === option}
                onChange={() => setPreset(option)}
                className="size-4 accent-brand-700 focus-visible:outline-none"
              />
              {option === "custom" ? "Other" : `${option} minutes`}
            </label>
          ))}
        </div>
        {preset === "custom" ? (
          <Field
            containerClassName="mt-3"
            label={`Minutes (${MEETING_MINUTES.min}–${MEETING_MINUTES.max})`}
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={MEETING_MINUTES.min}
            max={MEETING_MINUTES.max}
            step={5}
            defaultValue={(DURATION_PRESETS as readonly string[]).includes(initialDuration) ? "" : initialDuration}
            error={durationError}
            className="sm:max-w-40"
          />
        ) : (
          <>
            <input type="hidden" name="durationMinutes" value={preset} />
            {durationError ? (
              <p id={durationErrorId} className="mt-1.5 text-sm font-medium text-red-700">
                {durationError}
              </p>
            ) : null}
          </>
        )}
        <p className="mt-1.5 text-sm text-slate-600">20–30 minutes is the usual ask.</p>
      </fieldset>

      {overlapCheck ? <OverlapWarning overlaps={overlaps.list} /> : null}

      <SelectField
        label="How you'll meet"
        name="mode"
        defaultValue={mode}
        onChange={(event) => {
          if (isMeetingMode(event.target.value)) setMode(event.target.value);
        }}
        error={errors?.mode}
      >
        {MEETING_MODES.map((m) => (
          <option key={m} value={m}>
            {MEETING_MODE_LABELS[m]}
          </option>
        ))}
      </SelectField>

      <Field
        label={location.label}
        name="location"
        type={location.type}
        defaultValue={values?.location ?? ""}
        maxLength={300}
        hint={location.hint}
        error={errors?.location}
        autoComplete="off"
      />
    </div>
  );
}

const OVERLAP_DEBOUNCE_MS = 300;

/**
 * Asks the server which other meetings the typed time and length collide with, after each change
 * (debounced; a late answer to an older question is ignored). Reads the fields from the form, so
 * they stay uncontrolled.
 */
function useOverlapWarning(fieldsRef: RefObject<HTMLDivElement | null>, overlapCheck: StageRecordFieldsProps["overlapCheck"]) {
  const [list, setList] = useState<MeetingOverlap[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const asked = useRef(0);
  const enabled = Boolean(overlapCheck);
  const excludeMeetingId = overlapCheck?.excludeMeetingId;

  const check = useCallback(async () => {
    const fields = fieldsRef.current;
    if (!fields) return;
    const read = (name: string) => fields.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value.trim() ?? "";
    const startsAt = read("startsAt");
    const durationMinutes = read("durationMinutes");
    const meetingTimeZone = read("meetingTimeZone") || undefined;
    const question = ++asked.current;
    if (!startsAt || !durationMinutes) {
      setList([]);
      return;
    }
    try {
      const found = await checkMeetingOverlapsAction({ startsAt, durationMinutes, excludeMeetingId, meetingTimeZone });
      if (question === asked.current) setList(found);
    } catch {
      // Only a warning: if the check fails (offline), saving still works and says what it must.
      if (question === asked.current) setList([]);
    }
  }, [fieldsRef, excludeMeetingId]);

  const recheck = useCallback(() => {
    if (!enabled) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(), OVERLAP_DEBOUNCE_MS);
  }, [enabled, check]);

  useEffect(() => {
    // A form opened with a time (a reschedule, or values echoed after a refused save) is checked at once.
    if (enabled) timer.current = setTimeout(() => void check(), 0);
    return () => clearTimeout(timer.current);
  }, [enabled, check]);

  return { list, recheck };
}

function OverlapWarning({ overlaps }: { overlaps: MeetingOverlap[] }) {
  // Always in the page, so a screen reader hears the warning when it appears.
  return (
    <div role="status" className="empty:hidden">
      {overlaps.length > 0 ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {overlaps.map((overlap) => (
            <p key={overlap.id}>{overlap.message}</p>
          ))}
          <p className="mt-1 text-amber-900">You can still save this time.</p>
        </div>
      ) : null}
    </div>
  );
}
