import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layer boundaries (see README "Layers"): src/domain is pure; the browser reaches the
// server only through server actions.

/** Whether a file starts with the "use client" directive (its first statement). */
const isClientModule = (program) => {
  const first = program.body[0];
  return first?.type === "ExpressionStatement" && first.directive === "use client";
};

/** A specifier that names server code: @/server/…, or a relative path into src/server. */
const serverPath = (source, filename) =>
  source.startsWith("@/server/") ||
  source === "@/server" ||
  source.startsWith("@/config/") ||
  (source.startsWith(".") && /[\\/]src[\\/](server|config)[\\/]/.test(new URL(source, `file://${filename}`).pathname));

const clientImportsRule = {
  meta: {
    type: "problem",
    docs: { description: 'A "use client" module imports from src/server only *.action modules and types.' },
    schema: [],
    messages: {
      server:
        "A client component may import from src/server only *.action modules or `import type` ('{{source}}'): move pure code to src/domain.",
    },
  },
  create(context) {
    let client = false;
    const check = (node, typeOnly) => {
      if (!client || typeOnly || !node.source) return;
      const source = String(node.source.value);
      if (serverPath(source, context.filename) && !/\.action$/.test(source))
        context.report({ node, messageId: "server", data: { source } });
    };
    return {
      Program(program) {
        client = isClientModule(program);
      },
      ImportDeclaration(node) {
        check(
          node,
          node.importKind === "type" ||
            (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type")),
        );
      },
      ExportNamedDeclaration(node) {
        check(node, node.exportKind === "type");
      },
      ExportAllDeclaration(node) {
        check(node, node.exportKind === "type");
      },
      ImportExpression(node) {
        if (client && node.source.type === "Literal") check({ source: node.source, ...node }, false);
      },
    };
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // CommonJS run as is by Node (the spreadsheet worker): require() is how it loads.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The domain layer is pure: no database, framework, server or file system.
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/server",
                "@/server/*",
                "@/app",
                "@/app/*",
                "@/components/*",
                "@/config/*",
                "@/generated/*",
                "**/server/**",
                "**/app/**",
                "**/generated/**",
              ],
              message: "src/domain is pure: it may not import the server, app, config or generated layers.",
            },
            {
              group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react/*", "react-dom", "react-dom/*"],
              message: "src/domain is pure: no framework imports.",
            },
            { group: ["@prisma/*", "prisma", "pg", "@electric-sql/*"], message: "src/domain is pure: no database." },
            { group: ["server-only"], message: "src/domain runs anywhere, the browser included." },
            {
              group: ["node:fs", "node:fs/*", "fs", "fs/*", "node:child_process", "child_process", "node:net", "net"],
              message: "src/domain is pure: no file system or processes.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { ktt: { rules: { "client-imports": clientImportsRule } } },
    rules: { "ktt/client-imports": "error" },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "src/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
