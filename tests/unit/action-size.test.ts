// A form too big for Next.js's server-action limit is stopped in the browser with a message on its
// longest field (components/ui/use-form-action.ts): the estimate must never fall short of what React
// actually sends, and must match the limit next.config.js sets.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES, actionRequestBytes, longestTextField, tooLargeToSend } from "@/lib/validation/action-size";

// Next's own copy of React's reply encoder: what the browser uses to post an action's arguments.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

async function sentBytes(form: FormData): Promise<number> {
  const body = await encodeReply([{ status: "idle" }, form]);
  return (await new Request("http://localhost/", { method: "POST", body }).arrayBuffer()).byteLength;
}

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("a server action's request size", () => {
  it.each([
    ["a short form", { name: "Ada", employer: "Edelman" }],
    ["a long note", { contactId: "c1", body: "word ".repeat(40_000) }],
    ["accents and emoji, several bytes each", { notes: "café 👋 ".repeat(20_000), title: "Directrice" }],
  ])("is estimated at or above what React sends: %s", async (_, entries) => {
    const data = form(entries);
    const actual = await sentBytes(data);
    const estimate = actionRequestBytes(data);
    expect(estimate).toBeGreaterThanOrEqual(actual);
    expect(estimate - actual).toBeLessThan(4096);
  });

  it("uses the limit next.config.js gives Next.js", async () => {
    const configFile: string = "../../next.config.js";
    const nextConfig = ((await import(configFile)) as { default: NextConfig }).default;
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe("1mb");
    expect(ACTION_BODY_LIMIT_BYTES).toBe(1024 * 1024);
  });

  it("names the longest text field, in characters, and says nothing was sent", () => {
    const data = form({ $ACTION_ID: "x".repeat(3_000_000), name: "Ada", notes: "n".repeat(1_200_000) });
    expect(longestTextField(data)).toEqual({ name: "notes", length: 1_200_000 });
    const { message, fieldErrors } = tooLargeToSend(data, actionRequestBytes(data));
    expect(message).toContain("Nothing was sent");
    expect(message).toContain("up to 1.0 MB");
    expect(fieldErrors).toEqual({ notes: "Too long to save: 1,200,000 characters." });
  });
});

describe("server actions", () => {
  it("never read the previous form state, which forms no longer send", () => {
    const dir = path.resolve("lib/actions");
    const signatures = readdirSync(dir).flatMap((file) =>
      [...readFileSync(path.join(dir, file), "utf8").matchAll(/(\w+)\s*:\s*FormState\s*,\s*\w+\s*:\s*FormData/g)].map(([match, name]) => ({ at: `${file}: ${match}`, name: name! })),
    );
    expect(signatures.length, "the scan finds the form actions").toBeGreaterThan(20);
    const readers = signatures.filter((s) => !s.name.startsWith("_")).map((s) => s.at);
    expect(readers).toEqual([]);
  });
});
