"use client";
// The composer: a template filled from the contact, live checks that each explain themselves in
// one line, and three ways out — the mail app, the clipboard, or "log as sent". Unfilled
// placeholders block all three (the server refuses them too). Its purpose (a request, the
// follow-up, a thank-you, a keep-in-touch note) picks the checks and what logging records.
// Nothing typed is lost: a template applied over text can be undone, and each purpose's draft is
// kept in the browser session (per user and contact), so switching tabs or reloading brings it
// back.
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { useDeviceOwner } from "@/components/app-shell/device-owner";
import { DraftCheck } from "@/components/outreach/draft-check";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { logOutreachAction, logThankYouAction, logTouchAction } from "@/lib/actions/outreach";
import { checksForPurpose } from "@/lib/domain/compose-purpose";
import {
  canSend,
  checkDraft,
  countWords,
  defaultChannel,
  draftFromTemplate,
  parseStoredDraft,
  sameDraftText,
  templateReplacesText,
  WORD_TARGET,
  type ComposerDraft,
  type PlaceholderValues,
} from "@/lib/domain/composer";
import { messageDraftKey } from "@/lib/domain/device-drafts";
import type { ComposePurpose } from "@/lib/domain/today";
import { CHANNEL_LABELS, TEMPLATE_KIND_LABELS } from "@/lib/domain/format";
import { initialFormState } from "@/lib/validation/form-state";
import { CHANNELS } from "@/lib/validation/pipeline";
import { useFormAction } from "@/components/ui/use-form-action";

export interface ComposerTemplate {
  id: string;
  kind: keyof typeof TEMPLATE_KIND_LABELS;
  name: string;
  subject: string | null;
  body: string;
}

interface ComposerProps {
  contact: { id: string; name: string; email: string | null; linkedinUrl?: string | null; phone?: string | null; connection: string | null; distanceKm?: number | null };
  templates: ComposerTemplate[];
  placeholders: PlaceholderValues;
  /** datetime-local value for "now" in the user's zone. */
  nowLocal: string;
  purpose?: ComposePurpose;
  /** The template the draft starts from (thank-yous and notes open ready to edit). */
  initialTemplateId?: string;
  /** For a thank-you: the takeaway the draft quotes, checked for in the text. */
  takeaway?: string | null;
  /** A paragraph added before the sign-off of a filled template (a thank-you's "résumé attached"). */
  appendix?: string | null;
}

const ACTIONS = { outreach: logOutreachAction, "follow-up": logOutreachAction, "thank-you": logThankYouAction, touch: logTouchAction } as const;

const FOOTNOTES: Record<ComposePurpose, string> = {
  outreach: "Rapport never sends mail for you: send it from your own account, then log it here so the follow-up reminders start.",
  "follow-up": "One polite follow-up is enough. Log it here; if they stay quiet, Rapport marks them dormant instead of nagging you.",
  "thank-you": "Send it from your own account within a day, then log it here: the contact moves to Thanked.",
  touch: "Log it here once it is sent: the keep-in-touch clock starts again.",
};

type Channel = (typeof CHANNELS)[number];

function readSessionDraft(key: string): ComposerDraft | null {
  try {
    return parseStoredDraft(window.sessionStorage.getItem(key));
  } catch {
    return null; // storage disabled
  }
}

function writeSessionDraft(key: string, draft: ComposerDraft | null) {
  try {
    if (draft) window.sessionStorage.setItem(key, JSON.stringify(draft));
    else window.sessionStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the draft still lives on this page.
  }
}

