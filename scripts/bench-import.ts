// The 50,000-row import benchmark (#9): generates a LinkedIn Connections.csv of 50,000 people and
// imports it through the app's own import job (lib/data/import-job.ts: the same streaming parse,
// duplicate matching and one-transaction batched write the import page runs) against the database
// the caller set up (DATABASE_URL, else the embedded one in RAPPORT_DATA_DIR). Reports rows per
// second, the process's peak RSS and the peak JS heap sampled during the import.
//
//   npx tsx scripts/bench-import.ts        (alone: an in-memory embedded database, migrated here)
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import { databaseConfig, openDatabase } from "../lib/database";
import { processContactImport } from "../lib/data/import-job";
import { migrate } from "../lib/migrations";

export const BENCH_IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);

export function generateLinkedInCsv(rows: number): Uint8Array<ArrayBuffer> {
  const parts: string[] = [
    'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing."\r\n\r\n',
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
  ];
  for (let i = 0; i < rows; i++) {
    const email = i % 3 === 0 ? "" : `person${i}@example.com`;
    parts.push(`Person${i},"Núñez-${i}",https://www.linkedin.com/in/person-${i},${email},"Employer ${i % 900}, Inc.",Title ${i % 50},0${(i % 9) + 1} Jan 2025\r\n`);
  }
  return new Uint8Array(new TextEncoder().encode(parts.join("")));
}

export async function benchImport(): Promise<{ rows: number; seconds: number; rowsPerSecond: number; peakRssMb: number; peakHeapMb: number }> {
  const database = openDatabase(databaseConfig());
  try {
    await migrate(database.sql);
    const prisma = database.prisma;
    const user = await prisma.user.create({ data: { email: `bench.import.${Date.now()}@rapport.test`, name: "Bench Importer" }, select: { id: true } });
    const bytes = generateLinkedInCsv(BENCH_IMPORT_ROWS);
    const job = await prisma.contactImport.create({
      data: { ownerId: user.id, fileName: "Connections.csv", fileHash: createHash("sha256").update(bytes).digest("hex"), format: "linkedin", source: bytes, status: "QUEUED", totalRows: BENCH_IMPORT_ROWS },
      select: { id: true },
    });
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 50);
    const started = performance.now();
    try {
      await processContactImport(prisma, user.id, job.id);
    } finally {
      clearInterval(sampler);
    }
    const seconds = (performance.now() - started) / 1000;
    const done = await prisma.contactImport.findUniqueOrThrow({ where: { id: job.id }, select: { status: true, created: true, error: true } });
    if (done.status !== "DONE" || done.created !== BENCH_IMPORT_ROWS) throw new Error(`import ended ${done.status} with ${done.created} contacts: ${done.error ?? ""}`);
    return {
      rows: BENCH_IMPORT_ROWS,
      seconds: Math.round(seconds * 10) / 10,
      rowsPerSecond: Math.round(BENCH_IMPORT_ROWS / seconds),
      // maxRSS: the operating system's peak for the whole process (kB), database included when embedded.
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      peakHeapMb: Math.round(peakHeap / 1024 / 1024),
    };
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // Alone, never touch the developer's own database: an in-memory one unless one is named.
  if (!process.env.DATABASE_URL && !process.env.RAPPORT_DATA_DIR) process.env.RAPPORT_DATA_DIR = "memory://";
  const result = await benchImport();
  console.log(JSON.stringify(result, null, 2));
}
