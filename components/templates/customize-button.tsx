"use client";
// "Customize" outside the templates list: an own copy of a built-in, opened for editing.
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { duplicateTemplateAction } from "@/lib/actions/templates";

export function CustomizeButton({ templateId }: { templateId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await duplicateTemplateAction(templateId);
            if (result?.status === "error") setError(result.message ?? "That didn’t work. Reload the page and try again.");
          })
        }
      >
        Customize
      </Button>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
