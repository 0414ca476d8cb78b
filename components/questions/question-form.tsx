"use client";
// Add or edit one of your own questions, in a dialog: text, where it fits in the conversation, job
// or industry, tags. Errors appear on their field and everything typed is kept.
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, SelectField } from "@/components/ui/field";
import { Icon } from "@/components/ui/icons";
import { TextareaField } from "@/components/ui/textarea-field";
import { createQuestionAction, updateQuestionAction } from "@/lib/actions/questions";
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS } from "@/lib/domain/format";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { QUESTION_TEXT_MAX, QUESTION_TIER_LABELS, QUESTION_TIERS } from "@/lib/validation/questions";
import { useQuestionNotice } from "./question-notice";
import { useFormAction } from "@/components/ui/use-form-action";

export interface EditableQuestion {
  id: string;
  text: string;
  category: string;
  tier: string;
  tags: string[];
}

type Props = { mode: "create"; defaultCategory?: string; defaultTier?: string } | { mode: "edit"; question: EditableQuestion };

/** The button that opens the form, and the dialog around it. */
export function QuestionFormDialog(props: Props) {
  const [open, setOpen] = useState(false);
  const editing = props.mode === "edit";
  return (
    <>
      {editing ? (
        <Button variant="ghost" size="sm" onClick={() => setOpen(true)} aria-label={`Edit: ${props.question.text}`}>
          <Icon name="edit" className="size-4" />
          Edit
        </Button>
      ) : (
        <Button onClick={() => setOpen(true)}>
          <Icon name="plus" className="size-4" />
          Add a question
        </Button>
      )}
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={editing ? "Edit your question" : "Add a question"}
        description={editing ? undefined : "Your own questions sit beside the built-in ones, and only you see them."}
      >
        <QuestionForm {...props} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function QuestionForm(props: Props & { onDone: () => void }) {
  const editing = props.mode === "edit";
  const setNotice = useQuestionNotice();
  const [state, formAction, pending] = useFormAction(async (previous: FormState, form: FormData): Promise<FormState> => {
    const result = editing ? await updateQuestionAction(previous, form) : await createQuestionAction(previous, form);
    if (result.status === "saved") {
      setNotice({ tone: "success", text: result.message ?? "Saved." });
      props.onDone();
    }
    return result;
  }, initialFormState);

  const initial: Record<string, string> =
    props.mode === "edit"
      ? { text: props.question.text, category: props.question.category, tier: props.question.tier, tags: props.question.tags.join(", ") }
      : { text: "", category: props.defaultCategory ?? "", tier: props.defaultTier ?? "JOB", tags: "" };
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};

  // Each answer resets the form to the values it echoes: a <select> or radio takes a new default
  // only when it mounts, so the fields are keyed by the answer's round.
  const [round, setRound] = useState({ state, n: 0 });
  if (round.state !== state) setRound({ state, n: round.n + 1 });

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "invalid") formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state]);

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4" key={round.n}>
      {props.mode === "edit" ? <input type="hidden" name="questionId" value={props.question.id} /> : null}
      {state.status === "error" ? (
        <Alert tone="danger" live>
          {state.message}
        </Alert>
      ) : null}
      <TextareaField
        label="Question"
        name="text"
        rows={3}
        defaultValue={values.text ?? ""}
        error={errors.text}
        maxLength={QUESTION_TEXT_MAX + 50}
        hint="One question, the way you would ask it."
        placeholder="What surprised you most in your first year here?"
      />
      <SelectField label="Where it fits" name="category" defaultValue={values.category ?? ""} error={errors.category} hint="The conversation runs in this order; referrals come last.">
        <option value="" disabled>
          Choose a part of the conversation
        </option>
        {QUESTION_CATEGORIES.map((category, index) => (
          <option key={category} value={category}>
            {index + 1}. {QUESTION_CATEGORY_LABELS[category]}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">Tier</legend>
        <div className="mt-1.5 flex flex-col gap-1 sm:flex-row sm:gap-4">
          {QUESTION_TIERS.map((tier) => (
            <label key={tier} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="tier" value={tier} defaultChecked={(values.tier ?? "JOB") === tier} className="size-4 accent-brand-700" />
              {QUESTION_TIER_LABELS[tier]}
            </label>
          ))}
        </div>
        {errors.tier ? <p className="text-sm font-medium text-red-700">{errors.tier}</p> : null}
      </fieldset>
      <Field
        label="Tags"
        name="tags"
        defaultValue={values.tags ?? ""}
        error={errors.tags ?? Object.entries(errors).find(([key]) => key.startsWith("tags."))?.[1]}
        hint="Optional. Separate with commas, e.g. agency, podcasts."
        autoCapitalize="none"
        autoComplete="off"
      />
      <div className="flex flex-col-reverse gap-2 pt-1 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={props.onDone} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" pending={pending}>
          {editing ? "Save question" : "Add question"}
        </Button>
      </div>
    </form>
  );
}
