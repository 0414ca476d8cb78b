import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportProgressBar } from "@/components/import/import-progress";
import { MappingForm } from "@/components/import/mapping-form";
import { StartImportForm } from "@/components/import/start-import-form";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { NotFoundError } from "@/lib/data/errors";
import { getImportPreview, getImportProgress, type ClassifiedRow, type ImportPreview, type ImportProgress } from "@/lib/data/imports";
import { formatDate } from "@/lib/domain/format";
import { IMPORT_TAG } from "@/lib/domain/import/draft";
import { importOutcome } from "@/lib/domain/import/outcome";
import { requireViewer } from "@/lib/data/viewer";

export const metadata: Metadata = { title: "Import contacts" };

const n = (value: number) => value.toLocaleString("en-US");
const REPORT_SHOWN = 200;

async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

function Breadcrumb() {
  return (
    <nav aria-label="Breadcrumb" className="mb-4">
      <Link href="/contacts" className="-ml-2 inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
        <Icon name="arrow-left" className="size-4" />
        Contacts
      </Link>
    </nav>
  );
}

const STATUS: Record<ClassifiedRow["status"], { label: string; tone: BadgeTone }> = {
  new: { label: "New", tone: "success" },
  duplicate: { label: "Duplicate", tone: "warning" },
  invalid: { label: "Skipped", tone: "danger" },
};

function SampleRow({ row, vcard }: { row: ClassifiedRow; vcard: boolean }) {
  const where = `${vcard ? "Card" : "Row"} ${row.row}`;
  if (row.status === "invalid") {
    return (
      <li className="flex flex-wrap items-start justify-between gap-2 py-3">
        <div className="min-w-0">
          <p className="text-sm font-medium text-slate-900">
            {where}: {row.name || "(no name)"}
          </p>
          <p className="text-sm text-red-700">{row.reason}</p>
        </div>
        <Badge tone={STATUS.invalid.tone}>{STATUS.invalid.label}</Badge>
      </li>
    );
  }
  const { draft } = row;
  return (
    <li className="flex flex-wrap items-start justify-between gap-2 py-3">
      <div className="min-w-0">
        <p className="break-words text-sm font-medium text-slate-900">
          <span className="text-slate-500">{where}:</span> {draft.name}
        </p>
        <p className="break-words text-sm text-slate-600">{[draft.title, draft.employer].filter(Boolean).join(" · ") || "No title or employer"}</p>
        <p className="break-all text-sm text-slate-600">{[draft.email, draft.linkedinUrl].filter(Boolean).join(" · ") || "No email or LinkedIn URL"}</p>
      </div>
      <Badge tone={STATUS[row.status].tone}>{STATUS[row.status].label}</Badge>
    </li>
  );
}

function Preview({ preview, timeZone }: { preview: ImportPreview; timeZone: string }) {
  const { counts } = preview;
  const vcard = preview.format === "vcard";
  return (
    <>
      <PageHeader title="Review the import" description={<>{preview.fileName} · {preview.formatLabel}</>} />
      {preview.alreadyImportedAt ? (
        <Alert tone="info" className="mb-4">
          You imported this same file on {formatDate(preview.alreadyImportedAt, timeZone)}. The people in it are counted as duplicates, so nobody is imported twice.
        </Alert>
      ) : null}
      <Card className="p-4 sm:p-6">
        <h2 className="text-base font-semibold text-slate-900">What will happen</h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Rows", counts.total],
            ["New contacts", counts.new],
            ["Duplicates", counts.duplicate],
            ["Skipped (invalid)", counts.invalid],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg bg-slate-50 p-3">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="text-xl font-semibold text-slate-900">{n(Number(value))}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {preview.columns.length ? (
        <Card className="mt-6 p-4 sm:p-6">
          <details open={preview.format === "csv" || counts.new + counts.duplicate === 0}>
            <summary className="min-h-11 cursor-pointer py-2 text-base font-semibold text-slate-900">Columns ({preview.columns.length})</summary>
            <p className="mb-3 text-sm text-slate-600">Choose which contact field each column fills. The preview and counts follow your choice.</p>
            <MappingForm importId={preview.id} columns={preview.columns} mapping={preview.mapping} />
          </details>
        </Card>
      ) : null}
      <Card className="mt-6 p-4 sm:p-6">
        <h2 className="text-base font-semibold text-slate-900">The first {preview.sample.length === 1 ? "row" : `${preview.sample.length} rows`}, as they will be imported</h2>
        <ul className="mt-2 divide-y divide-slate-100">
          {preview.sample.map((row) => (
            <SampleRow key={row.row} row={row} vcard={vcard} />
          ))}
        </ul>
      </Card>
      <Card className="mt-6 p-4 sm:p-6">
        <StartImportForm importId={preview.id} importable={counts.new} duplicates={counts.duplicate} alreadyImported={Boolean(preview.alreadyImportedAt)} />
      </Card>
    </>
  );
}

