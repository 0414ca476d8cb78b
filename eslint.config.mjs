import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Only the data-access layer touches the database. Everything else asks lib/data, which scopes
// every query by the signed-in viewer; importing the client elsewhere would skip that door.
const prismaClientImports = {
  patterns: [
    {
      group: ["**/generated/prisma/client", "**/generated/prisma/internal/*", "@prisma/client", "@prisma/client/*", "**/db", "./db", "../db", "@/lib/db"],
      message: "Only lib/data/** and lib/db.ts may use the Prisma client: go through the data-access layer (lib/data).",
      allowTypeImports: true,
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/data/**", "lib/db.ts", "lib/database.ts"],
    rules: { "no-restricted-imports": ["error", prismaClientImports] },
  },
  {
    // "use server" files are public endpoints: they export actions and nothing else.
    files: ["lib/actions/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ExportNamedDeclaration > VariableDeclaration", message: "A \"use server\" file exports async functions (actions) only." },
        { selector: "ExportNamedDeclaration[exportKind='type']", message: "Keep types in lib/validation, not in \"use server\" files." },
        { selector: "ExportDefaultDeclaration", message: "Actions are named exports." },
      ],
    },
  },
];

export default config;
