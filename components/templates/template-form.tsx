"use client";
// The form for an own template: kind, name, subject (email kinds), body. Beside it, the composer's
// checks for that kind run live on the template filled with a sample contact, and the placeholders
// it may use are listed with what each means. Unknown placeholders are refused on their field.
import Link from "next/link";
import { useMemo, useState } from "react";
import { DraftCheck } from "@/components/outreach/draft-check";
import { FormMessage } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, SelectField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { createTemplateAction, updateTemplateAction } from "@/lib/actions/templates";
import {
  checkDraft,
  countWords,
  fillTemplate,
  KNOWN_PLACEHOLDERS,
  LINKEDIN_NOTE_LIMIT,
  templateChannel,
  templateHasSubject,
  unknownPlaceholders,
  type KnownPlaceholder,
  type TemplateKindName,
} from "@/lib/domain/composer";
import { TEMPLATE_KIND_LABELS, TEMPLATE_KINDS } from "@/lib/domain/format";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export interface TemplateFormValues {
  kind: TemplateKindName;
  name: string;
  subject: string;
  body: string;
}

export type TemplateFormProps = { initial: TemplateFormValues; myName: string } & ({ mode: "create" } | { mode: "edit"; templateId: string });

const SAMPLE_CONTACT = {
  firstName: "Jordan",
  lastName: "Rivera",
  name: "Jordan Rivera",
  employer: "Edelman",
  title: "Account Director",
  connection: "Fellow State University alum",
};

const GROUPS: { from: KnownPlaceholder["filledFrom"]; title: string }[] = [
  { from: "contact", title: "Filled in from the contact" },
  { from: "profile", title: "Filled in from your profile" },
  { from: "you", title: "You fill in before sending" },
];

const isKind = (value: string | undefined): value is TemplateKindName => (TEMPLATE_KINDS as readonly string[]).includes(value ?? "");

export function TemplateForm(props: TemplateFormProps) {
  const action = props.mode === "edit" ? updateTemplateAction.bind(null, props.templateId) : createTemplateAction;
  const [state, formAction, pending] = useFormAction(action, initialFormState);
  const values = state.values;
  const [kind, setKind] = useState<TemplateKindName>(isKind(values?.kind) ? values.kind : props.initial.kind);
  const [subject, setSubject] = useState(values?.subject ?? props.initial.subject);
  const [body, setBody] = useState(values?.body ?? props.initial.body);
  const hasSubject = templateHasSubject(kind);
  const errors = state.fieldErrors ?? {};

  const sample = useMemo(
    () => ({ ...SAMPLE_CONTACT, myName: props.myName, myFirstName: props.myName.split(/\s+/)[0] ?? props.myName }),
    [props.myName],
  );
  const filledSubject = hasSubject ? fillTemplate(subject, sample) : "";
  const filledBody = fillTemplate(body, sample);
  const checks = useMemo(
    () => checkDraft({ channel: templateChannel(kind), subject: hasSubject ? filledSubject : null, body: filledBody, connection: sample.connection, myName: sample.myName }),
    [kind, hasSubject, filledSubject, filledBody, sample.connection, sample.myName],
  );
  const unknown = unknownPlaceholders(`${hasSubject ? subject : ""}\n${body}`);
  const overLimit = kind === "LINKEDIN_NOTE" && body.length > LINKEDIN_NOTE_LIMIT;

  const bodyHint =
    kind === "LINKEDIN_NOTE" ? (
      <span className={overLimit ? "font-medium text-red-700" : undefined}>
        {body.length}/{LINKEDIN_NOTE_LIMIT} characters{overLimit ? `: ${body.length - LINKEDIN_NOTE_LIMIT} over LinkedIn's limit` : ""}
      </span>
    ) : (
      `${countWords(body).toLocaleString("en-US")} words${kind === "OUTREACH_EMAIL" ? " · aim for about 75" : ""}`
    );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form action={formAction} noValidate className="min-w-0 space-y-6">
        <FormMessage state={state} />
        <Card className="space-y-4 p-5 sm:p-6">
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField label="Kind" name="kind" value={kind} onChange={(e) => isKind(e.target.value) && setKind(e.target.value)} error={errors.kind}>
              {TEMPLATE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {TEMPLATE_KIND_LABELS[k]}
                </option>
              ))}
            </SelectField>
            <Field
              key={`name-${state.status}-${values?.name ?? ""}`}
              label="Name"
              name="name"
              autoComplete="off"
              maxLength={80}
              hint="Only you see it, in the template lists."
              defaultValue={values?.name ?? props.initial.name}
              error={errors.name}
            />
          </div>
          {hasSubject ? (
            <Field
              label="Subject"
              name="subject"
              autoComplete="off"
              maxLength={200}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              hint="Short enough to show in full: under 60 characters once filled in."
              error={errors.subject}
            />
          ) : null}
          <TextareaField
            label="Message"
            name="body"
            rows={12}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            hint={bodyHint}
            error={errors.body}
          />
        </Card>
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Link href="/templates" className={buttonClasses("secondary")}>
            Cancel
          </Link>
          <Button type="submit" pending={pending} className="w-full sm:w-auto">
            {props.mode === "edit" ? "Save changes" : "Save template"}
          </Button>
        </div>
      </form>

      <div className="space-y-6 lg:self-start">
        <aside aria-labelledby="template-checks-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="template-checks-heading" className="text-sm font-semibold text-slate-900">
            Checks for this {TEMPLATE_KIND_LABELS[kind].toLowerCase()}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            As the composer would check it, written to a sample contact ({sample.name} at {sample.employer}).
          </p>
          <ul className="mt-3 space-y-2" aria-live="polite">
            {unknown.length ? (
              <li className="flex gap-2 text-sm">
                <span aria-hidden="true" className="text-red-700">
                  ✕
                </span>
                <span className="font-medium text-slate-900">
                  <span className="sr-only">Blocking: </span>
                  Unknown placeholder{unknown.length === 1 ? "" : "s"} {unknown.join(", ")}: use one from the list below.
                </span>
              </li>
            ) : null}
            {checks.map((check) =>
              check.id === "placeholders" && !check.ok ? (
                <DraftCheck key={check.id} check={check} label="When you write: ">
                  When you write, {check.message.charAt(0).toLowerCase()}
                  {check.message.slice(1)}
                </DraftCheck>
              ) : (
                <DraftCheck key={check.id} check={check} />
              ),
            )}
          </ul>
        </aside>

        <aside aria-labelledby="placeholders-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="placeholders-heading" className="text-sm font-semibold text-slate-900">
            Placeholders
          </h2>
          <p className="mt-1 text-sm text-slate-600">Type them with double braces. Any other name is refused.</p>
          {GROUPS.map((group) => (
            <div key={group.from} className="mt-3">
              <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{group.title}</h3>
              <dl className="mt-1 space-y-1.5">
                {KNOWN_PLACEHOLDERS.filter((p) => p.filledFrom === group.from).map((p) => (
                  <div key={p.name} className="text-sm">
                    <dt className="inline">
                      <code className="rounded bg-amber-50 px-1 font-mono text-[0.8125rem] break-all text-amber-900 ring-1 ring-amber-200 ring-inset">{`{{${p.name}}}`}</code>
                    </dt>{" "}
                    <dd className="inline text-slate-700">{p.meaning}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </aside>
      </div>
    </div>
  );
}
