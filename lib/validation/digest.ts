// The email digest preference: off, daily, or weekly (Mondays).
import { z } from "zod";
import { DIGEST_FREQUENCIES } from "../domain/digest";

export const digestPreferenceSchema = z.object({
  digestFrequency: z.enum(DIGEST_FREQUENCIES, "Choose off, daily or weekly."),
});

export type DigestPreferenceInput = z.infer<typeof digestPreferenceSchema>;
