"use client";
// The pitch editor: one text box with the three things a 30-second pitch says, a live word count
// and speaking time, save (a new version only when the text changed), and the version history
// with restore. Restoring over unsaved edits asks first. Unsaved edits are kept on this device
// (localStorage, one key per user, read only by that user) while they are typed, and come back
// with a notice after a reload or a visit elsewhere; where the device can't keep them, leaving the
// page asks first.
import clsx from "clsx";
import { startTransition, useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { useDeviceOwner } from "@/components/app-shell/device-owner";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { restorePitchVersionAction, savePitchAction } from "@/lib/actions/pitch";
import { pitchDraftKey } from "@/lib/domain/device-drafts";
import { formatSpeakingTime, measurePitch, PITCH_MAX_CHARACTERS, type PitchVerdict } from "@/lib/domain/pitch";
import { initialFormState } from "@/lib/validation/form-state";
import { useFormAction } from "@/components/ui/use-form-action";

export interface PitchVersionView {
  version: number;
  body: string;
  /** When it was saved, in the viewer's time zone. */
  savedAt: string;
}

const VERDICT_LABELS: Record<PitchVerdict, string> = {
  empty: "Nothing to time yet",
  "too-short": "Too short",
  "about-right": "About right",
  "too-long": "Too long",
};

const VERDICT_TONES: Record<PitchVerdict, BadgeTone> = {
  empty: "neutral",
  "too-short": "warning",
  "about-right": "success",
  "too-long": "warning",
};

/** An unsaved pitch kept on the device: its text and the version it was edited from (0: none). */
interface StoredPitchDraft {
  text: string;
  baseVersion: number;
}

function readPitchDraft(key: string): StoredPitchDraft | null {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(key) ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const { text, baseVersion } = value as Record<string, unknown>;
    return typeof text === "string" && typeof baseVersion === "number" ? { text, baseVersion } : null;
  } catch {
    return null;
  }
}

