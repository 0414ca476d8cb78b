import type { ConsentLevel } from "../generated/prisma/enums";

// What each level shares, as the object of "You share …"; nothing at NONE.
const SHARED: Record<ConsentLevel, string | null> = {
  NONE: null,
  PROGRESS: "your progress",
  CONTACTS: "your progress and contacts",
};

// A full sentence for "what am I sharing with this cohort". CONSENT_LABELS are badge labels ("Shares progress"), which
// read wrongly after "You share:" ("You share: shares progress."), so confirmations use these instead.
export function consentSentence(consent: ConsentLevel): string {
  const shared = SHARED[consent];
  return shared ? `You share ${shared}.` : "You don't share anything with its staff.";
}

/** The confirmation after a student changes a cohort's level: what its staff now see, in a sentence. */
export function consentSavedMessage(consent: ConsentLevel, cohortName: string): string {
  const shared = SHARED[consent];
  return `Saved. You now share ${shared ?? "nothing"} with the staff of ${cohortName}.`;
}
