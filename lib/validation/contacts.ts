import { z } from "zod";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

export const HOW_FOUND = ["ALUMNI", "LINKEDIN", "ARTICLE_AUTHOR", "REFERRAL", "EVENT", "CHAPTER_LIST", "OTHER"] as const;

export const contactFieldsSchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(120, "Use at most 120 characters."),
  title: optionalText(120),
  employer: optionalText(120),
  industry: optionalText(80),
  location: optionalText(120),
  email: z
    .string()
    .trim()
    .max(254)
    .transform((v) => (v === "" ? null : v.toLowerCase()))
    .nullable()
    .optional()
    .refine((v) => v == null || z.email().safeParse(v).success, "Enter an email like name@example.com."),
  phone: optionalText(40).refine(
    (v) => v == null || /^\+?[0-9 ().\-]{7,}$/.test(v),
    "Enter a phone number with at least 7 digits, like +1 614 555 0100.",
  ),
  linkedinUrl: optionalText(300).refine(
    (v) => v == null || /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/in\/[^/\s]+\/?$/i.test(v),
    "Enter a LinkedIn profile URL like https://www.linkedin.com/in/name.",
  ),
  howFound: z.enum(HOW_FOUND).default("OTHER"),
  connection: optionalText(200),
  motivation: z.coerce.number().int().min(1, "Choose 1 to 5.").max(5, "Choose 1 to 5.").default(3),
  isAlumniOrAdvocate: z.coerce.boolean().default(false),
  openPostings: z.coerce.number().int().min(0, "Choose 0 to 3.").max(3, "Choose 0 to 3.").default(0),
  tags: z.array(z.string().trim().min(1).max(40)).max(20, "Use at most 20 tags.").default([]),
  doNotContact: z.coerce.boolean().default(false),
  notes: optionalText(5000),
});

export type ContactFields = z.infer<typeof contactFieldsSchema>;

export const CONTACT_FIELD_LABELS: Record<keyof ContactFields, string> = {
  name: "Name",
  title: "Title",
  employer: "Employer",
  industry: "Industry",
  location: "Location",
  email: "Email",
  phone: "Phone",
  linkedinUrl: "LinkedIn URL",
  howFound: "How found",
  connection: "Shared connection",
  motivation: "Motivation",
  isAlumniOrAdvocate: "Alumni or advocate",
  openPostings: "Open postings",
  tags: "Tags",
  doNotContact: "Do not contact",
  notes: "Notes",
};

/** Tags typed as "pr, agency ,  NYC" → ["pr", "agency", "nyc"], each once. */
export function parseTags(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return [...new Set(value.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

/** The contact form's FormData as the input of contactFieldsSchema (checkboxes absent = false). */
export function contactFormInput(form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(CONTACT_FIELD_LABELS)) {
    const value = form.get(key);
    if (value !== null) input[key] = value;
  }
  input.tags = parseTags(form.get("tags"));
  input.isAlumniOrAdvocate = form.get("isAlumniOrAdvocate") === "on";
  input.doNotContact = form.get("doNotContact") === "on";
  return input;
}
