"use client";
// Which column is which, for a CSV: one select per column, prefilled with the automatic guess.
import { useFormAction } from "@/components/ui/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveImportMappingAction } from "@/lib/actions/imports";
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping } from "@/lib/domain/import/fields";
import { initialFormState } from "@/lib/validation/form-state";

export function MappingForm({ importId, columns, mapping }: { importId: string; columns: string[]; mapping: ColumnMapping }) {
  const [state, action, pending] = useFormAction(saveImportMappingAction.bind(null, importId), initialFormState);
  const error = state.fieldErrors?.mapping;
  return (
    <form action={action} aria-describedby={error ? "mapping-error" : undefined}>
      <input type="hidden" name="columnCount" value={columns.length} />
      <ul className="grid gap-3 sm:grid-cols-2">
        {columns.map((column, i) => (
          <li key={`${column}-${i}`}>
            <label htmlFor={`column-${i}`} className="block text-sm font-medium text-slate-900">
              Column “{column || `#${i + 1}`}”
            </label>
            <select
              id={`column-${i}`}
              name={`column-${i}`}
              defaultValue={state.values?.[`column-${i}`] ?? mapping[i] ?? ""}
              aria-invalid={error ? true : undefined}
              className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm sm:text-sm"
            >
              <option value="">Don’t import</option>
              {IMPORT_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {IMPORT_FIELD_LABELS[field]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      {error ? (
        <p id="mapping-error" role="alert" className="mt-3 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      {state.status === "saved" || state.status === "error" ? (
        <Alert live tone={state.status === "saved" ? "success" : "danger"} className="mt-3">
          {state.message}
        </Alert>
      ) : null}
      <div className="mt-4">
        <Button type="submit" variant="secondary" pending={pending}>
          Apply mapping
        </Button>
      </div>
    </form>
  );
}
