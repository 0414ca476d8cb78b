// The cohort dashboard's pure rules: a view parsed from the URL, sorting with non-sharing students
// always last, filters, the cohort funnel and trend added up from each student's metrics, and a CSV
// a spreadsheet cannot execute.
import { describe, expect, it } from "vitest";
import {
  applyCohortView,
  cohortCsv,
  cohortFunnel,
  cohortTotals,
  cohortViewQuery,
  cohortWeeklyTrend,
  paginate,
  parseCohortView,
  sortHeaderView,
  type CohortStudentRow,
} from "@/lib/domain/cohort";
import { csvCell, toCsv } from "@/lib/domain/csv";
import { progressMetrics, recentWeeks, type ProgressAggregates } from "@/lib/domain/metrics";

const now = new Date("2026-11-18T15:00:00Z"); // a Wednesday
const DAY = 24 * 60 * 60 * 1000;

function metrics(overrides: Partial<ProgressAggregates> = {}) {
  return progressMetrics(
    {
      stageRows: [],
      outreachLast7Days: 0,
      outreachLast30Days: 0,
      initialSent: 0,
      initialAnswered: 0,
      medianHoursToReply: null,
      meetingsDone: 0,
      thankYous: { onTime: 0, late: 0, overdue: 0 },
      referralsGained: 0,
      overdueReminders: 0,
      lastActivity: new Date(now.getTime() - DAY),
      accountCreatedAt: new Date("2026-01-01T00:00:00Z"),
      weeklyOutreachGoal: 5,
      timeZone: "America/New_York",
      weekCounts: new Map(),
      ...overrides,
    },
    now,
  );
}

function row(name: string, m: ReturnType<typeof metrics> | null): CohortStudentRow {
  return { memberId: `m-${name}`, name, consent: m ? "PROGRESS" : "NONE", joinedAt: new Date("2026-09-01T12:00:00Z"), metrics: m };
}

const ana = row("Ana", metrics({ outreachLast7Days: 4, initialSent: 10, initialAnswered: 5, lastActivity: new Date(now.getTime() - 2 * DAY) }));
const ben = row("Ben", metrics({ outreachLast7Days: 0, lastActivity: new Date(now.getTime() - 20 * DAY), overdueReminders: 2 }));
const cara = row("Cara", metrics({ outreachLast7Days: 9, lastActivity: null, accountCreatedAt: new Date(now.getTime() - 30 * DAY) }));
const dan = row("Dan", null);
const zoe = row("Zoë", metrics({ outreachLast7Days: 4, initialSent: 0 }));
const rows = [dan, cara, zoe, ben, ana];

