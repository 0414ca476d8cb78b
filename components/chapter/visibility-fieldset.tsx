// Per-field visibility: each restrictable field can be kept to officers. Fields not ticked are
// shown to every member; the name always is.
import { CheckboxField } from "@/components/ui/checkbox-field";
import { RESTRICTABLE_FIELD_LABELS, RESTRICTABLE_FIELDS, type RestrictableField } from "@/lib/domain/chapters";

export function VisibilityFieldset({ checked, error }: { checked: readonly string[]; error?: string }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-900">Officers only</legend>
      <p className="text-sm text-slate-600">
        Ticked fields are never shown to members; the name always is. With email, phone and LinkedIn all ticked, members can still claim, and are told to ask an officer for an
        introduction.
      </p>
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {RESTRICTABLE_FIELDS.map((field: RestrictableField) => (
          <CheckboxField key={field} name="officerOnly" value={field} label={RESTRICTABLE_FIELD_LABELS[field]} defaultChecked={checked.includes(field)} />
        ))}
      </div>
    </fieldset>
  );
}
