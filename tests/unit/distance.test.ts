import { describe, expect, it } from "vitest";
import { distanceNote, formatDistance, MAX_DISTANCE_KM, parseDistance } from "@/lib/domain/distance";

describe("parseDistance", () => {
  it("reads kilometres, with or without the unit, and an empty field as none", () => {
    expect(parseDistance("")).toEqual({ ok: true, km: null });
    expect(parseDistance("  ")).toEqual({ ok: true, km: null });
    expect(parseDistance("570")).toEqual({ ok: true, km: 570 });
    expect(parseDistance("570 km")).toEqual({ ok: true, km: 570 });
    expect(parseDistance("570km")).toEqual({ ok: true, km: 570 });
    expect(parseDistance("1,200 Kilometres")).toEqual({ ok: true, km: 1200 });
    expect(parseDistance("0")).toEqual({ ok: true, km: 0 });
  });

  it("converts miles to whole kilometres", () => {
    expect(parseDistance("354 mi")).toEqual({ ok: true, km: 570 });
    expect(parseDistance("2.5 miles")).toEqual({ ok: true, km: 4 });
    expect(parseDistance("1 mile")).toEqual({ ok: true, km: 2 });
    expect(parseDistance("15mi.")).toEqual({ ok: true, km: 24 });
  });

  it("refuses what is not a distance, and farther than anyone on Earth", () => {
    for (const bad of ["far", "-5 km", "5 furlongs", "12 km 3", "1,2 km"]) {
      expect(parseDistance(bad)).toEqual({ ok: false, message: "Enter a distance like 25 km or 15 mi." });
    }
    expect(parseDistance(String(MAX_DISTANCE_KM))).toEqual({ ok: true, km: MAX_DISTANCE_KM });
    expect(parseDistance("30000 km")).toEqual({ ok: false, message: "Use at most 20,040 km: nobody on Earth is farther." });
    expect(parseDistance("13000 mi").ok).toBe(false);
  });
});

describe("formatDistance and distanceNote", () => {
  it("shows kilometres and miles", () => {
    expect(formatDistance(570)).toBe("570 km (354 mi)");
    expect(formatDistance(3200)).toBe("3,200 km (1,988 mi)");
    expect(formatDistance(0)).toBe("0 km (0 mi)");
  });

  it("says whether meeting in person is realistic", () => {
    expect(distanceNote(4)).toBe("near enough to offer coffee in person");
    expect(distanceNote(80)).toBe("near enough to offer coffee in person");
    expect(distanceNote(81)).toBe("far enough that a call or video is the better offer");
  });
});
