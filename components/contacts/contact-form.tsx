"use client";
// The contact form, for a new contact and for editing one. Everything typed survives an error (the
// action echoes it back); a likely duplicate is shown with links and "Save anyway"; when another
// tab saved first, its changes are merged into the form and listed, and saving again is deliberate.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field, SelectField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { createContactAction, updateContactAction } from "@/lib/actions/contacts";
import { DISTANCE_HINT } from "@/lib/domain/distance";
import { HOW_FOUND_LABELS } from "@/lib/domain/format";
import { contactPriority, priorityExplanation } from "@/lib/domain/priority";
import {
  HOW_FOUND,
  mergeAfterConflict,
  type ContactChange,
  type ContactFormValues,
} from "@/lib/validation/contacts";
import { initialFormState, type FormState } from "@/lib/validation/form-state";
import { PriorityBadge } from "./priority-badge";
import { useFormAction } from "@/components/ui/use-form-action";

export type ContactFormProps =
  /** `initial`: fields to start with, e.g. the employer when looking for another person there. */
  /** idempotencyKey: one per form the server rendered, so a double submit creates one contact. */
  | { mode: "create"; initial?: ContactFormValues; idempotencyKey: string }
  | { mode: "edit"; contactId: string; version: number; initial: ContactFormValues };

const NEW_CONTACT: ContactFormValues = {
  name: "",
  title: "",
  employer: "",
  industry: "",
  location: "",
  distanceKm: "",
  email: "",
  phone: "",
  linkedinUrl: "",
  howFound: "OTHER",
  connection: "",
  motivation: "3",
  isAlumniOrAdvocate: "",
  openPostings: "0",
  tags: "",
  doNotContact: "",
  notes: "",
};

const MOTIVATION_OPTIONS = [
  ["1", "1 · Mildly curious"],
  ["2", "2 · Somewhat interested"],
  ["3", "3 · Interested"],
  ["4", "4 · Very interested"],
  ["5", "5 · Really want this conversation"],
] as const;

const POSTING_OPTIONS = [
  ["0", "None"],
  ["1", "1"],
  ["2", "2"],
  ["3", "3 or more"],
] as const;

function parseLoaded(json: string | undefined): ContactFormValues {
  try {
    const value: unknown = JSON.parse(json ?? "{}");
    if (typeof value !== "object" || value === null) return {};
    const out: ContactFormValues = {};
    for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
    return out;
  } catch {
    return {};
  }
}

function stringEntries(form: FormData): ContactFormValues {
  const out: ContactFormValues = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  return out;
}