describe("the view in the URL", () => {
  it("falls back to defaults for unknown values, and gives each column its first direction", () => {
    expect(parseCohortView({})).toEqual({ sort: "name", dir: "asc", show: "all", q: "", page: 1 });
    expect(parseCohortView({ page: "3" }).page).toBe(3);
    for (const page of ["0", "-1", "2.5", "x"]) expect(parseCohortView({ page }).page).toBe(1);
    expect(parseCohortView({ sort: "stalled" })).toMatchObject({ sort: "stalled", dir: "desc" });
    expect(parseCohortView({ sort: "lastActivity" })).toMatchObject({ dir: "asc" });
    // Thank-yous: the lowest on-time rate first, the students who don't thank.
    expect(parseCohortView({ sort: "thankYous" })).toMatchObject({ sort: "thankYous", dir: "asc" });
    expect(parseCohortView({ sort: "thankYous", dir: "desc" })).toMatchObject({ dir: "desc" });
    expect(parseCohortView({ sort: "drop table", dir: "sideways", show: ["stalled", "all"], q: "  ana " })).toEqual({ sort: "name", dir: "asc", show: "stalled", q: "ana", page: 1 });
  });

  it("writes back only what differs from the defaults", () => {
    expect(cohortViewQuery(parseCohortView({}))).toBe("");
    expect(cohortViewQuery({ sort: "stalled", dir: "desc", show: "all", q: "", page: 1 })).toBe("?sort=stalled");
    expect(cohortViewQuery({ sort: "stalled", dir: "asc", show: "overdue", q: "Zoë", page: 2 })).toBe("?sort=stalled&dir=asc&show=overdue&q=Zo%C3%AB&page=2");
    expect(cohortViewQuery({ sort: "thankYous", dir: "asc", show: "all", q: "", page: 1 })).toBe("?sort=thankYous");
    expect(cohortViewQuery({ sort: "thankYous", dir: "desc", show: "all", q: "", page: 1 })).toBe("?sort=thankYous&dir=desc");
  });

  it("a header's first click sorts Thanks lowest rate first and the second highest first; other columns as before", () => {
    const byName = parseCohortView({ show: "stalled", page: "2" });
    const first = sortHeaderView(byName, "thankYous");
    expect(first).toEqual({ sort: "thankYous", dir: "asc", show: "stalled", q: "", page: 1 });
    expect(sortHeaderView(first, "thankYous")).toMatchObject({ sort: "thankYous", dir: "desc" });
    expect(sortHeaderView(sortHeaderView(first, "thankYous"), "thankYous")).toMatchObject({ dir: "asc" });
    expect(sortHeaderView(byName, "meetings")).toMatchObject({ sort: "meetings", dir: "desc" });
    expect(sortHeaderView(byName, "stalled")).toMatchObject({ dir: "desc" });
    expect(sortHeaderView(byName, "lastActivity")).toMatchObject({ dir: "asc" });
    // Clicked while sorted by name A→Z, the name column turns to Z→A.
    expect(sortHeaderView(byName, "name")).toMatchObject({ sort: "name", dir: "desc" });
  });
});

describe("sorting and filtering", () => {
  const names = (view: Parameters<typeof applyCohortView>[1]) => applyCohortView(rows, view).map((r) => r.name);

  it("sorts by stalled with the longest-quiet first, and students who share nothing always last", () => {
    // Cara has never acted (counted from her account 30 days ago), Ben has been quiet 20 days.
    expect(names({ sort: "stalled", dir: "desc", show: "all", q: "", page: 1 })).toEqual(["Cara", "Ben", "Ana", "Zoë", "Dan"]);
    expect(names({ sort: "stalled", dir: "asc", show: "all", q: "", page: 1 })).toEqual(["Ana", "Zoë", "Cara", "Ben", "Dan"]);
  });

  it("sorts numbers with ties by name, and puts an undefined reply rate last in both directions", () => {
    expect(names({ sort: "outreach7", dir: "desc", show: "all", q: "", page: 1 })).toEqual(["Cara", "Ana", "Zoë", "Ben", "Dan"]);
    expect(names({ sort: "replyRate", dir: "desc", show: "all", q: "", page: 1 }).slice(0, 1)).toEqual(["Ana"]);
    expect(names({ sort: "replyRate", dir: "asc", show: "all", q: "", page: 1 })).toEqual(["Ana", "Ben", "Cara", "Zoë", "Dan"]);
  });

  it("sorts thank-yous by the on-time rate, not the count, with ties by name and students who owe none last both ways", () => {
    const thanks = (name: string, onTime: number, late: number, overdue: number) => row(name, metrics({ thankYous: { onTime, late, overdue } }));
    const cohort = [
      dan, // shares nothing
      thanks("Zoë", 0, 0, 0), // owes none yet: no rate
      thanks("Cara", 0, 0, 2), // 0 %: both overdue, unsent
      thanks("Eve", 1, 1, 0), // 50 %
      thanks("Ben", 3, 1, 2), // 50 %, the most sent on time: first by count, not by rate
      thanks("Ana", 1, 0, 0), // 100 %
    ];
    const order = (dir: "asc" | "desc") => applyCohortView(cohort, { sort: "thankYous", dir, show: "all", q: "", page: 1 }).map((r) => r.name);
    expect(order("desc")).toEqual(["Ana", "Ben", "Eve", "Cara", "Zoë", "Dan"]);
    expect(order("asc")).toEqual(["Cara", "Ben", "Eve", "Ana", "Zoë", "Dan"]);
    // The first click (no direction in the URL) is the lowest rate first.
    expect(applyCohortView(cohort, parseCohortView({ sort: "thankYous" })).map((r) => r.name)).toEqual(order("asc"));
    // The export carries the rate it is sorted by (empty when none is owed).
    const csv = cohortCsv(applyCohortView(cohort, { sort: "thankYous", dir: "asc", show: "all", q: "", page: 1 }), "UTC").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    const rate = (csv[0]?.split(",") ?? []).indexOf("Thank-yous on time (rate)");
    expect(rate).toBeGreaterThan(0);
    expect(csv.slice(1).map((line) => line.split(",")[rate])).toEqual(["0%", "50%", "50%", "100%", "", ""]);
  });

  it("sorts names in either direction, sharing or not", () => {
    expect(names({ sort: "name", dir: "desc", show: "all", q: "", page: 1 })).toEqual(["Zoë", "Dan", "Cara", "Ben", "Ana"]);
  });

  it("filters by stalled, overdue, sharing, and by a name typed without accents", () => {
    expect(names({ sort: "name", dir: "asc", show: "stalled", q: "", page: 1 })).toEqual(["Ben", "Cara"]);
    expect(names({ sort: "name", dir: "asc", show: "overdue", q: "", page: 1 })).toEqual(["Ben"]);
    expect(names({ sort: "name", dir: "asc", show: "not-sharing", q: "", page: 1 })).toEqual(["Dan"]);
    expect(names({ sort: "name", dir: "asc", show: "sharing", q: "zoe", page: 1 })).toEqual(["Zoë"]);
  });
});

