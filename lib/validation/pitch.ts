import { z } from "zod";
import { PITCH_MAX_CHARACTERS } from "../domain/pitch";

/** Line endings as one kind and no trailing spaces, so the same pitch typed twice is one version. */
function normalise(body: string): string {
  return body.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
}

export const savePitchSchema = z.object({
  body: z
    .string("Write your pitch before saving.")
    .transform(normalise)
    .pipe(
      z
        .string()
        .min(1, "Write your pitch before saving.")
        .max(PITCH_MAX_CHARACTERS, `Keep the pitch under ${PITCH_MAX_CHARACTERS.toLocaleString("en-US")} characters; 30 seconds is about 70 words.`),
    ),
});

export type SavePitchInput = z.infer<typeof savePitchSchema>;

export const restorePitchSchema = z.object({
  version: z.coerce.number("Choose a version to restore.").int("Choose a version to restore.").min(1, "Choose a version to restore.").max(1_000_000),
});
