// The 30-second pitch, measured: words, how long it takes to say, and whether that is about 30
// seconds. Pure: the pitch editor runs it on every keystroke, the server on every save.
//
// People speak an introduction at roughly 130–150 words a minute, so the estimate is a range, not
// one number: the fast end divides by 150, the slow end by 130.

export const WORDS_PER_MINUTE = { fast: 150, slow: 130 } as const;
export const TARGET_SECONDS = 30;
/** How far either side of 30 seconds still counts as about right. */
export const TOLERANCE_SECONDS = 5;
/** The longest pitch the editor accepts (characters): a page, far beyond any 30-second pitch. */
export const PITCH_MAX_CHARACTERS = 3000;

export type PitchVerdict = "empty" | "too-short" | "about-right" | "too-long";

export interface PitchMeasure {
  words: number;
  /** Spoken quickly (150 words a minute). */
  minSeconds: number;
  /** Spoken slowly (130 words a minute). */
  maxSeconds: number;
  verdict: PitchVerdict;
  /** One line that says what to do next. */
  message: string;
}

/**
 * Words as a listener hears them: runs of text between spaces that hold at least one letter or
 * digit. "state-of-the-art" is one word, "—" and "&" on their own are none, "2026" is one.
 */
export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

/** Seconds to say `words` words, fastest and slowest, rounded to whole seconds. */
export function speakingTime(words: number): { minSeconds: number; maxSeconds: number } {
  const count = Math.max(0, Math.floor(words));
  return {
    minSeconds: Math.round((count * 60) / WORDS_PER_MINUTE.fast),
    maxSeconds: Math.round((count * 60) / WORDS_PER_MINUTE.slow),
  };
}

/** "26–30 seconds", "1 second", "1 min 5 s–1 min 15 s". */
export function formatSpeakingTime({ minSeconds, maxSeconds }: { minSeconds: number; maxSeconds: number }): string {
  const part = (s: number) => (s < 60 ? String(s) : `${Math.floor(s / 60)} min ${s % 60} s`);
  if (maxSeconds < 60) {
    if (minSeconds === maxSeconds) return `${minSeconds} ${minSeconds === 1 ? "second" : "seconds"}`;
    return `${minSeconds}–${maxSeconds} seconds`;
  }
  if (minSeconds === maxSeconds) return part(minSeconds);
  return `${minSeconds < 60 ? `${minSeconds} s` : part(minSeconds)}–${part(maxSeconds)}`;
}

/**
 * Measures a pitch against 30 seconds. Too short: under 25 seconds even said slowly. Too long:
 * over 35 seconds even said quickly. Anything whose range reaches 25–35 seconds is about right
 * (54 to 88 words).
 */
export function measurePitch(text: string): PitchMeasure {
  const words = countWords(text);
  const time = speakingTime(words);
  const low = TARGET_SECONDS - TOLERANCE_SECONDS;
  const high = TARGET_SECONDS + TOLERANCE_SECONDS;
  // Words that fit 30 seconds at the middle pace (140 a minute): what to aim for.
  const aim = Math.round((TARGET_SECONDS * (WORDS_PER_MINUTE.fast + WORDS_PER_MINUTE.slow)) / 2 / 60);
  if (words === 0) {
    return { words, ...time, verdict: "empty", message: "Write a few sentences: who you are, what you want to learn, and what you bring." };
  }
  if (time.maxSeconds < low) {
    const more = aim - words;
    return {
      words,
      ...time,
      verdict: "too-short",
      message: `Too short: under ${low} seconds even said slowly. Add about ${more} ${more === 1 ? "word" : "words"}, such as one thing you have done that shows what you bring.`,
    };
  }
  if (time.minSeconds > high) {
    const fewer = words - aim;
    return {
      words,
      ...time,
      verdict: "too-long",
      message: `Too long: over ${high} seconds even said quickly. Cut about ${fewer} ${fewer === 1 ? "word" : "words"}; keep one example, not three.`,
    };
  }
  return { words, ...time, verdict: "about-right", message: "About right for 30 seconds. Read it aloud once with a timer to be sure." };
}
