// Prisma's schema engine, as WebAssembly, asked for the SQL between two Prisma schemas: exactly what
// `prisma migrate dev` would write, without the binary engine this machine cannot download.
// The engine wants a database connection when created but reads nothing from it for a
// datamodel-to-datamodel diff, so an in-memory PGlite serves.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

import type { DiffTarget } from "@prisma/schema-engine-wasm";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let engineModule: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmBytes = readFileSync(bgPath.replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings;
}

/** SQL that takes a database from schema `from` (null: empty) to schema `to`. Empty string: no change. */
export async function diffSchemas(from: string | null, to: string): Promise<string> {
  engineModule ??= loadEngineModule();
  const { SchemaEngine } = await engineModule;
  const pglite = new PGlite();
  try {
    const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
    const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => undefined, adapter);
    const target = (content: string): DiffTarget => ({
      tag: "schemaDatamodel",
      files: [{ path: "schema.prisma", content }],
    });
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const script = result.stdout ?? "";
    return script.includes("This is an empty migration") ? "" : script;
  } finally {
    await pglite.close();
  }
}
