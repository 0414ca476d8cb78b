// Export (#9): CSV (formula cells neutralised), vCard, .ics, the zipped archive; export → delete the
// account → sign up → import the archive restores every field; another user's rows never appear.
import { unzipSync, strFromU8, zipSync } from "fflate";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { deleteAccount } from "@/lib/data/account";
import {
  ARCHIVE_JSON_LIMIT_BYTES,
  buildAccountArchive,
  exportAccountZip,
  exportContactsCsv,
  exportContactsVcard,
  exportMeetingsIcs,
  readArchiveFile,
  restoreAccountArchive,
} from "@/lib/data/exports";
import { FieldError } from "@/lib/data/errors";
import { createImport, getImportPreview, getImportProgress, startImport } from "@/lib/data/imports";
import { getDatabase } from "@/lib/db";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const prisma = () => getDatabase().prisma;

/** A student with a bit of everything: contacts (one referred by another), history, a meeting with an agenda and notes, reminders, templates, a pitch, a holiday, an own question. */
async function seedStudent(name: string) {
  const user = await createTestUser(name);
  const ownerId = user.id;
  const ana = await prisma().contact.create({
    data: { ownerId, name: "Ana Pérez", title: "Director", employer: "Edelman", email: "ana@example.com", linkedinUrl: "https://www.linkedin.com/in/ana", howFound: "ALUMNI", motivation: 5, isAlumniOrAdvocate: true, openPostings: 2, priority: 80, tags: ["pr", "nyc"], notes: "Met at ICON,\nloves \"data\"", distanceKm: 860, stage: "SCHEDULED", lastTouchAt: new Date("2026-11-01T12:00:00Z"), keepInTouchMonths: 3 },
  });
  await prisma().contact.create({ data: { ownerId, name: "=HYPERLINK(\"http://evil\")", employer: "+Evil", referredById: ana.id, doNotContact: true, archivedAt: new Date("2026-11-02T00:00:00Z") } });
  await prisma().stageChange.create({ data: { ownerId, contactId: ana.id, fromStage: "OUTREACH", toStage: "SCHEDULED", at: new Date("2026-11-03T00:00:00Z"), reason: "Booked" } });
  const attempt = await prisma().outreachAttempt.create({ data: { ownerId, contactId: ana.id, channel: "EMAIL", subject: "Hello", body: "Body", sentAt: new Date("2026-10-30T00:00:00Z"), replyStatus: "REPLIED", repliedAt: new Date("2026-10-31T00:00:00Z") } });
  const question = await prisma().question.create({ data: { ownerId, category: "ADVICE", text: "My own question?", tags: ["mine"], position: 3 } });
  const meeting = await prisma().meeting.create({ data: { ownerId, contactId: ana.id, title: "Coffee with Ana", startsAt: new Date("2026-11-25T15:00:00Z"), timeZone: "America/New_York", mode: "COFFEE", location: "Blue Bottle", icsUid: `${name}-meeting@rapport`, researchNotes: "Read her post" } });
  const item = await prisma().agendaItem.create({ data: { meetingId: meeting.id, questionId: question.id, text: "My own question?", position: 0, minutes: 4 } });
  await prisma().note.create({ data: { ownerId, contactId: ana.id, meetingId: meeting.id, agendaItemId: item.id, kind: "ANSWER", body: "She said: network." } });
  await prisma().actionItem.create({ data: { ownerId, contactId: ana.id, meetingId: meeting.id, text: "Send résumé", dueAt: new Date("2026-11-27T00:00:00Z") } });
  await prisma().resource.create({ data: { ownerId, contactId: ana.id, kind: "PUBLICATION", title: "PRWeek", url: "https://prweek.example" } });
  await prisma().reminder.create({ data: { ownerId, contactId: ana.id, rule: "FOLLOW_UP_7B", ruleKey: attempt.id, title: "Follow up with Ana", dueAt: new Date("2026-11-08T00:00:00Z") } });
  await prisma().template.create({ data: { ownerId, kind: "OUTREACH_EMAIL", name: "Mine", subject: "Hi {{firstName}}", body: "Body" } });
  await prisma().pitch.create({ data: { ownerId, body: "I am a PR student…", version: 1 } });
  await prisma().holiday.create({ data: { ownerId, date: new Date("2026-12-25T00:00:00Z"), name: "Christmas" } });
  return user;
}

