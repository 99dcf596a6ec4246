import fs from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";

/** The packages and, transitively, their dependencies (hoisted node_modules, as npm lays them out). */
function dependencyClosure(roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const manifest = path.join(process.cwd(), "node_modules", name, "package.json");
    if (!fs.existsSync(manifest)) return;
    seen.add(name);
    const { dependencies = {} } = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
      dependencies?: Record<string, string>;
    };
    Object.keys(dependencies).forEach(visit);
  };
  roots.forEach(visit);
  return [...seen];
}

// Content-Security-Policy: Next's App Router injects inline bootstrap scripts, so
// script-src needs 'unsafe-inline' unless every page is rendered with a nonce;
// everything else is locked to this origin and the page may not be framed.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const nextConfig: NextConfig = {
  // NEXT_OUTPUT=standalone: a self-contained server for a container image (docs/deploy.md).
  // Opt-in, because `next start` and `npm start` do not run from that output.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // The spreadsheet parser (a child process) is loaded by path at run time, out of the bundler's sight:
  // the standalone output must carry it and the packages it requires.
  outputFileTracingIncludes: {
    "/**": [
      "./src/server/import-export/sheet-worker.cjs",
      ...dependencyClosure(["fflate", "exceljs", "papaparse"]).map((name) => `./node_modules/${name}/**`),
    ],
  },
  // PGlite loads its WASM and data files from its own package folder at run time; resvg
  // (the Word export's charts) loads its platform's native binary the same way.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@resvg/resvg-js",
  ],
  poweredByHeader: false,
  experimental: {
    // With a proxy (src/proxy.ts), Next buffers request bodies up to this size and cuts the
    // rest (default 10 MB): the import's own 10 MB file limit plus the multipart envelope
    // must fit, so the limit the user is told is the one that applies (import route).
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
