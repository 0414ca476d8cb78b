// The import forms' inputs: the duplicate choice and a CSV's column mapping.
import { z } from "zod";
import { IMPORT_FIELDS, type ColumnMapping } from "../domain/import/fields";

export const DUPLICATE_CHOICES = ["SKIP", "UPDATE_EMPTY", "IMPORT_ANYWAY"] as const;

export const DUPLICATE_CHOICE_LABELS: Record<(typeof DUPLICATE_CHOICES)[number], { label: string; hint: string }> = {
  SKIP: { label: "Skip them", hint: "Keep your contacts as they are; duplicates are listed in the report." },
  UPDATE_EMPTY: { label: "Fill in empty fields", hint: "Add an email, title or LinkedIn URL your contact lacks; nothing you wrote is overwritten." },
  IMPORT_ANYWAY: { label: "Import them anyway", hint: "Create a second contact for each; you can merge by hand later." },
};

export const startImportSchema = z.object({
  duplicates: z.enum(DUPLICATE_CHOICES, "Choose what to do with people you already have."),
});

const fieldSchema = z.union([z.enum(IMPORT_FIELDS), z.literal("")]);

/** The mapping form sends `column-0`, `column-1`, … each a field name or "" (not imported). */
export function parseMappingForm(form: FormData, columnCount: number): { ok: true; mapping: ColumnMapping } | { ok: false; message: string } {
  if (!Number.isInteger(columnCount) || columnCount < 1 || columnCount > 200) return { ok: false, message: "Reload the page and try again." };
  const mapping: ColumnMapping = [];
  for (let i = 0; i < columnCount; i++) {
    const parsed = fieldSchema.safeParse(form.get(`column-${i}`) ?? "");
    if (!parsed.success) return { ok: false, message: "Choose a field for each column, or “Don’t import”." };
    mapping.push(parsed.data === "" ? null : parsed.data);
  }
  if (!mapping.some((f) => f === "name" || f === "firstName" || f === "lastName")) {
    return { ok: false, message: "Choose the column with each person’s name (full name, or first and last name)." };
  }
  return { ok: true, mapping };
}
