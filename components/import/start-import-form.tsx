"use client";
// The duplicate choice and the Import button.
import { useFormAction } from "@/components/ui/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { startImportAction } from "@/lib/actions/imports";
import { initialFormState } from "@/lib/validation/form-state";
import { DUPLICATE_CHOICE_LABELS, DUPLICATE_CHOICES } from "@/lib/validation/imports";

export function StartImportForm({ importId, importable, duplicates, alreadyImported }: { importId: string; importable: number; duplicates: number; alreadyImported: boolean }) {
  const [state, action, pending] = useFormAction(startImportAction.bind(null, importId), initialFormState);
  const error = state.fieldErrors?.duplicates ?? state.fieldErrors?.form;
  const chosen = state.values?.duplicates ?? "SKIP";
  return (
    <form action={action}>
      <fieldset aria-describedby={error ? "duplicates-error" : undefined}>
        <legend className="text-base font-semibold text-slate-900">
          {duplicates === 1 ? "1 person is already in your contacts or listed twice" : `${duplicates.toLocaleString("en-US")} people are already in your contacts or listed twice`}
        </legend>
        <div className="mt-3 space-y-2">
          {DUPLICATE_CHOICES.map((choice) => {
            const disabled = choice === "IMPORT_ANYWAY" && alreadyImported;
            return (
              <label key={choice} className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="radio" name="duplicates" value={choice} defaultChecked={chosen === choice} disabled={disabled} className="mt-1 size-4" />
                <span>
                  <span className="block text-sm font-semibold text-slate-900">{DUPLICATE_CHOICE_LABELS[choice].label}</span>
                  <span className="block text-sm text-slate-600">{disabled
                      ? "Not for a file you imported before."
                      : choice === "IMPORT_ANYWAY"
                        ? `${DUPLICATE_CHOICE_LABELS[choice].hint} Someone this file lists twice (same email or LinkedIn) is still imported once.`
                        : DUPLICATE_CHOICE_LABELS[choice].hint}</span>
                </span>
              </label>
            );
          })}
        </div>
        {error ? (
          <p id="duplicates-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </fieldset>
      {state.status === "error" ? (
        <Alert live tone="danger" className="mt-3">
          {state.message}
        </Alert>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} disabled={importable === 0 && duplicates === 0}>
          Import
        </Button>
        <span className="text-sm text-slate-600">Nothing is imported until you press Import.</span>
      </div>
    </form>
  );
}
