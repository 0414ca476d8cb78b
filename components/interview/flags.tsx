"use client";
// The meeting's three flags. Each saves on its own (one column), kept on the device until it has.
import { CheckboxField } from "@/components/ui/checkbox-field";
import { setFlagAction } from "@/lib/actions/interview";
import { INTERVIEW_FLAG_LABELS, INTERVIEW_FLAGS, type InterviewFlag } from "@/lib/domain/interview";
import { useAutosave } from "./drafts";
import { SaveStatusText } from "./save-status";

const HINTS: Record<InterviewFlag, string> = {
  businessCardReceived: "Their details for the thank-you and for keeping in touch.",
  sendResumeWithThanks: "Only when they asked for it: never pull out a résumé unasked.",
  recordingAllowed: "Ask before you record anything.",
};

function Flag({ meetingId, flag, initial }: { meetingId: string; flag: InterviewFlag; initial: boolean }) {
  const { value, change, status, message } = useAutosave({
    meetingId,
    field: `flag:${flag}`,
    initial,
    delay: 0,
    send: (next: boolean) => setFlagAction({ meetingId, flag, value: next }),
  });
  return (
    <li>
      <CheckboxField name={flag} label={INTERVIEW_FLAG_LABELS[flag]} hint={HINTS[flag]} checked={value} onChange={(event) => change(event.target.checked)} />
      <div className="pl-8">
        <SaveStatusText status={status} message={message} />
      </div>
    </li>
  );
}

export function Flags({ meetingId, values }: { meetingId: string; values: Record<InterviewFlag, boolean> }) {
  return (
    <ul className="space-y-1">
      {INTERVIEW_FLAGS.map((flag) => (
        <Flag key={flag} meetingId={meetingId} flag={flag} initial={values[flag]} />
      ))}
    </ul>
  );
}
