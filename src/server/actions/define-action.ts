// The one wrapper for server actions. In order: who is asking (anonymous → refused),
// parse the input with the action's zod schema (errors per field, in Vietnamese),
// then in ONE transaction: authorize (the data-layer check, reading the record's
// commune from the database) and the handler with its audit rows. Expected failures
// (AppError, unique violations) become safe messages; anything else is logged with a
// reference and the user sees a generic message with that reference. Never a 500.
import { refreshAfterWrite } from "../read-model/snapshots";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { Viewer } from "../auth/viewer";
import { recordAudit, type AuditInput } from "../audit/record-audit";
import { isAppError } from "../errors";
import type { ActionResult } from "@/domain/actions/action-result";
import { echoValues, formDataToObject, INVALID_INPUT, zodFieldErrors } from "@/domain/actions/form-data";
import { registerAction } from "./registry";
import { clientIpFrom } from "../http/client-ip";
import { markWriter, submissionLockError } from "../db/write-gate";

export type { ActionResult } from "@/domain/actions/action-result";

type Tx = Prisma.TransactionClient;

export type ActionContext<I> = {
  viewer: Viewer;
  input: I;
  /** The transaction: every write of the action goes through it. */
  prisma: Tx;
  /** Records an audit row in the same transaction, as the viewer. */
  audit: (entry: AuditInput) => Promise<void>;
  ip: string | null;
};

export type ActionDefinition<S extends z.ZodType, T> = {
  name: string;
  schema: S;
  /** Throw AppError("FORBIDDEN" | "NOT_FOUND") to refuse. Runs inside the transaction. */
  authorize: (viewer: Viewer, input: z.output<S>, prisma: Tx) => Promise<void> | void;
  handler: (ctx: ActionContext<z.output<S>>) => Promise<T>;
  /** Paths to revalidate after a successful commit (server-action calls only). */
  revalidate?: string[] | ((data: T) => string[]);
};

export type RunOptions = { ip?: string | null };

export type DefinedAction<T> = ((
  prevState: unknown,
  payload?: FormData | Record<string, unknown>,
) => Promise<ActionResult<T>>) & {
  actionName: string;
  /** Outside Next (tests, scripts): the same pipeline with an explicit viewer and client. */
  run: (
    viewer: Viewer | null,
    payload: unknown,
    prisma: PrismaClient,
    options?: RunOptions,
  ) => Promise<ActionResult<T>>;
};

export const MESSAGES = {
  unauthenticated: "Bạn cần đăng nhập",
  invalid: INVALID_INPUT,
  duplicate: "Dữ liệu bị trùng với một bản ghi đã có",
  notFound: "Không tìm thấy bản ghi (có thể đã bị xoá); hãy tải lại trang",
  retry: "Có thay đổi đồng thời trên cùng dữ liệu; hãy thử lại",
  unexpected: (ref: string) =>
    `Đã có lỗi ngoài dự kiến (mã tham chiếu ${ref}). Hãy thử lại hoặc báo quản trị viên kèm mã này.`,
} as const;

const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

