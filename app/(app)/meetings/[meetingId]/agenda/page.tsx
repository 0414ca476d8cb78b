import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgendaEditor } from "@/components/agenda/agenda-editor";
import { BankPicker } from "@/components/agenda/bank-picker";
import { CustomQuestionForm } from "@/components/agenda/custom-question-form";
import { PrintButton } from "@/components/agenda/print-button";
import { AgendaPrintStyles } from "@/components/agenda/print-styles";
import { ResearchNotesForm } from "@/components/agenda/research-notes-form";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { getMeetingAgenda, type MeetingAgenda } from "@/lib/data/agenda";
import { NotFoundError } from "@/lib/data/errors";
import { getCurrentPitch } from "@/lib/data/pitch";
import { listQuestions } from "@/lib/data/questions";
import { requireViewer } from "@/lib/data/viewer";
import { formatLongDay, formatTime, MEETING_MODE_LABELS, MEETING_STATUS_LABELS } from "@/lib/domain/format";
import { formatSpeakingTime, measurePitch } from "@/lib/domain/pitch";

type Params = Promise<{ meetingId: string }>;

async function load(meetingId: string): Promise<MeetingAgenda> {
  try {
    return await getMeetingAgenda(meetingId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

function who(meeting: MeetingAgenda): string {
  return meeting.contact?.name ?? meeting.title;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { meetingId } = await params;
  try {
    return { title: `Agenda: ${who(await getMeetingAgenda(meetingId))}` };
  } catch (error) {
    if (error instanceof NotFoundError) return { title: "Meeting not found" };
    throw error;
  }
}

export default async function AgendaPage({ params }: { params: Params }) {
  const { meetingId } = await params;
  const [viewer, meeting, bank, pitch] = await Promise.all([requireViewer(), load(meetingId), listQuestions(), getCurrentPitch()]);
  const timeZone = viewer.timeZone;
  const name = who(meeting);
  const pitchMeasure = pitch ? measurePitch(pitch.body) : null;

  return (
    <div data-print-agenda="">
      <AgendaPrintStyles />
      <nav aria-label="Breadcrumb" className="mb-4 print:hidden">
        <Link
          href={meeting.contact ? `/contacts/${meeting.contact.id}` : "/today"}
          className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
        >
          <Icon name="arrow-left" className="size-4" />
          {meeting.contact ? meeting.contact.name : "Today"}
        </Link>
      </nav>

      <header className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere] text-slate-900 sm:text-3xl">Agenda: {name}</h1>
          {meeting.contact?.title || meeting.contact?.employer ? (
            <p className="mt-1 text-base text-slate-700">
              {meeting.contact.title}
              {meeting.contact.title && meeting.contact.employer ? " at " : null}
              {meeting.contact.employer ? <span className="font-medium">{meeting.contact.employer}</span> : null}
            </p>
          ) : null}
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
            <span className="inline-flex items-center gap-1.5">
              <Icon name="calendar" className="size-4 text-slate-500" />
              <time dateTime={meeting.startsAt.toISOString()}>
                {formatLongDay(meeting.startsAt, timeZone)}, {formatTime(meeting.startsAt, timeZone)}
              </time>
            </span>
            <span className="inline-flex items-center gap-1.5">
              <Icon name="clock" className="size-4 text-slate-500" />
              {meeting.durationMinutes} min
            </span>
            <span>{MEETING_MODE_LABELS[meeting.mode]}</span>
            {meeting.status !== "SCHEDULED" ? <Badge tone={meeting.status === "DONE" ? "success" : "warning"}>{MEETING_STATUS_LABELS[meeting.status]}</Badge> : null}
          </p>
          {meeting.location ? <p className="mt-1 text-sm [overflow-wrap:anywhere] text-slate-600">{meeting.location}</p> : null}
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Link href={`/meetings/${meeting.id}/interview`} className={buttonClasses("primary")}>
            Interview mode
          </Link>
          <PrintButton />
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)] lg:items-start print:block">
        <div className="space-y-6">
          <section aria-labelledby="agenda-heading">
            <Card className="p-4 sm:p-5 print:border-0 print:p-0 print:shadow-none">
              <h2 id="agenda-heading" className="mb-3 text-lg font-semibold text-slate-900">
                Questions
              </h2>
              <AgendaEditor meetingId={meeting.id} durationMinutes={meeting.durationMinutes} items={meeting.items} />
            </Card>
          </section>

          <section aria-labelledby="bank-heading" className="print:hidden">
            <Card className="p-4 sm:p-5">
              <h2 id="bank-heading" className="text-lg font-semibold text-slate-900">
                Add from the question bank
              </h2>
              <p className="mt-0.5 mb-4 text-sm text-slate-600">
                In TIARA order. New questions go before the referral question, which stays last.{" "}
                <Link href="/questions" className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  Edit your bank
                </Link>
              </p>
              {bank.length === 0 ? (
                <p className="text-sm text-slate-600">Your question bank is empty. Write your own question below.</p>
              ) : (
                <BankPicker meetingId={meeting.id} questions={bank} onAgenda={meeting.items.flatMap((item) => (item.questionId ? [item.questionId] : []))} />
              )}
            </Card>
          </section>

          <section aria-labelledby="custom-heading" className="print:hidden">
            <Card className="p-4 sm:p-5">
              <h2 id="custom-heading" className="mb-3 text-lg font-semibold text-slate-900">
                Add your own question
              </h2>
              <CustomQuestionForm meetingId={meeting.id} />
            </Card>
          </section>
        </div>

        <div className="space-y-6 print:mt-6">
          <section aria-labelledby="pitch-heading">
            <Card className="p-4 sm:p-5 print:border-0 print:p-0 print:shadow-none">
              <div className="flex items-baseline justify-between gap-3">
                <h2 id="pitch-heading" className="text-lg font-semibold text-slate-900">
                  Your pitch
                </h2>
                <Link href="/pitch" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline-offset-2 hover:underline print:hidden">
                  {pitch ? "Edit pitch" : "Write your pitch"}
                </Link>
              </div>
              {pitch && pitchMeasure ? (
                <>
                  <p className="mt-2 text-sm whitespace-pre-wrap text-slate-900">{pitch.body}</p>
                  <p className="mt-2 text-sm text-slate-600">
                    {pitchMeasure.words} words · about {formatSpeakingTime(pitchMeasure)} · version {pitch.version}
                  </p>
                </>
              ) : (
                <p className="mt-2 text-sm text-slate-600">
                  No pitch yet. Open with 30 seconds on who you are, what you want to learn and what you bring.
                </p>
              )}
            </Card>
          </section>

          <section aria-labelledby="research-heading">
            <Card className="p-4 sm:p-5 print:border-0 print:p-0 print:shadow-none">
              <h2 id="research-heading" className="mb-3 text-lg font-semibold text-slate-900">
                Research notes
              </h2>
              <ResearchNotesForm
                meetingId={meeting.id}
                notes={meeting.researchNotes}
                who={meeting.contact?.employer ? `${name} and ${meeting.contact.employer}` : name}
              />
            </Card>
          </section>
        </div>
      </div>
    </div>
  );
}
