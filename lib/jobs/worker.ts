// The job worker process that `npm start` runs next to the web server when the email digest is
// configured (DATABASE_URL and SMTP_URL both set). Run with Node's `--conditions=react-server`, so
// the `server-only` marker in the modules it loads resolves as on the server:
//   node --conditions=react-server --import tsx lib/jobs/worker.ts
// Every app instance runs one; pg-boss and the digest's claims keep them from sending twice.
import "server-only";
import { digestQueueOptionsFromEnv, startDigestQueue } from "./queue";

const options = digestQueueOptionsFromEnv();
if (!options) {
  console.log("[digest] DATABASE_URL and SMTP_URL are not both set: the email digest is off.");
  process.exit(0);
}

const queue = await startDigestQueue(options);
console.log("[digest] worker started: digests are checked every 15 minutes.");

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  try {
    await queue.stop();
  } finally {
    process.exit(0);
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());
// The parent (scripts/start.ts) closes our stdin when it exits, however it exits.
process.stdin.on("end", () => void stop());
process.stdin.resume();
