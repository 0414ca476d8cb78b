"use client";
// "It happened earlier than planned": the explicit choice, with when it started, that a mark-done
// form offers once the end typed is before the scheduled start. Shared by a student's own meeting
// (interview mode) and a chapter's group meeting (the officer's record), which the server checks
// with the same rule (heldEarlierError).
import { useState } from "react";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { suggestedEarlierStart } from "@/lib/domain/meeting-done";
import type { FormState } from "@/lib/validation/form-state";

export interface HeldEarlierChoice {
  /** The end as typed (a datetime-local value): the start offered follows it. */
  end: string;
  setEnd: (end: string) => void;
  earlier: boolean;
  setEarlier: (earlier: boolean) => void;
  /** The start the user typed; null while it is the one offered. */
  typedStart: string | null;
  setTypedStart: (start: string | null) => void;
}

/**
 * The choice's state, following each answer: after a refusal the form shows what was sent (echoed
 * in state.values), so the end, the box and the start follow it. A start sent as offered is still
 * the offer: it goes on following the end (an offer left behind by a later end would start after it).
 */
export function useHeldEarlierChoice(state: FormState, defaultEnd: string, durationMinutes: number, earlierAtFirst = false): HeldEarlierChoice {
  const [end, setEnd] = useState(defaultEnd);
  const [earlier, setEarlier] = useState(earlierAtFirst);
  const [typedStart, setTypedStart] = useState<string | null>(null);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.values && state.status !== "saved") {
      const sentEnd = state.values.doneAt ?? end;
      const sentStart = state.values.startedAt;
      setEnd(sentEnd);
      setEarlier(state.values.heldEarlier === "on");
      setTypedStart(sentStart === undefined || sentStart === suggestedEarlierStart(sentEnd, durationMinutes) ? null : sentStart);
    }
  }
  return { end, setEnd, earlier, setEarlier, typedStart, setTypedStart };
}

/**
 * The end's error to show: a refusal sent without the box, once the box is ticked, no longer stands
 * (the next answer says whether anything else does), so it is not left on the field asking for the box.
 */
export function endErrorFor(choice: HeldEarlierChoice, state: FormState): string | undefined {
  return choice.earlier && state.values?.heldEarlier !== "on" ? undefined : state.fieldErrors?.doneAt;
}

/**
 * The box and, once ticked, when it started; shown only when the end is before the scheduled start
 * (or the box is ticked). `scheduledStart` is a datetime-local value in the same zone as the end:
 * such values compare as strings.
 */
export function HeldEarlierFields({
  choice,
  scheduledStart,
  durationMinutes,
  state,
  hint,
}: {
  choice: HeldEarlierChoice;
  scheduledStart: string;
  durationMinutes: number;
  state: FormState;
  hint: string;
}) {
  const { end, earlier, setEarlier, typedStart, setTypedStart } = choice;
  if (!earlier && !(end !== "" && end < scheduledStart)) return null;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
      <CheckboxField
        label="It happened earlier than planned"
        name="heldEarlier"
        checked={earlier}
        onChange={(event) => setEarlier(event.currentTarget.checked)}
        hint={hint}
        error={state.fieldErrors?.heldEarlier}
      />
      {earlier ? (
        <Field
          label="When it started"
          name="startedAt"
          type="datetime-local"
          value={typedStart ?? suggestedEarlierStart(end, durationMinutes)}
          onChange={(event) => setTypedStart(event.currentTarget.value)}
          hint={
            typedStart === null
              ? `We filled in ${durationMinutes} minutes before the end (the planned length). Change it if it started at another time.`
              : undefined
          }
          error={state.fieldErrors?.startedAt}
          className="sm:max-w-xs"
        />
      ) : null}
    </div>
  );
}
