import type { ConsentLevel } from "../generated/prisma/enums";

// A full sentence for "what am I sharing with this cohort". CONSENT_LABELS are badge labels ("Shares progress"), which
// read wrongly after "You share:" ("You share: shares progress."), so confirmations use these instead.
const CONSENT_SENTENCES: Record<ConsentLevel, string> = {
  NONE: "You don't share anything with its staff.",
  PROGRESS: "You share your progress.",
  CONTACTS: "You share your progress and contacts.",
};

export function consentSentence(consent: ConsentLevel): string {
  return CONSENT_SENTENCES[consent];
}
