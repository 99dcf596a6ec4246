// Looking up people already registered, before adding a member. Read-only: it still
// requires a signed-in viewer who may write in the organisation's commune, and is
// called as a POST (search-persons.action.ts), so an ID number never appears in a URL.
// Each search is in the personal-data access log (who looked, in which register, how many
// people it showed; never what was typed: a name or an ID number is personal data too).
import type { PrismaClient } from "@/generated/prisma/client";
import type { ActionResult } from "@/domain/actions/action-result";
import { formDataToObject, zodFieldErrors } from "@/domain/actions/form-data";
import { assertCanWriteOrganisation } from "../auth/record-scope";
import type { Viewer } from "../auth/viewer";
import { isAppError } from "../errors";
import { recordPersonalDataAccess } from "../audit/personal-data-access";
import { findMatchingPersons, type PersonMatch } from "./find-matching-persons";
import { searchPersonsSchema } from "./search-persons.validation";

export async function runSearchPersons(
  viewer: Viewer | null,
  payload: unknown,
  prisma: PrismaClient,
  ip: string | null = null,
): Promise<ActionResult<PersonMatch[]>> {
  if (!viewer) return { ok: false, error: "Bạn cần đăng nhập" };
  const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
  const parsed = searchPersonsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, error: "Hãy nhập họ tên hoặc số định danh để tìm", fieldErrors: zodFieldErrors(parsed.error) };
  }
  try {
    const communeId = await assertCanWriteOrganisation(viewer, prisma, parsed.data.organisationId);
    const found = await findMatchingPersons(prisma, { ...parsed.data, communeId });
    await recordPersonalDataAccess(
      prisma,
      viewer,
      {
        kind: "VIEW",
        what: `Tìm người đã có trong sổ thành viên (tổ chức #${parsed.data.organisationId}): ${found.length} kết quả`,
        organisationId: parsed.data.organisationId,
        persons: found.length,
      },
      ip,
    );
    return { ok: true, data: found };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: e.message };
    throw e;
  }
}
