"use client";
// The agenda's questions, each with an answer that saves itself; the referral question stays last.
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { addQuestionAction, saveAnswerAction } from "@/lib/actions/interview";
import type { InterviewQuestion } from "@/lib/data/interview";
import { initialFormState } from "@/lib/validation/form-state";
import { offlineSafe, useAutosave } from "./drafts";
import { SaveStatusText } from "./save-status";
import { useFormAction } from "@/components/ui/use-form-action";

function AnswerField({ meetingId, question, index }: { meetingId: string; question: InterviewQuestion; index: number }) {
  const id = useId();
  const { value, change, flush, status, message } = useAutosave({
    meetingId,
    field: `answer:${question.id}`,
    initial: question.answer,
    send: (body: string) => saveAnswerAction({ agendaItemId: question.id, body }),
  });
  return (
    <li className="space-y-1.5">
      <label htmlFor={`${id}-answer`} className="block text-base font-semibold text-slate-900">
        <span className="text-slate-500">{index + 1}.</span>{" "}
        {question.text}
      </label>
      {question.isReferral ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          Add each person they name under Referrals below, so they land in Find linked to this contact.
        </p>
      ) : null}
      <textarea
        id={`${id}-answer`}
        rows={3}
        value={value}
        maxLength={10_000}
        onChange={(event) => change(event.target.value)}
        onBlur={() => void flush()}
        aria-describedby={[question.isReferral ? `${id}-hint` : null, `${id}-status`].filter(Boolean).join(" ")}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 sm:text-sm"
        placeholder="What they said, in a few words"
      />
      <SaveStatusText id={`${id}-status`} status={status} message={message} />
    </li>
  );
}

export function Answers({ meetingId, questions, agendaHref }: { meetingId: string; questions: InterviewQuestion[]; agendaHref: string }) {
  const [state, formAction, pending] = useFormAction(offlineSafe(addQuestionAction.bind(null, meetingId)), initialFormState);
  return (
    <div className="space-y-6">
      {questions.length ? (
        <ol className="space-y-6">
          {questions.map((question, index) => (
            <AnswerField key={question.id} meetingId={meetingId} question={question} index={index} />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-700">
          No questions on the agenda yet. <a href={agendaHref} className="font-semibold text-brand-700 underline-offset-2 hover:underline">Build the agenda</a>{" "}
          from the question bank, or add the questions as you ask them.
        </p>
      )}
      <form action={formAction} className="flex flex-col gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:items-start">
        <Field
          label="Asked something not on the agenda?"
          name="text"
          maxLength={500}
          autoComplete="off"
          defaultValue={state.status === "saved" ? "" : (state.values?.text ?? "")}
          error={state.fieldErrors?.text}
          containerClassName="flex-1"
        />
        <Button type="submit" variant="secondary" pending={pending} className="sm:mt-7">
          Add question
        </Button>
      </form>
      <p role="status" className="text-sm text-slate-600">
        {state.status === "error" ? state.message : ""}
      </p>
    </div>
  );
}