describe("pages", () => {
  const many = Array.from({ length: 125 }, (_, i) => row(`S${String(i).padStart(3, "0")}`, null));

  it("cuts a view into pages of 50, and a page past the end shows the last", () => {
    expect(paginate(many, 1)).toMatchObject({ page: 1, pageCount: 3, first: 1, last: 50 });
    expect(paginate(many, 3)).toMatchObject({ page: 3, first: 101, last: 125 });
    expect(paginate(many, 3).rows[0]?.name).toBe("S100");
    expect(paginate(many, 9)).toMatchObject({ page: 3, first: 101 });
    expect(paginate([], 2)).toMatchObject({ page: 1, pageCount: 1, first: 0, last: 0, rows: [] });
  });
});

describe("cohort aggregates", () => {
  it("adds the sharing students' funnels and recomputes conversion from the sums", () => {
    const a = row("A", metrics({ stageRows: [{ stage: "OUTREACH", reached: "SCHEDULED", count: 2 }, { stage: "FIND", reached: "FIND", count: 2 }] }));
    const b = row("B", metrics({ stageRows: [{ stage: "THANKED", reached: "THANKED", count: 1 }, { stage: "FIND", reached: "FIND", count: 3 }] }));
    const steps = cohortFunnel([a, b, dan]);
    expect(steps.map((s) => [s.stage, s.current, s.reached])).toEqual([
      ["FIND", 5, 8],
      ["OUTREACH", 2, 3],
      ["SCHEDULED", 0, 3],
      ["INTERVIEWED", 0, 1],
      ["THANKED", 1, 1],
      ["FOLLOW_UP", 0, 0],
    ]);
    expect(steps[1]?.conversionFromPrevious).toBeCloseTo(3 / 8);
    expect(steps[5]?.conversionFromPrevious).toBe(0);
    expect(cohortFunnel([dan]).every((s) => s.reached === 0 && (s.conversionFromPrevious === null || s.stage === "FIND"))).toBe(true);
  });

  it("adds weekly outreach across students by week, oldest first", () => {
    const weeks = new Map([["2026-11-16", 3], ["2026-11-09", 1]]);
    const a = row("A", metrics({ weekCounts: weeks }));
    const b = row("B", metrics({ weekCounts: new Map([["2026-11-16", 2]]) }));
    const trend = cohortWeeklyTrend([a, b, dan]);
    expect(trend).toHaveLength(8);
    expect(trend.at(-1)).toEqual({ week: "2026-11-16", count: 5 });
    expect(trend.at(-2)).toEqual({ week: "2026-11-09", count: 1 });
    expect(trend[0]?.week).toBe("2026-09-28");
  });

  it("totals count only sharing students, with a pooled reply rate", () => {
    expect(cohortTotals(rows)).toEqual({
      students: 5, sharing: 4, stalled: 2, withOverdue: 1, outreachLast7Days: 17, meetingsDone: 0, referralsGained: 0, replyRate: 0.5,
    });
  });

  it("recent weeks end with this week in the student's zone, zeros included", () => {
    expect(recentWeeks(new Map([["2026-11-16", 2]]), now, "America/New_York", 3)).toEqual([
      { week: "2026-11-02", count: 0 },
      { week: "2026-11-09", count: 0 },
      { week: "2026-11-16", count: 2 },
    ]);
  });
});

