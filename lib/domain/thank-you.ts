// What a thank-you draft says about the résumé. The interview's "Send résumé with the thank-you"
// flag is ticked only when the person asked for it (product.md: never pull out a résumé unasked),
// so the draft says it is attached, not offers it, and the page reminds the student to attach it:
// Rapport never sends mail, so it can't attach anything itself.

/** The paragraph the thank-you draft gets, before the sign-off, when they asked for the résumé. */
export const RESUME_ATTACHED_LINE = "As you suggested, I've attached my résumé.";

/** The line added to a thank-you draft: the résumé paragraph when they asked for it, else none. */
export function thankYouAppendix(sendResume: boolean): string | null {
  return sendResume ? RESUME_ATTACHED_LINE : null;
}

/** Said above the thank-you draft when they asked for the résumé. */
export const RESUME_NOTICE = "They asked for your résumé: attach it to the message before you send it. The draft says it is attached.";
