"use client";
// A template card's buttons: own templates are edited or deleted (with undo in the page notice);
// built-ins are read-only and "Customize" makes an own copy to edit.
import Link from "next/link";
import { useTransition } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import { deleteTemplateAction, duplicateTemplateAction } from "@/lib/actions/templates";
import { DIDNT_WORK } from "@/components/ui/undo-notice";
import { useTemplateNotice } from "./template-notices";

export function TemplateCardActions({ templateId, name, isOwn }: { templateId: string; name: string; isOwn: boolean }) {
  const notify = useTemplateNotice();
  const [pending, startTransition] = useTransition();

  function remove() {
    startTransition(async () => {
      const result = await deleteTemplateAction(templateId);
      notify(
        result.status === "saved"
          ? { tone: "success", text: result.message ?? `Deleted “${name}”.`, undo: result.values }
          : { tone: "danger", text: result.message ?? DIDNT_WORK },
      );
    });
  }

  function customize() {
    startTransition(async () => {
      // Opens the copy's edit page on success.
      const result = await duplicateTemplateAction(templateId);
      if (result?.status === "error") notify({ tone: "danger", text: result.message ?? DIDNT_WORK });
    });
  }

  if (!isOwn) {
    return (
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" pending={pending} onClick={customize}>
          <Icon name="edit" className="size-4" />
          Customize<span className="sr-only"> {name}</span>
        </Button>
        <span className="text-xs text-slate-600">Built in: read-only. Customize makes your own copy.</span>
      </div>
    );
  }
  return (
    <div className="mt-4 flex flex-wrap gap-2">
      <Link href={`/templates/${templateId}/edit`} className={buttonClasses("secondary", "sm")}>
        <Icon name="edit" className="size-4" />
        Edit<span className="sr-only"> {name}</span>
      </Link>
      <Button variant="ghost" size="sm" pending={pending} className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={remove}>
        <Icon name="trash" className="size-4" />
        Delete<span className="sr-only"> {name}</span>
      </Button>
    </div>
  );
}
