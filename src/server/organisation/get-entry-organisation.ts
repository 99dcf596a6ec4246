// The organisation behind an entry page, with whether the viewer may write in its
// commune (the actions check again; this only chooses between the form and a 403).
import { compareVietnamese } from "@/domain/format/collate";
import { groupUnitsForPicker, labelWithSuccessor } from "@/domain/territory/unit-label";
import type { PrismaClient } from "@/generated/prisma/client";
import { canWriteCommune } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { LABELLED_UNIT_SELECT } from "../territory/labelled-unit";
import { isoDay } from "@/domain/time/vietnam";

const ID_PATTERN = /^[1-9][0-9]{0,9}$/;

export async function getEntryOrganisation(viewer: Viewer, prisma: PrismaClient, rawId: string) {
  if (!ID_PATTERN.test(rawId)) return null;
  const o = await prisma.organisation.findUnique({
    where: { id: Number(rawId) },
    include: { commune: { select: LABELLED_UNIT_SELECT } },
  });
  if (!o) return null;
  return {
    organisation: {
      id: o.id,
      code: o.code,
      type: o.type,
      name: o.name,
      communeId: o.communeId,
      // a dissolved commune says where the organisation counts today
      communeName: labelWithSuccessor(o.commune),
      address: o.address,
      sector: o.sector,
      mainProducts: o.mainProducts,
      foundedOn: isoDay(o.foundedOn),
      hasMemberRegister: o.hasMemberRegister,
      currentStatus: o.currentStatus,
      version: o.version,
    },
    canWrite: canWriteCommune(viewer, o.communeId),
  };
}

/** Communes the viewer may place an organisation in: current units first, dissolved ones
 *  after them and marked with where they count today, each with its validity, so that the
 *  form offers only those that existed on the organisation's founding date (today when
 *  it has none), as the server accepts them (assertUnitExistsOn). */
export async function listWritableCommunes(viewer: Viewer, prisma: PrismaClient) {
  const all = await prisma.areaUnit.findMany({
    where: { level: "COMMUNE" },
    select: { id: true, name: true, kind: true, validFrom: true, validTo: true, successorId: true },
  });
  // in Vietnamese order (the old and the new "Vĩnh Bình" never read the same)
  const { current, former } = groupUnitsForPicker(all, compareVietnamese);
  return [...current, ...former]
    .filter((c) => canWriteCommune(viewer, c.id))
    .map((c) => ({ id: c.id, label: c.label, validFrom: isoDay(c.validFrom)!, validTo: isoDay(c.validTo) }));
}
