"use client";
// Group meetings: an officer's scheduling form, a member's RSVP, their own notes, an officer moving
// or cancelling a meeting, and marking it done. Each form keeps what was typed and shows errors on
// its field.
import clsx from "clsx";
import { useActionState, useState } from "react";
import { CancelMeetingConfirm } from "@/components/meetings/cancel-meeting-confirm";
import { endErrorFor, HeldEarlierFields, useHeldEarlierChoice } from "@/components/meetings/held-earlier";
import { RescheduleMeetingDialog, type ReschedulableMeeting } from "@/components/meetings/reschedule-meeting-dialog";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field, SelectField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import {
  cancelGroupMeetingAction,
  correctGroupMeetingAction,
  markGroupMeetingDoneAction,
  rescheduleGroupMeetingAction,
  rsvpGroupMeetingAction,
  saveGroupNotesAction,
  scheduleGroupMeetingAction,
} from "@/lib/actions/chapters";
import { formatLongDay, formatTime, MEETING_MODE_LABELS } from "@/lib/domain/format";
import type { Rsvp } from "@/lib/generated/prisma/enums";
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
  const values: Record<string, string> = state.status === "saved" ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  // After a refusal, those who were ticked stay ticked: sent again without them, it would invite everyone.
  const ticked = new Set((values.memberIds ?? "").split(",").filter(Boolean));
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
              <CheckboxField key={m.userId} name="memberIds" value={m.userId} label={m.name} defaultChecked={ticked.has(m.userId)} />
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

/** Beside each name in "Who went": what they had answered, before it is done. */
const ANSWERED: Record<Rsvp, string> = { GOING: "Said going", MAYBE: "Said maybe", INVITED: "Didn't answer", NOT_GOING: "Said not going" };
/** After it is done, going means went: what is recorded now. */
const RECORDED: Record<Rsvp, string> = { GOING: "Recorded as went", MAYBE: "Recorded as didn't go", INVITED: "Recorded as didn't go", NOT_GOING: "Recorded as didn't go" };

type Member = { userId: string; name: string; rsvp: Rsvp };

/**
 * "Who went": a checkbox per invited member, beside what they had answered. Ticked to begin with:
 * `ticked`, or after a refusal the ticks as they were sent (`typed`, comma-separated ids).
 */