/** An archive with ids and owners replaced, so two accounts' archives compare field by field. */
function comparable(archive: Awaited<ReturnType<typeof buildAccountArchive>>) {
  const names = new Map<string, string>();
  for (const c of archive.contacts) names.set(c.id, `contact:${c.name}`);
  for (const m of archive.meetings) names.set(m.id, `meeting:${m.title}`);
  for (const q of archive.questions) names.set(q.id, `question:${q.text}`);
  for (const o of archive.outreach) names.set(o.id, `outreach:${o.subject}`);
  for (const i of archive.meetings.flatMap((m) => m.agendaItems)) names.set(i.id, `agenda:${i.text}`);
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== "id" && key !== "ownerId" && key !== "userId" && key !== "icsUid")
          .map(([key, v]) => [key, typeof v === "string" && names.has(v) ? names.get(v) : strip(v)]),
      );
    }
    return value;
  };
  const { user, ...withDate } = archive;
  const rest = { ...withDate, exportedAt: undefined };
  return { user: { ...user, email: undefined, name: undefined, createdAt: undefined }, ...(strip(rest) as object) };
}

describe("export", () => {
  it("exports the viewer's contacts as CSV (formulas neutralised), vCard and meetings as .ics; never another user's", async () => {
    const student = await seedStudent("Export Student");
    const other = await seedStudent("Other Exporter");
    await prisma().contact.create({ data: { ownerId: other.id, name: "Only Other's Contact" } });
    await prisma().user.update({ where: { id: student.id }, data: { timeZone: "America/New_York" } });
    await signInAs(student.id);
    const csv = await exportContactsCsv();
    expect(csv.startsWith("\uFEFFName,Title,Employer")).toBe(true);
    expect(csv).toContain(`"Met at ICON,\nloves ""data"""`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")",,'+Evil`);
    expect(csv).not.toContain("Only Other's Contact");
    // For people, not machines: stages and sources in words, times in the student's zone.
    expect(csv).toContain(",Alumni network,,5 of 5,yes,2,High (80 of 85),Scheduled,\"pr, nyc\",no,");
    expect(csv).toContain("Do not contact,Archived (America/New York time),Notes,Added (America/New York time)\r\n");
    expect(csv).toMatch(/\r\n"'=HYPERLINK[^\r]*,2026-11-01 19:00,,\d{4}-\d{2}-\d{2} \d{2}:\d{2}\r\n/);
    expect(csv).not.toMatch(/SCHEDULED|ALUMNI|\d{4}-\d{2}-\d{2}T\d{2}/);
    const vcf = await exportContactsVcard();
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(vcf).toContain("VERSION:4.0");
    const ics = await exportMeetingsIcs(new Date("2026-11-20T00:00:00Z"));
    expect(ics).toContain("SUMMARY:Coffee with Ana");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("organizer")).toBe(`mailto:${student.email}`);
    expect(calendar.getFirstSubcomponent("vevent")!.getAllProperties("attendee")).toHaveLength(0);

    const files = unzipSync(await exportAccountZip());
    expect(Object.keys(files).sort()).toEqual(["README.txt", "account.json", "contacts.csv", "contacts.vcf", "meetings.ics"]);
    const archive = JSON.parse(strFromU8(files["account.json"]!)) as { contacts: { name: string; ownerId: string }[] };
    expect(archive.contacts.map((c) => c.name).sort()).toEqual(["=HYPERLINK(\"http://evil\")", "Ana Pérez"]);
    expect(archive.contacts.every((c) => c.ownerId === student.id)).toBe(true);
  });

  it("writes an international phone number unchanged in contacts.csv, and still neutralises a formula in the phone column", async () => {
    const user = await createTestUser("Phone Exporter");
    await prisma().contact.create({ data: { ownerId: user.id, name: "Ana Phone", phone: "+1 415 555 0100" } });
    await prisma().contact.create({ data: { ownerId: user.id, name: "Eve Phone", phone: "+1+cmd|' /C calc'!A0" } });
    await signInAs(user.id);
    const lines = (await exportContactsCsv()).split("\r\n");
    expect(lines.find((l) => l.startsWith("Ana Phone"))).toContain(",+1 415 555 0100,");
    expect(lines.find((l) => l.startsWith("Eve Phone"))).toContain(",'+1+cmd|' /C calc'!A0,");
    const files = unzipSync(await exportAccountZip());
    expect(strFromU8(files["contacts.csv"]!)).toContain(",+1 415 555 0100,");
  });

  it("contacts.csv reads back through the app's own CSV import", async () => {
    const student = await seedStudent("Round Trip Exporter");
    await signInAs(student.id);
    const csv = await exportContactsCsv();
    const reader = await createTestUser("Round Trip Importer");
    await signInAs(reader.id);
    const { id } = await createImport("contacts.csv", new TextEncoder().encode(csv));
    const preview = await getImportPreview(id);
    expect(preview.mapping).toEqual(["name", "title", "employer", "industry", "location", "distance", "email", "phone", "linkedinUrl", null, null, null, null, null, null, null, "tags", null, null, "notes", null]);
    await (await startImport(id, "SKIP")).run();
    expect(await getImportProgress(id)).toMatchObject({ status: "DONE", created: 2, skipped: 0 });
    const ana = await prisma().contact.findFirstOrThrow({ where: { ownerId: reader.id, name: "Ana Pérez" } });
    expect(ana).toMatchObject({ title: "Director", employer: "Edelman", distanceKm: 860, email: "ana@example.com", linkedinUrl: "https://www.linkedin.com/in/ana", notes: "Met at ICON,\nloves \"data\"" });
    expect(ana.tags).toEqual(expect.arrayContaining(["pr", "nyc"]));
  });

  it("export → delete the account → sign up → import the archive restores every field", async () => {
    const student = await seedStudent("Round Trip Student");
    await signInAs(student.id);
    const zip = await exportAccountZip();
    const before = await buildAccountArchive();
    await deleteAccount(student.email);
    expect(await prisma().contact.count({ where: { ownerId: student.id } })).toBe(0);

    const fresh = await createTestUser("Round Trip Again");
    await signInAs(fresh.id);
    const result = await restoreAccountArchive(readArchiveFile(zip));
    expect(result).toEqual({ contacts: 2, meetings: 1, notes: 1 });
    const after = await buildAccountArchive();
    expect(comparable(after)).toEqual(comparable(before));
    // Relations survive: the referral, the note on the agenda item, the reminder on the attempt.
    const referred = await prisma().contact.findFirstOrThrow({ where: { ownerId: fresh.id, employer: "+Evil" }, include: { referredBy: true } });
    expect(referred.referredBy?.name).toBe("Ana Pérez");
    const reminder = await prisma().reminder.findFirstOrThrow({ where: { ownerId: fresh.id } });
    expect(await prisma().outreachAttempt.count({ where: { id: reminder.ruleKey, ownerId: fresh.id } })).toBe(1);

    // Only into an empty account: a second restore is refused and changes nothing.
    await expect(restoreAccountArchive(readArchiveFile(zip))).rejects.toBeInstanceOf(FieldError);
    expect(await prisma().contact.count({ where: { ownerId: fresh.id } })).toBe(2);
  });

  it("restores an archive from when contacts still carried dormantAt and replyClass, ignoring both", async () => {
    const student = await seedStudent("Old Archive Student");
    await signInAs(student.id);
    const current = await buildAccountArchive();
    expect(current.contacts.some((c) => "dormantAt" in c || "replyClass" in c)).toBe(false);
    // account.json as Rapport wrote it until December 2026: every contact had both keys.
    const old = {
      ...current,
      contacts: current.contacts.map((c) => ({
        ...c,
        dormantAt: c.name === "Ana Pérez" ? "2026-11-20T15:00:00.000Z" : null,
        replyClass: c.name === "Ana Pérez" ? "CURMUDGEON" : null,
      })),
    };

    const fresh = await createTestUser("Old Archive Again");
    await signInAs(fresh.id);
    const result = await restoreAccountArchive(readArchiveFile(new TextEncoder().encode(JSON.stringify(old))));
    expect(result).toEqual({ contacts: 2, meetings: 1, notes: 1 });
    const ana = await prisma().contact.findFirstOrThrow({ where: { ownerId: fresh.id, name: "Ana Pérez" } });
    expect(ana).toMatchObject({ employer: "Edelman", stage: "SCHEDULED", keepInTouchMonths: 3 });
    expect(comparable(await buildAccountArchive())).toEqual(comparable(current));
  });

  it("refuses a file that is not an archive", async () => {
    const user = await createTestUser("Wrong File");
    await signInAs(user.id);
    expect(() => readArchiveFile(new TextEncoder().encode("First Name,Last Name"))).toThrow(FieldError);
    await expect(restoreAccountArchive({ format: "something else" })).rejects.toBeInstanceOf(FieldError);
  });

  it("refuses a small .zip that unzips to more than any account holds, without unzipping it", () => {
    // 65 MB of spaces compresses to about 64 KB.
    const bomb = zipSync({ "account.json": new Uint8Array(ARCHIVE_JSON_LIMIT_BYTES + 1024 * 1024).fill(32) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(() => readArchiveFile(bomb)).toThrow(/over 64 MB unzipped/);
  });
});
