"use client";
// Group meetings: an officer's scheduling form, a member's RSVP, their own notes, and marking a
// meeting done. Each form keeps what was typed and shows errors on its field.
import clsx from "clsx";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field, SelectField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { markGroupMeetingDoneAction, rsvpGroupMeetingAction, saveGroupNotesAction, scheduleGroupMeetingAction } from "@/lib/actions/chapters";
import { MEETING_MODE_LABELS } from "@/lib/domain/format";
import { RSVP_CHOICES, RSVP_LABELS } from "@/lib/validation/chapters";
import { initialFormState } from "@/lib/validation/form-state";

export function ScheduleGroupMeetingForm({
  organisationId,
  professionals,
  members,
}: {
  organisationId: string;
  professionals: { id: string; label: string }[];
  members: { userId: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(scheduleGroupMeetingAction, initialFormState);
  const values = state.status === "saved" ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <>
    {state.status === "saved" && state.message ? (
      <Alert tone="success" live className="mb-3">
        {state.message}
      </Alert>
    ) : null}
    <details className="mb-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm" open={state.status === "invalid" || undefined}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">Schedule a group meeting</summary>
      <form action={formAction} noValidate className="mt-4 space-y-4" key={`${state.status}-${JSON.stringify(values)}`}>
        <input type="hidden" name="organisationId" value={organisationId} />
        {state.message && state.status !== "saved" ? (
          <Alert tone="danger" live>
            {state.message}
          </Alert>
        ) : null}
        <Field label="Title" name="title" placeholder="Agency tour at Fahlgren Mortine" defaultValue={values.title ?? ""} error={errors.title} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="With a professional from the list" name="sharedContactId" defaultValue={values.sharedContactId ?? ""} error={errors.sharedContactId}>
            <option value="">No one from the list</option>
            {professionals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </SelectField>
          <Field label="Or an employer" name="employer" hint="For a visit without one host." defaultValue={values.employer ?? ""} error={errors.employer} />
          <Field label="Date and time" name="startsAt" type="datetime-local" defaultValue={values.startsAt ?? ""} error={errors.startsAt} />
          <Field label="Length (minutes)" name="durationMinutes" type="number" inputMode="numeric" min={10} max={180} defaultValue={values.durationMinutes ?? "60"} error={errors.durationMinutes} />
          <SelectField label="How" name="mode" defaultValue={values.mode ?? "IN_PERSON"} error={errors.mode}>
            {Object.entries(MEETING_MODE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <Field label="Where" name="location" defaultValue={values.location ?? ""} error={errors.location} />
        </div>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-900">Invite</legend>
          <p className="text-sm text-slate-600">Tick members to invite only them; leave all unticked to invite everyone.</p>
          {errors.memberIds ? <p className="text-sm font-medium text-red-700">{errors.memberIds}</p> : null}
          <div className="grid gap-x-4 sm:grid-cols-2">
            {members.map((m) => (
              <CheckboxField key={m.userId} name="memberIds" value={m.userId} label={m.name} />
            ))}
          </div>
        </fieldset>
        <Button type="submit" pending={pending}>
          Schedule
        </Button>
      </form>
    </details>
    </>
  );
}

export function RsvpForm({ meetingId, title, current }: { meetingId: string; title: string; current: string | null }) {
  const [state, formAction, pending] = useActionState(rsvpGroupMeetingAction, initialFormState);
  const chosen = state.status === "saved" ? state.values?.rsvp : current;
  return (
    <form action={formAction} className="space-y-2" aria-label={`RSVP to ${title}`}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="flex flex-wrap gap-2" role="group" aria-label="Your answer">
        {RSVP_CHOICES.map((choice) => (
          <Button
            key={choice}
            type="submit"
            name="rsvp"
            value={choice}
            size="sm"
            variant={chosen === choice ? "primary" : "secondary"}
            aria-pressed={chosen === choice}
            disabled={pending}
            className={clsx(chosen === choice && "ring-2 ring-brand-300")}
          >
            {RSVP_LABELS[choice]}
          </Button>
        ))}
      </div>
      {state.message ? (
        <Alert tone={state.status === "saved" ? "success" : "danger"} live>
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}

export function GroupNotesForm({ meetingId, notes }: { meetingId: string; notes: string }) {
  const [state, formAction, pending] = useActionState(saveGroupNotesAction, initialFormState);
  return (
    <form action={formAction} className="space-y-3" key={state.values?.body ?? notes}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextareaField label="My notes" name="body" rows={6} hint="Only you can read these." defaultValue={state.values?.body ?? notes} error={state.fieldErrors?.body} />
      <Button type="submit" size="sm" pending={pending}>
        Save my notes
      </Button>
      {state.message ? (
        <Alert tone={state.status === "saved" ? "success" : "danger"} live>
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}

export function MarkGroupDoneForm({ meetingId }: { meetingId: string }) {
  const [state, formAction, pending] = useActionState(markGroupMeetingDoneAction, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <Button type="submit" variant="secondary" pending={pending}>
        Mark done
      </Button>
      {state.message ? (
        <Alert tone={state.status === "saved" ? "success" : "danger"} live>
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}
