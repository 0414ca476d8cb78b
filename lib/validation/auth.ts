import { z } from "zod";
import { passwordWeakness } from "../domain/password";

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter your email.")
  .max(254, "That email is too long.")
  .email("Enter an email like name@example.edu.")
  .transform((value) => value.toLowerCase());

// Sign-up's refusal for a taken email; the form recognises it to offer a link to sign in.
export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists.";

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
    email: emailSchema,
    password: z.string(),
  })
  .superRefine((value, ctx) => {
    const weakness = passwordWeakness(value.password, value.email);
    if (weakness) ctx.addIssue({ code: "custom", path: ["password"], message: weakness });
  });

export type SignUpInput = z.infer<typeof signUpSchema>;