export function defineAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>): DefinedAction<T> {
  async function run(
    viewer: Viewer | null,
    payload: unknown,
    prisma: PrismaClient,
    options: RunOptions = {},
  ): Promise<ActionResult<T>> {
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    const values = echoValues(raw);
    if (!viewer) return { ok: false, error: MESSAGES.unauthenticated };

    const parsed = def.schema.safeParse(raw ?? {});
    if (!parsed.success) {
      return { ok: false, error: MESSAGES.invalid, fieldErrors: zodFieldErrors(parsed.error), values };
    }
    const input = parsed.data as z.output<S>;
    const ip = options.ip ?? null;

    try {
      const data = await prisma.$transaction(async (tx) => {
        // Who writes decides, in the database, whether the changes wait for approval and
        // that submitted dossiers stay untouched (db/write-gate.ts).
        await markWriter(tx, viewer);
        await def.authorize(viewer, input, tx);
        let audited = 0;
        const audit = async (entry: AuditInput) => {
          await recordAudit(tx, { ...entry, viewer, ip });
          audited++;
        };
        const result = await def.handler({ viewer, input, prisma: tx, audit, ip });
        // Every mutation leaves a trace; an action that forgot is a bug, and rolls back.
        if (audited === 0) throw new Error(`Action ${def.name} finished without an audit row`);
        return result;
      }, TRANSACTION_OPTIONS);
      return { ok: true, data };
    } catch (e) {
      rethrowNextControlFlow(e);
      return toFailure(def.name, e, values);
    }
  }

  const action = async function serverAction(prevState: unknown, payload?: FormData | Record<string, unknown>) {
    // Used as <form action> without useActionState, the payload is the only argument.
    const input = payload === undefined ? prevState : payload;
    const [{ getOptionalViewer }, { prisma }, { headers }, { after }] = await Promise.all([
      import("../auth/session"),
      import("../db"),
      import("next/headers"),
      import("next/server"),
    ]);
    let viewer: Viewer | null;
    try {
      viewer = await getOptionalViewer();
    } catch (e) {
      rethrowNextControlFlow(e);
      return toFailure(def.name, e, echoValues(input instanceof FormData ? formDataToObject(input) : input));
    }
    const h = await headers();
    const ip = clientIpFrom(h);
    const result = await run(viewer, input, prisma, { ip });
    // Committed: the pre-aggregated facts (when kept) take the write in once the answer
    // has gone out, so that the next overview, a read that never writes, finds them
    // current; until then it computes live. Nationally that is seconds after an import.
    if (result.ok) after(() => refreshAfterWrite(prisma));
    if (result.ok && def.revalidate) {
      const { revalidatePath } = await import("next/cache");
      const paths = typeof def.revalidate === "function" ? def.revalidate(result.data) : def.revalidate;
      for (const p of paths) revalidatePath(p);
    }
    return result;
  } as DefinedAction<T>;

  action.actionName = def.name;
  action.run = run;
  registerAction({ name: def.name, run });
  return action;
}

function rethrowNextControlFlow(e: unknown): void {
  // redirect(), notFound() and dynamic-usage bail-outs are control flow, not errors.
  const digest = (e as { digest?: unknown } | null)?.digest;
  if (typeof digest === "string" && (digest.startsWith("NEXT_") || digest === "DYNAMIC_SERVER_USAGE")) throw e;
}

function toFailure(name: string, e: unknown, values?: Record<string, string | string[]>): ActionResult<never> {
  if (isAppError(e)) return { ok: false, error: e.message, fieldErrors: e.fieldErrors, values };
  const locked = submissionLockError(e);
  if (locked) return { ok: false, error: locked.message, values };
  const code = e instanceof Prisma.PrismaClientKnownRequestError ? e.code : undefined;
  if (code === "P2002") {
    const fields = uniqueFields(e as Prisma.PrismaClientKnownRequestError);
    return {
      ok: false,
      error: MESSAGES.duplicate + (fields.length ? ` (trùng ${fields.join(", ")})` : ""),
      fieldErrors: fields.length ? Object.fromEntries(fields.map((f) => [f, ["Giá trị này đã được dùng"]])) : undefined,
      values,
    };
  }
  if (code === "P2025") return { ok: false, error: MESSAGES.notFound, values };
  if (code === "P2034") return { ok: false, error: MESSAGES.retry, values };
  const ref = randomBytes(4).toString("hex").toUpperCase();
  console.error(`[action ${name}] lỗi ngoài dự kiến, ref=${ref}`, e);
  return { ok: false, error: MESSAGES.unexpected(ref), ref, values };
}

/** The columns of a violated unique constraint, as far as the driver reports them. */
function uniqueFields(e: Prisma.PrismaClientKnownRequestError): string[] {
  const meta = (e.meta ?? {}) as Record<string, unknown>;
  if (Array.isArray(meta.target)) return meta.target.map(String);
  const cause = (meta.driverAdapterError as { cause?: { constraint?: { fields?: unknown } } } | undefined)?.cause;
  const fields = cause?.constraint?.fields;
  return Array.isArray(fields) ? fields.map((f) => String(f).replace(/"/g, "")) : [];
}