export function Composer({ contact, templates, placeholders, nowLocal, purpose = "outreach", initialTemplateId, takeaway, appendix }: ComposerProps) {
  const [state, formAction, pending] = useFormAction(ACTIONS[purpose].bind(null, contact.id), initialFormState);
  const initialTemplate = templates.find((t) => t.id === initialTemplateId);
  const initialDraft = initialTemplate ? draftFromTemplate(initialTemplate, placeholders, appendix) : { subject: "", body: "" };
  const [templateId, setTemplateId] = useState(initialTemplate?.id ?? "");
  const [channel, setChannel] = useState<Channel>(() => (state.values?.channel as Channel) ?? defaultChannel(contact, initialTemplate?.kind));
  const [subject, setSubject] = useState(state.values?.subject ?? initialDraft.subject);
  const [body, setBody] = useState(state.values?.body ?? initialDraft.body);
  const [copied, setCopied] = useState(false);
  // The draft a template replaced (or, once undone, the template's draft), until the student
  // dismisses it or picks again: Undo and "Use the template again" swap the two, so neither is lost.
  const [swap, setSwap] = useState<{ other: ComposerDraft; templateName: string; undone: boolean } | null>(null);

  // This purpose's draft, kept in the browser session: read once after hydration (the server can't
  // see it), then written on every change. Logging the message clears it.
  const storageKey = messageDraftKey(useDeviceOwner(), contact.id, purpose);
  const [restoredFromSession, setRestoredFromSession] = useState(false);
  const [sessionRead, setSessionRead] = useState(false);
  useEffect(() => {
    const stored = readSessionDraft(storageKey);
    /* eslint-disable react-hooks/set-state-in-effect -- sessionStorage exists only in the browser, after hydration */
    if (stored && !sameDraftText(stored, initialDraft)) {
      setTemplateId(templates.some((t) => t.id === stored.templateId) ? stored.templateId : "");
      setChannel(stored.channel);
      setSubject(stored.subject);
      setBody(stored.body);
      setRestoredFromSession(true);
    }
    setSessionRead(true);
    /* eslint-enable react-hooks/set-state-in-effect */
    // Once per purpose and contact; the initial draft is derived from the same props.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);
  useEffect(() => {
    if (!sessionRead) return;
    const draft = { templateId, channel, subject, body };
    writeSessionDraft(storageKey, sameDraftText(draft, initialDraft) ? null : draft);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionRead, storageKey, templateId, channel, subject, body]);

  const checks = useMemo(
    () =>
      checksForPurpose(
        purpose,
        checkDraft({ channel: channel === "LINKEDIN" || channel === "VOICEMAIL" || channel === "LETTER" ? channel : channel === "EMAIL" ? "EMAIL" : "OTHER", subject, body, connection: contact.connection, distanceKm: contact.distanceKm, myName: placeholders.myName }),
        body,
        takeaway,
      ),
    [purpose, channel, subject, body, contact.connection, contact.distanceKm, placeholders.myName, takeaway],
  );
  // The message just logged can't be logged again by a second tap (the server would not store it
  // twice either); changing it makes it a new message.
  const draftKey = `${channel}\u0000${subject}\u0000${body}`;
  const [submittedKey, setSubmittedKey] = useState<string | null>(null);
  const logged = state.status === "saved" && submittedKey === draftKey;
  // React resets a form once its action finishes, which puts the channel and template selects back
  // to their first options on screen while the draft here still says otherwise (the next log would
  // send the wrong channel). A form drawn afresh after each answer shows the draft as it is.
  const [answered, setAnswered] = useState({ state, round: 0 });
  if (answered.state !== state) setAnswered({ state, round: answered.round + 1 });
  const notice = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // On a phone the confirmation sits above the fold: bring it to where the student is looking.
    if (state.status === "saved") {
      notice.current?.scrollIntoView({ block: "nearest" });
      writeSessionDraft(storageKey, null);
    }
    // After a refused send, take the student to the first field to fix (the form is drawn afresh
    // for each answer, so this runs once it is on the page).
    if (state.status === "invalid") formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state, storageKey]);
  const sendable = body.trim().length > 0 && canSend(checks);
  const blocking = checks.find((c) => !c.ok && c.blocking);
  // Nothing written yet: the checks have nothing to judge, so they neither pass nor fail.
  const unwritten = blocking?.id === "written";

  function applyDraft(draft: ComposerDraft) {
    setTemplateId(draft.templateId);
    setChannel(draft.channel);
    setSubject(draft.subject);
    setBody(draft.body);
  }

  function pickTemplate(id: string) {
    const template = templates.find((t) => t.id === id);
    if (!template) {
      // "Write your own" keeps whatever is in the box.
      setTemplateId(id);
      return;
    }
    const previous: ComposerDraft = { templateId, channel, subject, body };
    const filled = draftFromTemplate(template, placeholders, appendix);
    const next: ComposerDraft = { templateId: template.id, channel: defaultChannel(contact, template.kind), ...filled };
    applyDraft(next);
    setSwap(templateReplacesText(previous, next) ? { other: previous, templateName: template.name, undone: false } : null);
  }

  function swapDrafts() {
    if (!swap) return;
    applyDraft(swap.other);
    setSwap({ ...swap, other: { templateId, channel, subject, body }, undone: !swap.undone });
  }

  const mailto = `mailto:${encodeURIComponent(contact.email ?? "")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form ref={formRef} key={answered.round} action={formAction} onSubmit={() => setSubmittedKey(draftKey)} className="space-y-4">
        <div ref={notice} className="scroll-mt-20">
          {state.status === "saved" ? (
            <Alert tone="success" live>
              {state.message}{" "}
              <Link href={`/contacts/${contact.id}`} className="inline-flex min-h-6 items-center font-semibold underline">
                Back to {contact.name}
              </Link>
            </Alert>
          ) : state.status === "invalid" || state.status === "error" ? (
            <Alert tone="danger" live>
              {state.message}
            </Alert>
          ) : null}
        </div>
        <SelectField label="Start from a template" name="templateId" value={templateId} onChange={(e) => pickTemplate(e.target.value)}>
          <option value="">Write your own</option>
          {Object.entries(TEMPLATE_KIND_LABELS).map(([kind, label]) => {
            const ofKind = templates.filter((t) => t.kind === kind);
            return ofKind.length ? (
              <optgroup key={kind} label={label}>
                {ofKind.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            ) : null;
          })}
        </SelectField>
        <div aria-live="polite" className="empty:hidden">
          {swap ? (
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
              <p className="min-w-0 flex-1 basis-48">
                {swap.undone ? "Your earlier text is back." : `Template applied: “${swap.templateName}” replaced what you had written.`}
              </p>
              <span className="flex flex-wrap gap-2">
                <Button variant="secondary" size="sm" onClick={swapDrafts}>
                  {swap.undone ? "Use the template again" : "Undo"}
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setSwap(null)}>
                  {swap.undone ? "Done" : "Keep it"}
                </Button>
              </span>
            </div>
          ) : restoredFromSession ? (
            <p className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">Restored the draft you were writing here earlier.</p>
          ) : null}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Channel" name="channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)} error={state.fieldErrors?.channel}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </SelectField>
          <Field label="Sent" name="sentAt" type="datetime-local" defaultValue={state.values?.sentAt ?? nowLocal} error={state.fieldErrors?.sentAt} />
        </div>
        {channel === "EMAIL" || channel === "LETTER" ? (
          <Field label="Subject" name="subject" value={subject} onChange={(e) => setSubject(e.target.value)} error={state.fieldErrors?.subject} />
        ) : null}
        <TextareaField
          label="Message"
          name="body"
          rows={12}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={state.fieldErrors?.body}
          hint={`${countWords(body).toLocaleString("en-US")} words${channel === "LINKEDIN" ? ` · ${body.length}/300 characters` : ` · aim for about ${WORD_TARGET}`}`}
        />
        {blocking ? (
          <p className={unwritten ? "text-sm text-slate-600" : "text-sm font-medium text-red-700"} id="composer-blocked">
            {blocking.message}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {channel === "EMAIL" ? (
            <a
              href={sendable ? mailto : undefined}
              aria-disabled={!sendable}
              aria-describedby={blocking ? "composer-blocked" : undefined}
              className={buttonClasses("secondary", "md", sendable ? "" : "pointer-events-none opacity-50")}
            >
              Open in my mail app
            </a>
          ) : null}
          <Button
            variant="secondary"
            disabled={!sendable}
            aria-describedby={blocking ? "composer-blocked" : undefined}
            onClick={async () => {
              await navigator.clipboard.writeText(channel === "EMAIL" && subject ? `${subject}\n\n${body}` : body);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy text"}
          </Button>
          <Button type="submit" disabled={!sendable || pending || logged} pending={pending} aria-describedby={blocking ? "composer-blocked" : undefined}>
            {logged ? "Logged" : "Log as sent"}
          </Button>
        </div>
        <p className="text-sm text-slate-600">{FOOTNOTES[purpose]}</p>
      </form>

      <aside aria-labelledby="checks-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:self-start">
        <h2 id="checks-heading" className="text-sm font-semibold text-slate-900">
          Checks
        </h2>
        <ul className="mt-3 space-y-2" aria-live="polite">
          {checks.map((check) => (
            <DraftCheck key={check.id} check={check} />
          ))}
        </ul>
      </aside>
    </div>
  );
}
