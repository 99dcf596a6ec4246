// The folders of src/server form layers: no folder may reach itself again through the
// imports of its files (type imports included). Built from the import statements, so it
// costs a few milliseconds instead of a linter plugin's module resolution.
// *.action.ts files are entry points, like pages: nothing in src/server imports them
// (checked below), so their imports cannot close a cycle and are left out; a folder's
// actions may use the action wrapper (actions/) that itself reads lower folders.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(process.cwd(), "src", "server");
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** A file's folder under src/server; a top-level file is its own node, except db.ts, next to db/. */
function folderOf(file: string): string {
  const [first, ...rest] = path.relative(ROOT, file).split(path.sep);
  if (rest.length) return `${first}/`;
  const name = first.replace(/\.tsx?$/, "");
  return fs.existsSync(path.join(ROOT, name)) ? `${name}/` : name;
}

function resolveImport(from: string, spec: string): string | null {
  if (spec.startsWith("@/server/") || spec === "@/server") return path.join(ROOT, spec.slice("@/server".length));
  if (spec.startsWith(".")) return path.resolve(path.dirname(from), spec);
  return null;
}

type Graph = Map<string, Map<string, string[]>>;

function folderGraph(): { graph: Graph; actionImports: string[] } {
  const graph: Graph = new Map();
  const actionImports: string[] = [];
  for (const file of sourceFiles(ROOT)) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      const target = resolveImport(file, spec);
      if (!target || !target.startsWith(ROOT + path.sep)) continue;
      const where = `${path.relative(ROOT, file)} → ${spec}`;
      if (/\.action$/.test(target)) actionImports.push(where);
      if (/\.action\.ts$/.test(file)) continue;
      const a = folderOf(file);
      const b = folderOf(target);
      if (a === b) continue;
      const out = graph.get(a) ?? new Map<string, string[]>();
      graph.set(a, out);
      out.set(b, [...(out.get(b) ?? []), where]);
    }
  }
  return { graph, actionImports };
}

/** Strongly connected components of two or more folders (Tarjan). */
function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found.sort((x, y) => x[0].localeCompare(y[0]));
}

describe("src/server folders", () => {
  const { graph, actionImports } = folderGraph();

  it("import no *.action module (entry points stay out of the folder graph)", () => {
    expect(actionImports).toEqual([]);
  });

  it("do not cycle", () => {
    const found = cycles(graph).map((component) => ({
      component,
      edges: component.flatMap((a) =>
        component.flatMap((b) => (graph.get(a)?.get(b) ?? []).map((where) => `${a} → ${b}: ${where}`)),
      ),
    }));
    expect(
      found.map((c) => c.component),
      JSON.stringify(found, null, 1),
    ).toEqual([]);
  });
});
