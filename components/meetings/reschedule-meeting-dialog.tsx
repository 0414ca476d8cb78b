"use client";
// "Reschedule": a dialog with the meeting's date and time (in the zone it was set in), length, mode and
// place, prefilled with what is stored. The time is checked live against the user's other
// meetings (a warning, not a block); a refused save shows errors on their fields and keeps what
// was typed. The invitation keeps its UID, so a calendar updates the same event. Used for a
// student's own meeting (the contact's page) and by an officer for a chapter's group meeting.
import { useEffect, useRef, useState } from "react";
import { StageRecordFields } from "@/components/pipeline/stage-record-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { rescheduleMeetingAction } from "@/lib/actions/meetings";
import { toLocalInputValue } from "@/lib/domain/local-time";
import type { MeetingMode } from "@/lib/generated/prisma/enums";
import { formValues, initialFormState, type FormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

const FIELD_NAMES = ["startsAt", "meetingTimeZone", "durationMinutes", "mode", "location"];

/** The meeting's stored time and place, which the form starts from. */
export interface ReschedulableMeeting {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  mode: MeetingMode;
  location: string | null;
  /** The zone its time was given in (the professional's, say): the form shows the time there. */
  timeZone?: string;
}

type SaveAction = (previous: FormState, form: FormData) => Promise<FormState>;

export function RescheduleMeetingDialog({
  meeting,
  title,
  description = "It stays the same calendar event: after saving, download the invitation again and your calendar moves it.",
  timeZone,
  onSaved,
  action = rescheduleMeetingAction,
}: {
  meeting: ReschedulableMeeting;
  title: string;
  description?: string;
  timeZone: string;
  onSaved: (message: string) => void;
  /** The server action that saves the new time (a group meeting has its own, for officers). */
  action?: SaveAction;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Reschedule
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title} description={description}>
        {open ? (
          <RescheduleForm
            meeting={meeting}
            timeZone={timeZone}
            action={action}
            onCancel={() => setOpen(false)}
            onSaved={(message) => {
              setOpen(false);
              onSaved(message);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function RescheduleForm({
  meeting,
  timeZone,
  action,
  onCancel,
  onSaved,
}: {
  meeting: ReschedulableMeeting;
  timeZone: string;
  action: SaveAction;
  onCancel: () => void;
  onSaved: (message: string) => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  // What is stored now, as the fields show it; replaced by what was typed after a refused save.
  const [stored] = useState<Record<string, string>>(() => ({
    startsAt: toLocalInputValue(meeting.startsAt, meeting.timeZone ?? timeZone),
    meetingTimeZone: meeting.timeZone ?? timeZone,
    durationMinutes: String(meeting.durationMinutes),
    mode: meeting.mode,
    location: meeting.location ?? "",
  }));

  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData): Promise<FormState> => {
    let result: FormState;
    try {
      result = await action(previous, form);
    } catch {
      return { status: "error", message: "The new time could not be saved. Check your connection and try again.", values: formValues(form) };
    }
    if (result.status === "saved") onSaved(result.message ?? "Rescheduled.");
    return result;
  }, initialFormState);

  const fieldErrors = state.status === "invalid" ? (state.fieldErrors ?? {}) : {};
  const otherErrors = Object.entries(fieldErrors)
    .filter(([field]) => !FIELD_NAMES.includes(field))
    .map(([, message]) => message);

  useEffect(() => {
    // After a refused save, take the user to the first field to fix.
    if (state.status !== "invalid") return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  return (
    <form
      ref={(form) => {
        formRef.current = form;
        // The dialog focuses an [autofocus] descendant when it opens: the date and time.
        form?.querySelector("input:not([type=hidden]), select")?.setAttribute("autofocus", "");
      }}
      action={formAction}
      noValidate
      className="space-y-4"
    >
      <input type="hidden" name="meetingId" value={meeting.id} />

      {state.status === "error" ? (
        <Alert tone="danger" live>
          {state.message}
        </Alert>
      ) : state.status === "invalid" ? (
        <Alert tone="danger" live>
          {otherErrors.length > 0 ? otherErrors.join(" ") : Object.keys(fieldErrors).length === 1 ? "Check the highlighted field." : "Check the highlighted fields."}
        </Alert>
      ) : null}

      <StageRecordFields
        kind="meeting"
        timeZone={timeZone}
        values={state.values ?? stored}
        errors={fieldErrors}
        overlapCheck={{ excludeMeetingId: meeting.id }}
        meetingTimeZone={meeting.timeZone}
      />

      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Keep the current time
        </Button>
        <Button type="submit" pending={pending}>
          Save the new time
        </Button>
      </div>
    </form>
  );
}
