// Request body ceilings on the route handlers that read a body (#10 item 2): an oversized upload is
// refused with 413 before it is read whole, whether Content-Length announces it or a stream without
// one keeps coming; a file within the limit still goes through. Server actions' own 1 MB ceiling
// (next.config.js) is checked against the running server in tests/e2e/security.spec.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as uploadImport } from "@/app/(app)/contacts/import/upload/route";
import { POST as restoreArchive } from "@/app/(app)/settings/data/restore/route";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { getDatabase } from "@/lib/db";
import { MAX_IMPORT_BYTES } from "@/lib/domain/import";
import { readBodyWithin } from "@/lib/request-body";
import { createTestUser } from "../support/factories";
import { signInAs } from "../support/session";

const MB = 1024 * 1024;
let userId: string;

/** A body that keeps producing 1 MB chunks up to `totalMb`, counting how many were pulled. */
function endlessBody(totalMb: number) {
  const pulled = { chunks: 0, cancelled: false };
  const chunk = new Uint8Array(MB).fill(65);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks >= totalMb) return controller.close();
      pulled.chunks++;
      controller.enqueue(chunk);
    },
    cancel() {
      pulled.cancelled = true;
    },
    // Nothing is pulled until someone reads.
  }, { highWaterMark: 0 });
  return { stream, pulled };
}

function streamedPost(url: string, stream: ReadableStream<Uint8Array>) {
  return new Request(url, {
    method: "POST",
    body: stream,
    headers: { "content-type": "multipart/form-data; boundary=----rapport" },
    duplex: "half",
  } as RequestInit & { duplex: "half" });
}

beforeAll(async () => {
  userId = (await createTestUser("Uploader")).id;
});

describe("readBodyWithin", () => {
  it("returns a body within the limit whole, and null past it without reading on", async () => {
    expect(await readBodyWithin(new Request("http://localhost/", { method: "POST", body: "x".repeat(1000) }), 1000)).toHaveLength(1000);
    const { stream, pulled } = endlessBody(100);
    expect(await readBodyWithin(streamedPost("http://localhost/", stream), 3 * MB)).toBeNull();
    expect(pulled.chunks).toBeLessThanOrEqual(5);
    expect(pulled.cancelled).toBe(true);
  });
});

describe("the import upload", () => {
  it("refuses with 413 when Content-Length announces more than the limit, without reading it", async () => {
    await signInAs(userId);
    const { stream, pulled } = endlessBody(1);
    const request = streamedPost("http://localhost/contacts/import/upload", stream);
    request.headers.set("content-length", String(MAX_IMPORT_BYTES + 10 * MB));
    const response = await uploadImport(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "This file is larger than 20 MB. Split it into smaller files and import each." });
    expect(pulled.chunks).toBe(0);
    expect(await getDatabase().prisma.contactImport.count({ where: { ownerId: userId } })).toBe(0);
  });

  it("refuses with 413 a streamed body that passes the limit, and stops reading it", async () => {
    await signInAs(userId);
    const { stream, pulled } = endlessBody(500);
    const response = await uploadImport(streamedPost("http://localhost/contacts/import/upload", stream));
    expect(response.status).toBe(413);
    expect(pulled.chunks).toBeLessThanOrEqual(MAX_IMPORT_BYTES / MB + 2);
    expect(pulled.cancelled).toBe(true);
    expect(await getDatabase().prisma.contactImport.count({ where: { ownerId: userId } })).toBe(0);
  });

  it("still takes a file within the limit", async () => {
    await signInAs(userId);
    const body = new FormData();
    body.append("file", new File(["Full name,Mail\nAna Lima,ana@example.com\n"], "people.csv", { type: "text/csv" }));
    const response = await uploadImport(new Request("http://localhost/contacts/import/upload", { method: "POST", body }));
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty("id");
  });
});

describe("the archive restore", () => {
  it("refuses with 413 a body past 50 MB", async () => {
    await signInAs(userId);
    const { stream, pulled } = endlessBody(500);
    const response = await restoreArchive(streamedPost("http://localhost/settings/data/restore", stream));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "This file is larger than 50 MB: it is not a Rapport archive." });
    expect(pulled.chunks).toBeLessThanOrEqual(52);
  });
});

describe("next-auth's POST endpoints", () => {
  it("refuse a body past 16 KB before next-auth reads it", async () => {
    const { NextRequest } = await import("next/server");
    const request = new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `email=a%40example.edu&password=${"x".repeat(20_000)}`,
    });
    const response = await nextAuthPost(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
    expect(response.status).toBe(413);
  });
});