function WhoWent({
  members,
  ticked,
  typed,
  hint,
  said,
  error,
}: {
  members: Member[];
  ticked: (m: Member) => boolean;
  typed: string | undefined;
  hint: string;
  said: Record<Rsvp, string>;
  error?: string;
}) {
  const sent = typed !== undefined ? new Set(typed.split(",").filter(Boolean)) : null;
  return (
    <fieldset className="space-y-1" aria-describedby={error ? "who-went-hint who-went-error" : "who-went-hint"}>
      <legend className="text-sm font-medium text-slate-900">Who went</legend>
      <p id="who-went-hint" className="text-sm text-slate-600">
        {hint}
      </p>
      {error ? (
        <p id="who-went-error" className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : null}
      <div className="grid gap-x-4 sm:grid-cols-2" key={typed ?? "answers"}>
        {members.map((m) => (
          <CheckboxField key={m.userId} name="attended" value={m.userId} label={m.name} hint={said[m.rsvp]} defaultChecked={sent ? sent.has(m.userId) : ticked(m)} />
        ))}
      </div>
    </fieldset>
  );
}

/** The two uses of an officer's record of a group meeting: marking it done, and correcting it after. */
const RECORD_USES = {
  markDone: {
    action: markGroupMeetingDoneAction,
    endHint: "Each member who went gets a thank-you reminder, due 24 hours after this.",
    whoWentHint:
      "Untick anyone who didn’t come and tick anyone who came without saying so. A member who said going or maybe and is left unticked is recorded as not going, and their contact goes back to Outreach.",
    submitLabel: "Mark done",
    said: ANSWERED,
    // Tells the server the list was shown: none ticked then means nobody went.
    listed: true,
  },
  correct: {
    action: correctGroupMeetingAction,
    endHint: "Moving it moves every member’s pending thank-you reminder to 24 hours after.",
    whoWentHint:
      "Someone missing, or ticked by mistake? A member added moves to Interviewed with a thank-you reminder; a member taken off owes no thank-you, and their contact goes back to Outreach unless they have moved it on since.",
    submitLabel: "Save corrections",
    said: RECORDED,
    listed: false,
  },
} as const;

/**
 * An officer's record of a group meeting: when it ended (`doneAt`, a datetime-local value: to mark
 * it done, its scheduled end or now if that is earlier; to correct it, as recorded) and who went
 * (those who said going, or were recorded as going, ticked). A refused end, and the ticks, come back as sent.
 */
export function GroupRecordForm({
  use,
  meetingId,
  doneAt,
  members,
  planned,
}: {
  use: keyof typeof RECORD_USES;
  meetingId: string;
  doneAt: string;
  members: Member[];
  /**
   * To mark it done: its scheduled start (a datetime-local value in the viewer's zone) and length.
   * An end typed before the start offers "It happened earlier than planned"; `earlier` ticks it at
   * first (the form opened before the meeting was due).
   */
  planned?: { start: string; durationMinutes: number; earlier: boolean };
}) {
  const { action, endHint, whoWentHint, submitLabel, listed, said } = RECORD_USES[use];
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const choice = useHeldEarlierChoice(state, doneAt, planned?.durationMinutes ?? 0, planned?.earlier);
  const endError = endErrorFor(choice, state);
  const attendedError = state.fieldErrors?.attended;
  const sent = state.status !== "saved" ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      {listed ? <input type="hidden" name="attendance" value="listed" /> : null}
      <Field
        key={sent?.doneAt ?? doneAt}
        label="When the meeting ended"
        name="doneAt"
        type="datetime-local"
        defaultValue={sent?.doneAt ?? doneAt}
        onChange={(event) => choice.setEnd(event.currentTarget.value)}
        hint={endError ? undefined : endHint}
        error={endError}
        className="sm:max-w-xs"
      />
      {planned ? (
        <HeldEarlierFields
          choice={choice}
          scheduledStart={planned.start}
          durationMinutes={planned.durationMinutes}
          state={state}
          hint="The meeting moves to the time it started in every member’s calendar, and each member who went owes a thank-you within 24 hours of its end."
        />
      ) : null}
      <WhoWent members={members} ticked={(m) => m.rsvp === "GOING"} typed={sent?.attended} hint={whoWentHint} said={said} error={attendedError} />
      <Button type="submit" variant="secondary" pending={pending}>
        {submitLabel}
      </Button>
      {state.message && !endError && !attendedError && !state.fieldErrors?.startedAt ? (
        <Alert tone={state.status === "saved" ? "success" : "danger"} live>
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}

/**
 * An officer's "Reschedule" and "Cancel meeting" for a scheduled group meeting, and what the last
 * one did. Cancelling asks first, saying what it does to the members who were going; focus starts
 * on keeping the meeting.
 */
export function GroupMeetingChanges({ meeting, title, timeZone }: { meeting: ReschedulableMeeting; title: string; timeZone: string }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [state, formAction, pending] = useActionState(cancelGroupMeetingAction, initialFormState);
  // The page shows the meeting as cancelled once saved; the dialog closes on its own answer.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.status === "saved") {
      setConfirming(false);
      setNotice(state.message ?? "Meeting cancelled.");
    }
  }
  const when = `${formatLongDay(meeting.startsAt, timeZone)} at ${formatTime(meeting.startsAt, timeZone)}`;
  return (
    <div className="space-y-3">
      {notice ? (
        <Alert tone="success" live>
          {notice}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <RescheduleMeetingDialog
          meeting={meeting}
          title={`Reschedule ${title}`}
          description="Members who are going or may go see the new time on Today and in their calendar feeds; their prep reminders move with it."
          timeZone={timeZone}
          action={rescheduleGroupMeetingAction}
          onSaved={setNotice}
        />
        <Button variant="ghost" size="sm" className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={() => setConfirming(true)}>
          Cancel meeting
        </Button>
      </div>
      <CancelMeetingConfirm
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Cancel ${title}?`}
        description={when}
        meetingId={meeting.id}
        formAction={formAction}
        state={state}
        pending={pending}
      >
        <li>It stays listed for the chapter, marked cancelled, and is cancelled in members’ calendar feeds.</li>
        <li>Members’ reminders to prepare the day before are cancelled.</li>
        <li>A member who has nothing else scheduled with this professional sees them back in Outreach.</li>
      </CancelMeetingConfirm>
    </div>
  );
}