describe("CSV", () => {
  it("neutralises cells a spreadsheet would run, and quotes commas, quotes and line breaks", () => {
    for (const formula of ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(formula).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("\uFEFFa,b\r\n1,x\r\n");
  });

  it("writes one line per student in the given order, with empty cells for a student who shares nothing", () => {
    const evil = row("=cmd|' /C calc'!A0", metrics({ outreachLast7Days: 1 }));
    const lines = cohortCsv([evil, dan], "America/New_York").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    const header = lines[0]?.split(",") ?? [];
    expect(header.slice(0, 4)).toEqual(["Student", "Shares", "Joined on", "Contacts in Find"]);
    expect(lines[1]?.startsWith("'=cmd|' /C calc'!A0,Progress,")).toBe(true);
    expect(lines[1]?.split(",")).toHaveLength(header.length);
    expect(lines[2]).toBe(`Dan,Not sharing,2026-09-01${",".repeat(header.length - 3)}`);
  });

  // Staff open it in a spreadsheet: no ISO instants, no 0.33, no enum names or abbreviations.
  it("reads as the page does: days in the viewer's zone, rates as percentages, stages and headers in words", () => {
    const maya: CohortStudentRow = {
      memberId: "m-maya",
      name: "Maya",
      consent: "CONTACTS",
      // 02:30 UTC on 1 September is still 31 August in New York.
      joinedAt: new Date("2026-09-01T02:30:00Z"),
      metrics: metrics({
        stageRows: [
          { stage: "FOLLOW_UP", reached: "FOLLOW_UP", count: 2 },
          { stage: "OUTREACH", reached: "SCHEDULED", count: 1 },
        ],
        initialSent: 3,
        initialAnswered: 1,
        medianHoursToReply: 26.25,
        thankYous: { onTime: 2, late: 0, overdue: 1 },
        overdueReminders: 1,
        lastActivity: new Date("2026-11-17T03:00:00Z"),
      }),
    };
    const [head, line] = cohortCsv([maya], "America/New_York").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    const cells = Object.fromEntries((head?.split(",") ?? []).map((name, i) => [name, line?.split(",")[i]]));
    expect(cells).toEqual({
      Student: "Maya",
      Shares: "Progress and contacts",
      "Joined on": "2026-08-31",
      "Contacts in Find": "0",
      "Contacts in Outreach": "1",
      "Contacts in Scheduled": "0",
      "Contacts in Interviewed": "0",
      "Contacts in Thanked": "0",
      "Contacts in Follow-up": "2",
      "Contacts in all stages": "3",
      "Outreach in the last 7 days": "0",
      "Outreach in the last 30 days": "0",
      "Reply rate": "33%",
      "Median time to reply (hours)": "26.3",
      "Meetings done": "0",
      "Thank-yous owed so far": "3",
      "Thank-yous sent within 24 hours": "2",
      "Thank-yous not sent (overdue)": "1",
      "Thank-yous on time (rate)": "67%",
      "Referrals gained": "0",
      "Reminders past due": "1",
      "Last activity on": "2026-11-16",
      "Stalled (nothing for 14 days)": "no",
    });
    expect(head).not.toMatch(/FOLLOW_UP|_/);
    expect(line).not.toMatch(/T\d\d:|0\.\d/);
  });
});