export function ContactForm(props: ContactFormProps) {
  const router = useRouter();
  const editing = props.mode === "edit";
  const contactId = editing ? props.contactId : "";

  const [state, formAction, isPending] = useFormAction(async (previous: FormState, form: FormData): Promise<FormState> => {
    if (!editing) return createContactAction(previous, form);
    const result = await updateContactAction(contactId, previous, form);
    if (result.status === "saved") {
      router.push(`/contacts/${contactId}?saved=1`);
      // Keep what was typed on screen while the contact page loads.
      return { ...result, values: stringEntries(form) };
    }
    return result;
  }, initialFormState);

  const formRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLHeadingElement>(null);

  // What the form shows: what was submitted (after an error), else what it opened with.
  const initial = editing ? props.initial : { ...NEW_CONTACT, ...props.initial };
  let values: ContactFormValues = state.values ?? initial;
  let loadedJson = state.values?.loaded ?? JSON.stringify(initial);
  const echoedVersion = Number(state.values?.version);
  const version = state.version ?? (Number.isInteger(echoedVersion) && echoedVersion > 0 ? echoedVersion : editing ? props.version : 0);
  let merged: ContactChange[] = [];
  let clashes: ContactChange[] = [];
  if (state.status === "conflict" && state.values) {
    const merge = mergeAfterConflict(parseLoaded(state.values.loaded), state.values, state.changes ?? []);
    values = merge.values;
    loadedJson = JSON.stringify(merge.loaded);
    merged = merge.merged;
    clashes = merge.clashes;
  }
  const conflicted = state.status === "conflict";
  const duplicates = state.status === "invalid" ? (state.duplicates ?? []) : [];

  const errors = state.fieldErrors ?? {};
  const errorFor = (field: string): string | undefined =>
    errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];

  // After a refused save, take the user to what needs attention.
  useEffect(() => {
    if (state.status === "conflict" || (state.status === "invalid" && state.duplicates?.length)) {
      noticeRef.current?.focus();
    } else if (state.status === "invalid") {
      formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
    }
  }, [state]);

  const [priorityInputs, setPriorityInputs] = useState(() => priorityFrom(values));
  // Each answer from the server resets the form to the values it echoes. A <select> only takes a
  // new defaultValue when it mounts, so the selects are keyed by the answer's round.
  const [round, setRound] = useState({ state, n: 0 });
  if (round.state !== state) {
    setRound({ state, n: round.n + 1 });
    setPriorityInputs(priorityFrom(values));
  }
  const selectKey = (name: string) => `${name}-${round.n}`;
  const priority = contactPriority(priorityInputs);

  function onPriorityChange(event: FormEvent<HTMLFieldSetElement>) {
    const fieldset = event.currentTarget;
    const read = (name: string) => fieldset.elements.namedItem(name);
    const motivation = read("motivation");
    const postings = read("openPostings");
    const alumni = read("isAlumniOrAdvocate");
    setPriorityInputs({
      motivation: motivation instanceof HTMLSelectElement ? Number(motivation.value) : 3,
      openPostings: postings instanceof HTMLSelectElement ? Number(postings.value) : 0,
      isAlumniOrAdvocate: alumni instanceof HTMLInputElement ? alumni.checked : false,
    });
  }

  const showError = (state.status === "invalid" && !duplicates.length) || state.status === "error";
  const cancelHref = editing ? `/contacts/${contactId}` : "/contacts";
  const saved = state.status === "saved";

  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-6">
      {editing ? (
        <>
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="loaded" value={loadedJson} />
        </>
      ) : (
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      )}

      <div aria-live="polite" className="space-y-4 empty:hidden">
        {showError && state.message ? (
          <Alert tone="danger">
            <p className="font-medium">{state.message}</p>
          </Alert>
        ) : null}

        {duplicates.length ? (
          <Alert tone="info">
            <h2 ref={noticeRef} tabIndex={-1} className="text-base font-semibold outline-none">
              You may already have this person
            </h2>
            <p className="mt-1">{state.message}</p>
            <ul className="mt-2 space-y-1">
              {duplicates.map((d) => (
                <li key={d.id}>
                  <Link href={`/contacts/${d.id}`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center font-semibold underline underline-offset-2 sm:min-h-0">
                    {d.name}
                    {d.employer ? `, ${d.employer}` : ""}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </Link>
                </li>
              ))}
            </ul>
            <div className="mt-3 flex flex-wrap gap-2">
              <Button type="submit" name="confirmDuplicate" value="yes" variant="secondary" pending={isPending}>
                Save anyway
              </Button>
            </div>
          </Alert>
        ) : null}

        {conflicted ? (
          <ConflictPanel key={JSON.stringify(state.changes)} headingRef={noticeRef} merged={merged} clashes={clashes} formRef={formRef} />
        ) : null}
      </div>

      <Card className="p-5 sm:p-6">
        <fieldset className="min-w-0">
          <legend className="text-base font-semibold text-slate-900">Who they are</legend>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <Field
              label={
                <>
                  Name <span className="font-normal text-slate-600">(required)</span>
                </>
              }
              name="name"
              required
              aria-required="true"
              autoComplete="off"
              maxLength={120}
              defaultValue={values.name ?? ""}
              error={errorFor("name")}
              containerClassName="sm:col-span-2"
            />
            <Field label="Title" name="title" autoComplete="off" maxLength={120} placeholder="e.g. Account Executive" defaultValue={values.title ?? ""} error={errorFor("title")} />
            <Field label="Employer" name="employer" autoComplete="off" maxLength={120} placeholder="e.g. Edelman" defaultValue={values.employer ?? ""} error={errorFor("employer")} />
            <Field label="Industry" name="industry" autoComplete="off" maxLength={80} placeholder="e.g. Public relations" defaultValue={values.industry ?? ""} error={errorFor("industry")} />
            <Field label="Location" name="location" autoComplete="off" maxLength={120} placeholder="e.g. Chicago, IL" defaultValue={values.location ?? ""} error={errorFor("location")} />
            <Field
              label="Distance from you"
              name="distanceKm"
              autoComplete="off"
              inputMode="decimal"
              maxLength={40}
              placeholder="e.g. 15 mi"
              hint={DISTANCE_HINT}
              defaultValue={values.distanceKm ?? ""}
              error={errorFor("distanceKm")}
            />
          </div>
        </fieldset>
      </Card>

      <Card className="p-5 sm:p-6">
        <fieldset className="min-w-0">
          <legend className="text-base font-semibold text-slate-900">How to reach them</legend>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <Field
              label="Email"
              name="email"
              type="email"
              inputMode="email"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={254}
              defaultValue={values.email ?? ""}
              error={errorFor("email")}
            />
            <Field label="Phone" name="phone" type="tel" inputMode="tel" autoComplete="off" maxLength={40} defaultValue={values.phone ?? ""} error={errorFor("phone")} />
            <Field
              label="LinkedIn URL"
              name="linkedinUrl"
              type="url"
              inputMode="url"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={300}
              placeholder="https://www.linkedin.com/in/…"
              defaultValue={values.linkedinUrl ?? ""}
              error={errorFor("linkedinUrl")}
              containerClassName="sm:col-span-2"
            />
          </div>
        </fieldset>
      </Card>

      <Card className="p-5 sm:p-6">
        <fieldset className="min-w-0">
          <legend className="text-base font-semibold text-slate-900">How you found them</legend>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <SelectField key={selectKey("howFound")} label="How you found them" name="howFound" defaultValue={values.howFound || "OTHER"} error={errorFor("howFound")}>
              {HOW_FOUND.map((h) => (
                <option key={h} value={h}>
                  {HOW_FOUND_LABELS[h]}
                </option>
              ))}
            </SelectField>
            <Field
              label="Shared connection"
              name="connection"
              autoComplete="off"
              maxLength={200}
              placeholder="e.g. Fellow OSU grad"
              hint="One line you can open your message with."
              defaultValue={values.connection ?? ""}
              error={errorFor("connection")}
            />
          </div>
        </fieldset>
      </Card>

      <Card className="p-5 sm:p-6">
        <fieldset className="min-w-0" onChange={onPriorityChange}>
          <legend className="text-base font-semibold text-slate-900">Priority</legend>
          <p className="mt-1 text-sm text-slate-600">Decides who comes first in your lists.</p>
          <div className="mt-4 grid gap-4 sm:grid-cols-2">
            <SelectField
              key={selectKey("motivation")}
              label="Your motivation"
              name="motivation"
              hint="How much you want this conversation."
              defaultValue={values.motivation || "3"}
              error={errorFor("motivation")}
            >
              {MOTIVATION_OPTIONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            <SelectField
              key={selectKey("openPostings")}
              label="Open postings"
              name="openPostings"
              hint="Jobs posted where they work: a growing team has news to share."
              defaultValue={values.openPostings || "0"}
              error={errorFor("openPostings")}
            >
              {POSTING_OPTIONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            <CheckboxField
              label="Alumni or advocate"
              name="isAlumniOrAdvocate"
              hint="A graduate of your school, or someone who has offered to help."
              defaultChecked={values.isAlumniOrAdvocate === "on"}
              error={errorFor("isAlumniOrAdvocate")}
              containerClassName="sm:col-span-2"
            />
          </div>
          <p className="mt-4 flex flex-wrap items-center gap-2 text-sm text-slate-700" aria-live="polite">
            <span>Priority:</span>
            <PriorityBadge priority={priority} />
            <span>{priorityExplanation(priorityInputs)}</span>
          </p>
        </fieldset>
      </Card>

      <Card className="p-5 sm:p-6">
        <fieldset className="min-w-0">
          <legend className="text-base font-semibold text-slate-900">Tags and notes</legend>
          <div className="mt-4 grid gap-4">
            <Field
              label="Tags"
              name="tags"
              autoComplete="off"
              autoCapitalize="none"
              placeholder="e.g. pr, agency, chicago"
              hint="Separate tags with commas."
              defaultValue={values.tags ?? ""}
              error={errorFor("tags")}
            />
            <CheckboxField
              label="Do not contact"
              name="doNotContact"
              hint="They asked not to be contacted, or you agreed not to. Rapport will not suggest reaching out."
              defaultChecked={values.doNotContact === "on"}
              error={errorFor("doNotContact")}
            />
            <TextareaField label="Notes" name="notes" rows={5} maxLength={5000} defaultValue={values.notes ?? ""} error={errorFor("notes")} />
          </div>
        </fieldset>
      </Card>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Link href={cancelHref} className={buttonClasses("secondary", "md", "w-full sm:w-auto")}>
          Cancel
        </Link>
        <Button type="submit" pending={isPending || saved} className="w-full sm:w-auto">
          {editing ? (conflicted ? "Save again with these values" : "Save changes") : "Save contact"}
        </Button>
      </div>
    </form>
  );
}

function priorityFrom(values: ContactFormValues) {
  return {
    motivation: Number(values.motivation) || 3,
    openPostings: Number(values.openPostings) || 0,
    isAlumniOrAdvocate: values.isAlumniOrAdvocate === "on",
  };
}

/** What the other tab saved: merged fields, and clashes where this tab's value is kept unless replaced. */
function ConflictPanel({
  headingRef,
  merged,
  clashes,
  formRef,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  merged: ContactChange[];
  clashes: ContactChange[];
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const [taken, setTaken] = useState<string[]>([]);

  function takeTheirs(change: ContactChange) {
    const control = formRef.current?.elements.namedItem(change.field);
    const value = change.value === "(empty)" ? "" : change.value;
    if (control instanceof HTMLInputElement && control.type === "checkbox") control.checked = value === "on";
    else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) control.value = value;
    else return;
    control.dispatchEvent(new Event("change", { bubbles: true }));
    setTaken((t) => [...t, change.field]);
  }

  const shown = (change: ContactChange) =>
    change.field === "isAlumniOrAdvocate" || change.field === "doNotContact" ? (change.value === "on" ? "Yes" : "No") : change.value;

  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <h2 ref={headingRef} tabIndex={-1} className="text-base font-semibold outline-none">
        This contact was changed in another tab or device
      </h2>
      <p className="mt-1">Nothing has been lost. Check the form below, then save again.</p>
      {merged.length ? (
        <>
          <p className="mt-3 font-medium">Their changes, now in the form:</p>
          <dl className="mt-1 space-y-1">
            {merged.map((change) => (
              <div key={change.field} className="flex flex-wrap gap-x-2">
                <dt className="font-semibold">{change.label}:</dt>
                <dd className="[overflow-wrap:anywhere]">{shown(change)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {clashes.length ? (
        <>
          <p className="mt-3 font-medium">You both changed these. Your version is in the form; saving keeps it.</p>
          <dl className="mt-1 space-y-2">
            {clashes.map((change) => (
              <div key={change.field} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <dt className="font-semibold">{change.label}:</dt>
                <dd className="flex flex-wrap items-center gap-2 [overflow-wrap:anywhere]">
                  <span>theirs is “{shown(change)}”</span>
                  {taken.includes(change.field) ? (
                    <span className="font-medium">Using theirs.</span>
                  ) : (
                    <Button size="sm" variant="secondary" onClick={() => takeTheirs(change)}>
                      Use theirs<span className="sr-only"> for {change.label}</span>
                    </Button>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {!merged.length && !clashes.length ? <p className="mt-2">They saved the same values you have in the form.</p> : null}
    </div>
  );
}
