// `next start` in several processes sharing one port (Node's cluster module): one Node.js process
// renders one page at a time, so on a machine with more than one core a single process leaves the
// others idle while requests queue. scripts/start.ts runs this when the database is a PostgreSQL
// server; the embedded database lives inside one process and cannot be shared.
//
// Usage: node scripts/cluster.mjs <processes> <next start arguments…>
// A process that dies is replaced (after a second, so a crash loop does not spin); SIGINT and
// SIGTERM stop them all.
import cluster from "node:cluster";
import { createRequire } from "node:module";

const [count, ...nextArgs] = process.argv.slice(2);
const processes = Math.max(1, Number(count) || 1);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

cluster.setupPrimary({ exec: nextBin, args: ["start", ...nextArgs] });
let stopping = false;
for (let i = 0; i < processes; i++) cluster.fork();

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  console.error(`A server process stopped (${signal ?? `exit ${code}`}); starting another.`);
  setTimeout(() => {
    if (!stopping) cluster.fork();
  }, 1000);
});

for (const name of ["SIGINT", "SIGTERM"]) {
  process.on(name, () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill(name);
  });
}
