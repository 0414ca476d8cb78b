import { describe, expect, it } from "vitest";
import { countWords, formatSpeakingTime, measurePitch, speakingTime } from "@/lib/domain/pitch";

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t ", 0],
    ["I'm Maya Chen.", 3],
    ["  spaced   out\nover\tlines  ", 4],
    ["a state-of-the-art lab", 3],
    ["PR — and journalism & more", 4],
    ["Class of 2026, GPA 3.8", 5],
    ["Zoë Müller, São Paulo", 4],
  ])("%j → %i", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe("speakingTime", () => {
  it.each([
    [0, 0, 0],
    [1, 0, 0],
    [65, 26, 30],
    [70, 28, 32],
    [75, 30, 35],
    [130, 52, 60],
    [150, 60, 69],
  ])("%i words → %i–%i seconds at 150–130 words a minute", (count, minSeconds, maxSeconds) => {
    expect(speakingTime(count)).toEqual({ minSeconds, maxSeconds });
  });

  it("never gives a range that runs backwards, and grows with the words", () => {
    let previous = speakingTime(0);
    for (let n = 0; n <= 400; n++) {
      const time = speakingTime(n);
      expect(time.minSeconds).toBeLessThanOrEqual(time.maxSeconds);
      expect(time.minSeconds).toBeGreaterThanOrEqual(previous.minSeconds);
      expect(time.maxSeconds).toBeGreaterThanOrEqual(previous.maxSeconds);
      previous = time;
    }
  });
});

describe("formatSpeakingTime", () => {
  it.each([
    [{ minSeconds: 0, maxSeconds: 0 }, "0 seconds"],
    [{ minSeconds: 1, maxSeconds: 1 }, "1 second"],
    [{ minSeconds: 28, maxSeconds: 32 }, "28–32 seconds"],
    [{ minSeconds: 56, maxSeconds: 65 }, "56 s–1 min 5 s"],
    [{ minSeconds: 72, maxSeconds: 83 }, "1 min 12 s–1 min 23 s"],
  ])("%o → %s", (time, expected) => {
    expect(formatSpeakingTime(time)).toBe(expected);
  });
});

describe("measurePitch against 30 seconds", () => {
  it("asks for something to measure when empty", () => {
    expect(measurePitch("  ")).toMatchObject({ words: 0, verdict: "empty" });
  });

  it.each([
    [10, "too-short"],
    [53, "too-short"],
    [54, "about-right"],
    [70, "about-right"],
    [88, "about-right"],
    [89, "too-long"],
    [200, "too-long"],
  ] as const)("%i words → %s", (count, verdict) => {
    expect(measurePitch(words(count)).verdict).toBe(verdict);
  });

  it("says how many words to add or cut towards about 70", () => {
    expect(measurePitch(words(40)).message).toMatch(/Add about 30 words/);
    expect(measurePitch(words(69)).message).toMatch(/^About right/);
    expect(measurePitch(words(100)).message).toMatch(/Cut about 30 words/);
    expect(measurePitch(words(71 + 18)).message).toMatch(/Cut about 19 words/);
  });

  it("measures a real pitch the way wc -w counts it: 70 words, 28–32 seconds", () => {
    const first =
      "Hi, I'm Maya Chen, a communications major at Ohio State. I've written for The Lantern for two years, mostly features and some sports, and I ran social media for our PRSSA chapter. I'm interested in public relations and maybe journalism, and I'm trying to learn more about both. I'd love to hear about your experience and any advice you have for someone like me who is still figuring things out.";
    const measure = measurePitch(first);
    expect(measure.words).toBe(70);
    expect(measure).toMatchObject({ minSeconds: 28, maxSeconds: 32, verdict: "about-right" });
  });
});
