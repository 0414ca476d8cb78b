import { z } from "zod";
import { CADENCE_CHOICES } from "../domain/keep-in-touch";

const cadenceMonths = CADENCE_CHOICES.map((c) => c.months) as number[];

export const setCadenceSchema = z.object({
  contactId: z.string().min(1).max(40),
  // "" clears the cadence (the contact then stops getting keep-in-touch reminders).
  keepInTouchMonths: z.union([
    z.literal("").transform(() => null),
    z.coerce
      .number("Choose how often to keep in touch.")
      .int()
      .refine((months) => cadenceMonths.includes(months), "Choose monthly to yearly: at least once a year."),
  ]),
});
