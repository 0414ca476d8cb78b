"use server";
// The 30-second pitch: save a new version, or bring back an earlier one as the newest.
import { revalidatePath } from "next/cache";
import { now } from "../clock";
import { NotFoundError } from "../data/errors";
import { restorePitchVersion, savePitch } from "../data/pitch";
import { formValues, invalid, type FormState } from "../validation/form-state";
import { restorePitchSchema, savePitchSchema } from "../validation/pitch";

function revalidate() {
  revalidatePath("/pitch");
}

export async function savePitchAction(_prev: FormState, form: FormData): Promise<FormState> {
  const parsed = savePitchSchema.safeParse({ body: form.get("body") ?? "" });
  if (!parsed.success) return invalid(parsed.error, form);
  const result = await savePitch(parsed.data.body, now());
  revalidate();
  return {
    status: "saved",
    message: result.created ? `Saved as version ${result.version}.` : `No changes since version ${result.version}: nothing new to save.`,
    version: result.version,
    values: formValues(form),
  };
}

export async function restorePitchVersionAction(version: number): Promise<FormState> {
  const parsed = restorePitchSchema.safeParse({ version });
  if (!parsed.success) return { status: "error", message: "Choose a version to restore." };
  try {
    const result = await restorePitchVersion(parsed.data.version, now());
    revalidate();
    return {
      status: "saved",
      message: result.created
        ? `Restored version ${parsed.data.version} as version ${result.version}.`
        : `Version ${parsed.data.version}’s text is already your current pitch.`,
      version: result.version,
    };
  } catch (error) {
    if (error instanceof NotFoundError) return { status: "error", message: "That version no longer exists. Reload the page." };
    throw error;
  }
}
