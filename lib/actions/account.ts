"use server";
// Deleting one's account, behind a typed confirmation.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deleteAccount } from "../data/account";
import { FieldError } from "../data/errors";
import { formValues, type FormState } from "../validation/form-state";

export async function deleteAccountAction(_prev: FormState, form: FormData): Promise<FormState> {
  const confirmation = form.get("confirmation");
  if (typeof confirmation !== "string" || !confirmation.trim()) {
    return { status: "invalid", message: "Type your email address to confirm.", fieldErrors: { confirmation: "Type your email address to confirm." }, values: formValues(form) };
  }
  try {
    await deleteAccount(confirmation);
  } catch (error) {
    if (error instanceof FieldError) return { status: "invalid", message: error.userMessage, fieldErrors: { [error.field]: error.userMessage }, values: formValues(form) };
    throw error;
  }
  // The session rows are gone with the user; the browser's cookie goes too.
  const jar = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) jar.delete(name);
  redirect("/sign-in?deleted=1");
}
