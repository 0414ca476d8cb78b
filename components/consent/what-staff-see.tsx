// What a cohort's career-centre staff see at each sharing level, illustrated with the student's own
// numbers today, so choosing a level is choosing something concrete. Server-rendered.
import type { SharingPreview } from "@/lib/data/cohort-membership";
import { formatDate } from "@/lib/domain/format";
import { STAGE_LABELS, STAGES } from "@/lib/domain/stages";
import type { ConsentLevel } from "@/lib/generated/prisma/enums";

export const CONSENT_CHOICES: { value: ConsentLevel; label: string; summary: string }[] = [
  { value: "NONE", label: "Nothing", summary: "Staff see that you are enrolled, and nothing else." },
  { value: "PROGRESS", label: "My progress", summary: "Counts and dates: how your networking is going, not with whom." },
  { value: "CONTACTS", label: "My progress and who my contacts are", summary: "Progress, plus the name and employer of each contact." },
];

const SHOWN_CONTACTS = 5;

export function WhatStaffSee({ level, preview, timeZone }: { level: ConsentLevel; preview: SharingPreview; timeZone: string }) {
  const stageCounts = STAGES.map((stage) => `${STAGE_LABELS[stage]} ${preview.byStage[stage]}`).join(" · ");
  const shown = preview.contacts.slice(0, SHOWN_CONTACTS);
  const more = preview.contacts.length - shown.length;
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <ul className="list-disc space-y-1 pl-5">
        <li>Your name, and that you are enrolled in this cohort.</li>
        {level === "NONE" ? <li>Nothing about your contacts or your progress.</li> : null}
        {level !== "NONE" ? (
          <>
            <li>
              How many contacts you have in each stage. Today: <span className="text-slate-900">{stageCounts}</span>.
            </li>
            <li>How many outreach messages, meetings and thank-yous you have logged, and their dates (not what they said).</li>
            <li>
              When you last changed anything:{" "}
              <span className="text-slate-900">{preview.lastActivityAt ? formatDate(preview.lastActivityAt, timeZone) : "no contacts yet"}</span>.
            </li>
          </>
        ) : null}
        {level === "CONTACTS" ? (
          <li>
            The name and employer of each contact
            {shown.length > 0 ? (
              <>
                {", today: "}
                <span className="text-slate-900">
                  {shown.map((c) => (c.employer ? `${c.name} (${c.employer})` : c.name)).join(", ")}
                  {more > 0 ? ` and ${more} more` : ""}
                </span>
              </>
            ) : (
              " (you have none yet)"
            )}
            .
          </li>
        ) : null}
      </ul>
      <p className="font-medium text-slate-900">Never shown: your notes, meeting agendas and answers, or the text of your messages.</p>
    </div>
  );
}
