// Sign-up and sign-in against the database: field messages, hashing, throttling, sessions.
import { addMinutes } from "date-fns";
import { describe, expect, it } from "vitest";
import { signUpAction } from "@/lib/actions/auth";
import { createSession, deleteSession, ThrottledError, verifyCredentials } from "@/lib/data/auth";
import { getViewer } from "@/lib/data/viewer";
import { getDatabase } from "@/lib/db";
import { initialFormState } from "@/lib/validation/form-state";
import { sessionHolder } from "../support/session";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

const strongPassword = "correct horse battery staple";

describe("sign-up", () => {
  it("creates an account with a bcrypt hash, never the password", async () => {
    const state = await signUpAction(
      initialFormState,
      form({ name: "Maya", email: "Maya@Example.edu ", password: strongPassword, timeZone: "Europe/Berlin" }),
    );
    expect(state.status).toBe("saved");
    expect(state.values).not.toHaveProperty("password");
    const user = await getDatabase().prisma.user.findUniqueOrThrow({ where: { email: "maya@example.edu" } });
    expect(user.timeZone).toBe("Europe/Berlin");
    expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(user.passwordHash).not.toContain(strongPassword);
  });

  it("rejects a taken email on the email field and keeps what was typed", async () => {
    const state = await signUpAction(initialFormState, form({ name: "Maya Two", email: "maya@example.edu", password: strongPassword }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.email).toMatch(/already exists/);
    expect(state.values).toEqual({ name: "Maya Two", email: "maya@example.edu" });
    expect(await getDatabase().prisma.user.count({ where: { email: "maya@example.edu" } })).toBe(1);
  });

  it.each([
    ["short", "Use at least 10 characters."],
    ["password123", "leaked"],
    ["aaaaaaaaaaaa", "different characters"],
  ])("rejects the weak password %j with a message on the password field", async (password, message) => {
    const state = await signUpAction(initialFormState, form({ name: "Sam", email: "sam@example.edu", password }));
    expect(state.status).toBe("invalid");
    expect(state.fieldErrors?.password).toContain(message);
    expect(state.fieldErrors?.email).toBeUndefined();
    expect(await getDatabase().prisma.user.count({ where: { email: "sam@example.edu" } })).toBe(0);
  });

  it("says which fields are missing", async () => {
    const state = await signUpAction(initialFormState, form({ name: "", email: "not-an-email", password: strongPassword }));
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["email", "name"]);
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    await signUpAction(initialFormState, form({ name: "Ana", email: "ana@example.edu", password: strongPassword }));
    expect(await verifyCredentials("ANA@example.edu", strongPassword)).toMatchObject({ email: "ana@example.edu" });
    expect(await verifyCredentials("ana@example.edu", "wrong password")).toBeNull();
    expect(await verifyCredentials("nobody@example.edu", strongPassword)).toBeNull();
  });

  it("throttles an email after five failures, even for the right password, until the window passes", async () => {
    await signUpAction(initialFormState, form({ name: "Lee", email: "lee@example.edu", password: strongPassword }));
    const start = new Date("2026-11-22T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      expect(await verifyCredentials("lee@example.edu", `guess ${i}`, addMinutes(start, i))).toBeNull();
    }
    await expect(verifyCredentials("lee@example.edu", strongPassword, addMinutes(start, 5))).rejects.toBeInstanceOf(ThrottledError);
    // Another email is not affected.
    await signUpAction(initialFormState, form({ name: "Kim", email: "kim@example.edu", password: strongPassword }));
    expect(await verifyCredentials("kim@example.edu", strongPassword, addMinutes(start, 5))).not.toBeNull();
    // 15 minutes after the first failure, one slot frees up.
    expect(await verifyCredentials("lee@example.edu", strongPassword, addMinutes(start, 15))).not.toBeNull();
  });
});

describe("sessions", () => {
  it("end when their row is deleted", async () => {
    const user = await getDatabase().prisma.user.findUniqueOrThrow({ where: { email: "maya@example.edu" } });
    const sessionId = await createSession(user.id);
    sessionHolder.current = { sessionId, expires: new Date(Date.now() + 60_000).toISOString() };
    expect((await getViewer())?.id).toBe(user.id);
    await deleteSession(sessionId);
    expect(await getViewer()).toBeNull();
  });

  it("are refused once expired", async () => {
    const user = await getDatabase().prisma.user.findUniqueOrThrow({ where: { email: "maya@example.edu" } });
    const sessionId = await createSession(user.id, new Date("2020-01-01T00:00:00Z"));
    sessionHolder.current = { sessionId, expires: new Date(Date.now() + 60_000).toISOString() };
    expect(await getViewer()).toBeNull();
  });
});
