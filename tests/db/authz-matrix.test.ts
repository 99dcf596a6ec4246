// Authorization matrix: every registered server action × every role and scope gets
// exactly the outcome written in authz-expectations.ts, and nothing is written when it
// is refused. An action (or an action file) missing from that table fails the test.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/domain/actions/action-result";
import { MESSAGES } from "@/server/actions/define-action";
import { getAction, listActions } from "@/server/actions/registry";
import { assertCanAdminister, assertCanApprove, assertCanWriteCommune } from "@/server/auth/permissions";
import type { Viewer } from "@/server/auth/viewer";
import { assertCanCommentOnReports, assertCanManageReports } from "@/server/reports/report-permissions";
import { createActionWorld, tableCounter, type ActionWorld } from "./action-world";
import { actionFilesOnDisk, loadAllActions } from "./all-actions";
import {
  ACTION_EXPECTATIONS,
  ACTORS,
  UNREGISTERED_ACTION_FILES,
  type ActionExpectation,
  type Actor,
  type Outcome,
} from "./authz-expectations";

/** The refusals of the permission helpers and of the importer's scope check. */
const FORBIDDEN =
  /không có quyền|chỉ được xem|^Chỉ (quản trị viên|cán bộ huyện|Thường trực)|ngoài địa bàn|không được nhập dữ liệu/;

let w: ActionWorld;
let counts: () => Promise<Record<string, number>>;
let actionFiles: Map<string, string[]>;

beforeAll(async () => {
  actionFiles = await loadAllActions();
  w = await createActionWorld();
  counts = await tableCounter(w.prisma);
});
afterAll(async () => w?.db.dispose());

/** The caller and the commune of the record for each actor. */
function caller(actor: Actor): { viewer: Viewer | null; communeId: number } {
  switch (actor) {
    case "ADMIN":
      return { viewer: w.admin, communeId: w.communeOther };
    case "DISTRICT":
      return { viewer: w.district, communeId: w.communeOther };
    case "COMMUNE_OWN":
      return { viewer: w.commune, communeId: w.communeOwn };
    case "COMMUNE_OTHER":
      return { viewer: w.commune, communeId: w.communeOther };
    case "COMMITTEE":
      return { viewer: w.committee, communeId: w.communeOwn };
    case "ANONYMOUS":
      return { viewer: null, communeId: w.communeOwn };
  }
}

function messagesOf(r: ActionResult<unknown>): string[] {
  if (r.ok) return [];
  return [r.error, ...Object.values(r.fieldErrors ?? {}).flat()];
}

async function check(
  run: (viewer: Viewer | null, payload: unknown) => Promise<unknown>,
  exp: ActionExpectation,
  actor: Actor,
) {
  const { viewer, communeId } = caller(actor);
  const payload = await exp.payload(w, communeId);
  const before = await counts();
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const result = (await run(viewer, payload)) as ActionResult<unknown>;
  errors.mockRestore();
  const expected: Outcome = exp.outcomes[actor];
  if (expected === "ok") {
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    return;
  }
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (result.ok) return;
  expect(result.ref, "a refusal is not an unexpected error").toBeUndefined();
  if (expected === "unauthenticated") expect(result.error).toBe(MESSAGES.unauthenticated);
  else
    expect(
      messagesOf(result).some((m) => FORBIDDEN.test(m)),
      JSON.stringify(result),
    ).toBe(true);
  expect(await counts(), "a refused call writes nothing").toEqual(before);
}

describe("the registry of expectations", () => {
  it("names every registered action, and only those", () => {
    const registered = listActions().map((a) => a.name);
    expect(registered.length).toBeGreaterThan(0);
    expect(
      registered.filter((n) => !(n in ACTION_EXPECTATIONS)),
      "actions missing from authz-expectations.ts",
    ).toEqual([]);
    expect(
      Object.keys(ACTION_EXPECTATIONS).filter((n) => !registered.includes(n)),
      "stale entries",
    ).toEqual([]);
  });

  it("was loaded from every *.action.ts on disk, each registering an action or listed as unregistered", () => {
    expect([...actionFiles.keys()]).toEqual(actionFilesOnDisk());
    const silent = [...actionFiles].filter(([, names]) => names.length === 0).map(([file]) => file);
    expect(silent.sort()).toEqual(Object.keys(UNREGISTERED_ACTION_FILES).sort());
  });

  it("recognises the refusal message of every permission helper", () => {
    const refusal = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error("not refused");
    };
    const messages = [
      refusal(() => assertCanWriteCommune(w.committee, w.communeOwn)),
      refusal(() => assertCanWriteCommune(w.commune, w.communeOther)),
      refusal(() => assertCanApprove(w.commune)),
      refusal(() => assertCanAdminister(w.district)),
      refusal(() => assertCanManageReports(w.committee)),
      refusal(() => assertCanCommentOnReports(w.commune)),
    ];
    for (const m of messages) expect(m).toMatch(FORBIDDEN);
    expect(MESSAGES.unauthenticated).not.toMatch(FORBIDDEN);
  });
});

describe.each(Object.keys(ACTION_EXPECTATIONS))("action %s", (name) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const action = getAction(name);
    expect(action, `${name} is not registered`).toBeDefined();
    await check((viewer, payload) => action!.run(viewer, payload, w.prisma), ACTION_EXPECTATIONS[name], actor);
  });
});

describe.each(Object.keys(UNREGISTERED_ACTION_FILES))("server action file %s", (file) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const exp = UNREGISTERED_ACTION_FILES[file];
    await check((viewer, payload) => exp.run(viewer, payload, w.prisma), exp, actor);
  });
});
