/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two builds (say, two end-to-end runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // `npm test` typechecks the whole project (app, tests, scripts) with `tsc --noEmit` before anything
  // is built, and CI fails there. Checking again inside every `next build` only slowed each start and
  // end-to-end run by a minute, and made a build fail on a half-written test file.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Request body ceilings, set here rather than left to defaults that may change. Every form is a
    // server action, and the largest (a message, interview notes) is a few kilobytes: 1 MB refuses
    // anything else before it is parsed (Next.js answers with a bare 500, so forms measure
    // themselves first and say what is too long: lib/validation/action-size.ts, which must agree
    // with this figure). Uploads (an import, an archive) are route handlers with their own limits
    // (lib/request-body.ts).
    serverActions: { bodySizeLimit: "1mb" },
    // proxy.ts sees every page request, server actions included, and Next.js buffers such a body
    // in memory up to this size, cutting it there. Above the action limit, so an oversized action
    // still reaches the action's own 413 instead of arriving cut short.
    proxyClientMaxBodySize: "2mb",
  },
};

export default nextConfig;
