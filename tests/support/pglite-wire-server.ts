// A PostgreSQL server that a test can really stop and start again: an embedded PGlite data folder
// served over the Postgres wire protocol on 127.0.0.1, in its own process. Killing the process is
// the database going away (every connection drops, new ones are refused); starting it again on the
// same folder brings back the same data. Needs no PostgreSQL installed, so the end-to-end suite keeps
// running on a fresh machine.
//
//   tsx tests/support/pglite-wire-server.ts <data folder> <port> [--init]
//
// --init migrates and seeds the demo with the project's own code first. The process sends
// { ready: true } over IPC once it listens. An IPC "hold" makes it stop answering queries (it reports
// { held: true } when one arrives and then keeps it waiting), so a test can stop the database while a
// request is certainly waiting on it.
//
// Why not @electric-sql/pglite-socket: it pins @electric-sql/pglite to an exact older version plus
// seven extension packages as peers, which conflicts with the project's own PGlite. What a test needs
// of it fits in this file.
import { createServer, type Socket } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { openDatabase } from "../../lib/database";
import { migrate } from "../../lib/migrations";
import { seedDemoIfEmpty } from "../../prisma/seed";

const [dataDir, portArg] = process.argv.slice(2);
if (!dataDir || !portArg) throw new Error("usage: pglite-wire-server.ts <data folder> <port> [--init]");

if (process.argv.includes("--init")) {
  const db = openDatabase({ kind: "pglite", dataDir });
  try {
    await migrate(db.sql);
    await seedDemoIfEmpty(db.prisma);
  } finally {
    await db.close();
  }
}

const pglite = new PGlite({ dataDir, extensions: { pg_trgm } });
await pglite.waitReady;

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;

// PGlite is one PostgreSQL session, so connections take turns: a connection keeps the session from
// its first message up to a Sync or simple Query that leaves no transaction open. Otherwise one
// connection's unnamed statement or open transaction would leak into another's.
let owner: Connection | null = null;
const waiting: Array<() => void> = [];
async function acquire(connection: Connection) {
  while (owner && owner !== connection) await new Promise<void>((resolve) => waiting.push(resolve));
  owner = connection;
}
function release(connection: Connection) {
  if (owner !== connection) return;
  owner = null;
  waiting.splice(0).forEach((wake) => wake());
}

let holding = false;
let heldReported = false;
process.on("message", (message) => {
  if (message === "hold") holding = true;
});

class Connection {
  private buffer = Buffer.alloc(0);
  private started = false;
  private running = false;
  private closed = false;

  constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on("data", (data) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      void this.run();
    });
    socket.on("error", () => undefined);
    socket.on("close", () => void this.close());
  }

  /** The next whole message, or null until more bytes arrive. */
  private next(): { type: string; bytes: Buffer } | null {
    if (!this.started) {
      if (this.buffer.length < 8) return null;
      const length = this.buffer.readInt32BE(0);
      if (this.buffer.length < length) return null;
      const bytes = this.buffer.subarray(0, length);
      this.buffer = this.buffer.subarray(length);
      return { type: "startup", bytes };
    }
    if (this.buffer.length < 5) return null;
    const length = 1 + this.buffer.readInt32BE(1);
    if (this.buffer.length < length) return null;
    const bytes = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return { type: String.fromCharCode(bytes[0] ?? 0), bytes };
  }

  private async run() {
    if (this.running) return;
    this.running = true;
    try {
      for (let message = this.next(); message && !this.closed; message = this.next()) {
        if (message.type === "startup") {
          const code = message.bytes.readInt32BE(4);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            this.socket.write("N");
            continue;
          }
          if (code === CANCEL_REQUEST || code !== PROTOCOL_3) {
            this.socket.destroy();
            return;
          }
          this.started = true;
        }
        if (message.type === "X") {
          this.socket.end();
          return;
        }
        await acquire(this);
        if (holding) {
          if (!heldReported) process.send?.({ held: true });
          heldReported = true;
          await new Promise(() => undefined); // until the test kills this process
        }
        await pglite.execProtocolRawStream(new Uint8Array(message.bytes), {
          onRawData: (data) => {
            if (!this.closed) this.socket.write(data);
          },
        });
        const endsTurn = message.type === "startup" || message.type === "S" || message.type === "Q";
        if (endsTurn && !pglite.isInTransaction()) release(this);
      }
    } catch (error) {
      console.error("pglite-wire-server:", error);
      this.socket.destroy();
    } finally {
      this.running = false;
    }
  }

  private async close() {
    if (this.closed) return;
    this.closed = true;
    if (owner !== this) return;
    // A client that went away mid-turn must not leave its transaction to the next one.
    if (pglite.isInTransaction()) await pglite.exec("ROLLBACK").catch(() => undefined);
    release(this);
  }
}

const server = createServer((socket) => new Connection(socket));
server.listen(Number(portArg), "127.0.0.1", () => process.send?.({ ready: true }));
