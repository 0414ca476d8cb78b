// Child process for the durability test: writes contacts one transaction at a time into an embedded
// database folder and prints each id once its transaction has committed, until it is killed.
import { openDatabase } from "../../lib/database";
import { migrate } from "../../lib/migrations";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: write-loop <dataDir>");
const db = openDatabase({ kind: "pglite", dataDir });
await migrate(db.sql);
const user = await db.prisma.user.upsert({
  where: { email: "durable@example.edu" },
  update: {},
  create: { email: "durable@example.edu", name: "Durable" },
});
for (let i = 0; ; i++) {
  const contact = await db.prisma.contact.create({ data: { ownerId: user.id, name: `Contact ${i}` }, select: { id: true } });
  process.stdout.write(`committed ${contact.id}\n`);
}
