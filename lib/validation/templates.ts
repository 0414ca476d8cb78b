// The template form: kind, name, subject (email kinds only) and body. Unknown placeholders are a
// field error on the field that has them; a LinkedIn note must fit LinkedIn's 300 characters.
import { z } from "zod";
import { LINKEDIN_NOTE_LIMIT, templateHasSubject, unknownPlaceholders } from "../domain/composer";
import { TEMPLATE_KINDS } from "../domain/format";

function placeholderMessage(unknown: string[]): string {
  return `Unknown placeholder${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")}: use one from the list.`;
}

export const templateSchema = z
  .object({
    kind: z.enum(TEMPLATE_KINDS, "Choose what kind of message this is."),
    name: z.string().trim().min(1, "Give the template a name.").max(80, "Keep the name under 80 characters."),
    subject: z.string().trim().max(200, "Keep the subject under 200 characters.").optional().default(""),
    body: z.string().trim().min(1, "Write the message.").max(5000, "Keep the message under 5,000 characters."),
  })
  .superRefine((value, ctx) => {
    if (templateHasSubject(value.kind)) {
      const unknown = unknownPlaceholders(value.subject);
      if (unknown.length) ctx.addIssue({ code: "custom", path: ["subject"], message: placeholderMessage(unknown) });
    }
    const unknown = unknownPlaceholders(value.body);
    if (unknown.length) ctx.addIssue({ code: "custom", path: ["body"], message: placeholderMessage(unknown) });
    else if (value.kind === "LINKEDIN_NOTE" && value.body.length > LINKEDIN_NOTE_LIMIT) {
      ctx.addIssue({ code: "custom", path: ["body"], message: `LinkedIn notes stop at ${LINKEDIN_NOTE_LIMIT} characters: this one has ${value.body.length}.` });
    }
  })
  .transform((value) => ({ ...value, subject: templateHasSubject(value.kind) && value.subject ? value.subject : null }));

export type TemplateInput = z.infer<typeof templateSchema>;

/** The form's fields as strings, for FormData and for echoing back. */
export function templateFormInput(form: FormData): Record<string, string> {
  const get = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value : "";
  };
  return { kind: get("kind"), name: get("name"), subject: get("subject"), body: get("body") };
}