function Result({ progress }: { progress: ImportProgress }) {
  const running = progress.status === "QUEUED" || progress.status === "RUNNING";
  const outcome = progress.status === "DONE" ? importOutcome(progress) : null;
  return (
    <>
      <PageHeader title={running ? "Importing…" : outcome ? outcome.title : "The import stopped"} description={progress.fileName} />
      <Card className="p-4 sm:p-6">
        {/* A failed import read some rows but kept none of them: no bar. */}
        {progress.status !== "FAILED" ? (
          <ImportProgressBar processed={progress.status === "DONE" ? progress.totalRows : progress.processed} total={progress.totalRows} running={running} />
        ) : null}
        {running ? <p className="mt-3 text-sm text-slate-600">You can leave this page: the import carries on, and your contacts appear when it finishes.</p> : null}
        {progress.status === "FAILED" ? (
          <Alert tone="danger" live>
            {progress.error ?? "The import stopped, so nothing was imported."}{" "}
            <Link href="/contacts/import" className="font-semibold underline">
              Upload the file again
            </Link>
          </Alert>
        ) : null}
        {outcome ? (
          <div className="mt-4">
            <Alert tone={outcome.tone} live>
              {outcome.summary}
            </Alert>
            <div className="mt-4 flex flex-wrap gap-3">
              {outcome.contactsLink ? (
                <Link href={`/contacts?tag=${IMPORT_TAG}&sort=updated`} className={buttonClasses("primary")}>
                  {outcome.contactsLink}
                </Link>
              ) : null}
              <Link href="/contacts/import" className={buttonClasses(outcome.contactsLink ? "secondary" : "primary")}>
                Import another file
              </Link>
              {outcome.contactsLink ? null : (
                <Link href="/contacts" className={buttonClasses("secondary")}>
                  Go to your contacts
                </Link>
              )}
            </div>
          </div>
        ) : null}
      </Card>
      {progress.status === "DONE" && progress.report.length ? (
        <Card className="mt-6 p-4 sm:p-6">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-base font-semibold text-slate-900">Skipped rows ({n(progress.report.length)})</h2>
            <a href={`/contacts/import/${progress.id}/skipped-rows`} className={buttonClasses("secondary", "sm")} download>
              Download the report (CSV)
            </a>
          </div>
          <ul className="mt-2 divide-y divide-slate-100">
            {progress.report.slice(0, REPORT_SHOWN).map((row) => (
              <li key={row.row} className="py-2 text-sm">
                <span className="font-medium text-slate-900">
                  {progress.format === "vcard" ? "Card" : "Row"} {row.row}
                  {row.name ? `: ${row.name}` : ""}
                </span>{" "}
                <span className="text-slate-600">— {row.reason}</span>
              </li>
            ))}
          </ul>
          {progress.report.length > REPORT_SHOWN ? <p className="mt-2 text-sm text-slate-600">The download lists all {n(progress.report.length)}.</p> : null}
        </Card>
      ) : null}
    </>
  );
}

export default async function ImportPage({ params }: { params: Promise<{ importId: string }> }) {
  const viewer = await requireViewer();
  const { importId } = await params;
  const progress = await orNotFound(getImportProgress(importId));
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb />
      {progress.status === "PREVIEW" ? <Preview preview={await orNotFound(getImportPreview(importId))} timeZone={viewer.timeZone} /> : <Result progress={progress} />}
    </div>
  );
}
