import { z } from "zod";
import { CADENCE_MESSAGE, isCadenceChoice, KEEP_IN_TOUCH_DECLINED } from "../domain/keep-in-touch";
const contactId = z.string("Choose a contact.").min(1, "Choose a contact.").max(40, "Choose a contact.");

export const setCadenceSchema = z.object({
  contactId,
  // "" is "Never": the student declines to keep in touch (no reminders, no more prompting).
  keepInTouchMonths: z.union([
    z.literal("").transform(() => KEEP_IN_TOUCH_DECLINED),
    z.coerce
      .number("Choose how often to keep in touch.")
      .refine(isCadenceChoice, CADENCE_MESSAGE),
  ]),
});

/** "Don't keep in touch" on the cadence prompt. */
export const declineCadenceSchema = z.object({ contactId });