/** Keeps (or, with null, forgets) the draft; false when the device would not keep it. */
function writePitchDraft(key: string, draft: StoredPitchDraft | null): boolean {
  try {
    if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
    else window.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

function wordsLabel(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "word" : "words"}`;
}

export function PitchWorkspace({ versions }: { versions: PitchVersionView[] }) {
  const current = versions[0] ?? null;
  const [text, setText] = useState(current?.body ?? "");
  const [state, saveAction, saving] = useFormAction(savePitchAction, initialFormState);
  const [restoring, startRestore] = useTransition();
  const [notice, setNotice] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [confirmVersion, setConfirmVersion] = useState<PitchVersionView | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const ids = { text: useId(), hint: useId(), error: useId(), stats: useId() };

  const measure = measurePitch(text);
  const dirty = text.trim() !== (current?.body ?? "");

  // Unsaved edits on this device: read once after hydration, then kept while dirty and forgotten
  // once saved (the saved version matches the text) or discarded.
  const storageKey = pitchDraftKey(useDeviceOwner());
  const [storageRead, setStorageRead] = useState(false);
  const [restoredFrom, setRestoredFrom] = useState<number | null>(null);
  const [unkept, setUnkept] = useState(false);
  useEffect(() => {
    const stored = readPitchDraft(storageKey);
    /* eslint-disable react-hooks/set-state-in-effect -- localStorage exists only in the browser, after hydration */
    if (stored && stored.text.trim() !== (current?.body ?? "")) {
      setText(stored.text);
      setRestoredFrom(stored.baseVersion);
    }
    setStorageRead(true);
    /* eslint-enable react-hooks/set-state-in-effect */
    // Once per user: later changes of `current` are saves made here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);
  const baseVersion = current?.version ?? 0;
  useEffect(() => {
    if (!storageRead) return;
    // A cleared box is not worth restoring over the saved pitch: there is nothing typed to lose.
    const worthKeeping = dirty && text.trim() !== "";
    const kept = writePitchDraft(storageKey, worthKeeping ? { text, baseVersion } : null);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- whether the device kept it decides the leave warning
    setUnkept(worthKeeping && !kept);
  }, [storageRead, storageKey, dirty, text, baseVersion]);
  useEffect(() => {
    if (!unkept) return;
    // The device could not keep the edits (storage full or disabled): ask before they are lost.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unkept]);

  function discardDraft() {
    setText(current?.body ?? "");
    setRestoredFrom(null);
    textareaRef.current?.focus();
  }
  const error = state.status === "invalid" ? state.fieldErrors?.body : undefined;
  // The save's answer shows until the next change of course: a new save, or a restore.
  const [lastState, setLastState] = useState(state);
  if (lastState !== state) {
    setLastState(state);
    setNotice(state.status === "saved" ? { tone: "success", text: state.message ?? "Saved." } : null);
    if (state.status === "saved") setRestoredFrom(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Not <form action>: React would reset the form after the action, and this text box is controlled.
    startTransition(() => saveAction(form));
  }

  function restore(version: PitchVersionView) {
    setConfirmVersion(null);
    startRestore(async () => {
      const result = await restorePitchVersionAction(version.version);
      if (result.status === "saved") {
        setText(version.body);
        setRestoredFrom(null);
        setNotice({ tone: "success", text: result.message ?? "Restored." });
        textareaRef.current?.focus();
      } else {
        setNotice({ tone: "danger", text: result.message ?? "That didn’t work. Reload the page and try again." });
      }
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-6">
        <Card className="p-4 sm:p-6">
          <form onSubmit={onSubmit} noValidate className="space-y-3">
            <label htmlFor={ids.text} className="block text-base font-semibold text-slate-900">
              Your pitch
            </label>
            <p id={ids.hint} className="text-sm text-slate-600">
              Say who you are, what you want to learn, and what you bring, in about 70 words. Write it the way you speak.
            </p>
            <textarea
              ref={textareaRef}
              id={ids.text}
              name="body"
              rows={8}
              value={text}
              onChange={(event) => setText(event.target.value)}
              maxLength={PITCH_MAX_CHARACTERS + 500}
              aria-invalid={error ? true : undefined}
              aria-describedby={[error ? ids.error : null, ids.hint, ids.stats].filter(Boolean).join(" ")}
              placeholder="I’m Sam Rivera, a junior studying journalism at Ohio State…"
              className={clsx(
                "block w-full rounded-lg border bg-white px-3 py-2 text-base leading-relaxed text-slate-900 shadow-sm placeholder:text-slate-500",
                error ? "border-red-600" : "border-slate-300",
              )}
            />
            {restoredFrom !== null && dirty ? (
              <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
                <p className="min-w-0 flex-1 basis-48">
                  Restored your unsaved draft from this device.
                  {current && restoredFrom !== current.version
                    ? ` You started it from ${restoredFrom ? `version ${restoredFrom}` : "an empty pitch"}; version ${current.version} has been saved since.`
                    : " Save it to keep it as a version."}
                </p>
                <Button variant="ghost" size="sm" onClick={discardDraft}>
                  Discard draft
                </Button>
              </div>
            ) : null}
            {error ? (
              <p id={ids.error} className="text-sm font-medium text-red-700">
                {error}
              </p>
            ) : null}

            <div id={ids.stats} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg bg-slate-50 px-3 py-2 text-sm text-slate-800">
              <span className="font-semibold tabular-nums">{wordsLabel(measure.words)}</span>
              <span aria-hidden="true" className="text-slate-400">
                ·
              </span>
              <span className="tabular-nums">
                about {formatSpeakingTime(measure)} spoken
              </span>
              <span role="status" aria-live="polite">
                <Badge tone={VERDICT_TONES[measure.verdict]}>{VERDICT_LABELS[measure.verdict]}</Badge>
              </span>
              <span className="basis-full text-slate-600">{measure.message}</span>
            </div>

            <div className="flex flex-wrap items-center gap-3 pt-1">
              <Button type="submit" pending={saving}>
                Save pitch
              </Button>
              {dirty && current ? <span className="text-sm text-slate-600">Unsaved changes since version {current.version}.</span> : null}
            </div>
          </form>
          <div aria-live="polite" className="mt-3 empty:hidden">
            {notice ? (
              <Alert tone={notice.tone}>
                <p className="font-medium">{notice.text}</p>
              </Alert>
            ) : null}
          </div>
        </Card>

        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading" className="mb-3 text-lg font-semibold text-slate-900">
            Versions
          </h2>
          {versions.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
              No saved versions yet. Each save that changes the text keeps a version here, so you can go back to one.
            </p>
          ) : (
            <ol className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
              {versions.map((version, index) => {
                const m = measurePitch(version.body);
                const isCurrent = index === 0;
                return (
                  <li key={version.version} className="px-4 py-4">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div>
                        <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                          Version {version.version}
                          {isCurrent ? <Badge tone="brand">Current</Badge> : null}
                        </h3>
                        <p className="text-sm text-slate-600">
                          Saved {version.savedAt} · {wordsLabel(m.words)}, about {formatSpeakingTime(m)}
                        </p>
                      </div>
                      {isCurrent ? null : (
                        <Button
                          variant="secondary"
                          size="sm"
                          disabled={restoring}
                          onClick={() => (dirty ? setConfirmVersion(version) : restore(version))}
                          aria-label={`Restore version ${version.version}`}
                        >
                          Restore
                        </Button>
                      )}
                    </div>
                    <p className="mt-2 text-sm break-words whitespace-pre-line text-slate-800">{version.body}</p>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      </div>

      <aside aria-labelledby="pitch-guide-heading" className="lg:order-last">
        <Card className="p-4 sm:p-5 lg:sticky lg:top-20">
          <h2 id="pitch-guide-heading" className="font-semibold text-slate-900">
            What 30 seconds holds
          </h2>
          <ol className="mt-3 space-y-3 text-sm text-slate-700">
            <li>
              <p className="font-medium text-slate-900">1. Who you are</p>
              <p>Your name, year, major and school, and the shared connection if there is one.</p>
            </li>
            <li>
              <p className="font-medium text-slate-900">2. What you want</p>
              <p>The field or role you are exploring and what you hope to learn from them. Advice, never a job.</p>
            </li>
            <li>
              <p className="font-medium text-slate-900">3. What you bring</p>
              <p>One concrete thing you have done (a result, a project, a skill) that shows why you are a good bet.</p>
            </li>
          </ol>
          <p className="mt-4 text-sm text-slate-600">
            People speak about 130–150 words a minute, so 30 seconds is roughly 65–75 words. Read it aloud with a timer before the meeting.
          </p>
        </Card>
      </aside>

      <Dialog
        open={confirmVersion !== null}
        onClose={() => setConfirmVersion(null)}
        title={`Restore version ${confirmVersion?.version ?? ""}?`}
        description="Your unsaved changes in the editor will be replaced."
      >
        <p className="text-sm text-slate-700">The restored text becomes your newest version; every earlier version stays in the history.</p>
        <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={() => setConfirmVersion(null)}>
            Keep editing
          </Button>
          <Button onClick={() => confirmVersion && restore(confirmVersion)}>Restore version {confirmVersion?.version}</Button>
        </div>
      </Dialog>
    </div>
  );
}
