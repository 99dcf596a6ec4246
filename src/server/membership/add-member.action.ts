"use server";
import { defineAction } from "../actions/define-action";
import { authorizeOrganisationWrite } from "../auth/record-scope";
import { AppError } from "../errors";
import { isoDay } from "@/domain/time/vietnam";
import { findMatchingPersons } from "../person/find-matching-persons";
import { hashIdNumber, idNumberTail } from "../person/id-number-hash";
import { addMemberSchema } from "./add-member.validation";
import { memberPages } from "./membership-end";

/**
 * Adds a member to an organisation's register: links a person already known (chosen
 * from the search, or recognised by the keyed hash of the ID number) or creates one.
 * The ID number itself is never stored, audited or logged.
 */
export const addMember = defineAction({
  name: "memberships.add",
  schema: addMemberSchema,
  authorize: authorizeOrganisationWrite,
  revalidate: memberPages,
  async handler({ input, prisma, audit }) {
    const org = await prisma.organisation.findUniqueOrThrow({
      where: { id: input.organisationId },
      select: { type: true, communeId: true },
    });
    if (org.type === "LHHTX") {
      throw new AppError("INVALID", "Thành viên của liên hiệp là các hợp tác xã, không nhập vào sổ thành viên cá nhân");
    }

    let personId: number | null = null;
    let linkedBy: "CHOSEN" | "ID_NUMBER" | null = null;
    if (/^\d+$/.test(input.personChoice)) {
      const p = await prisma.person.findUnique({ where: { id: Number(input.personChoice) }, select: { id: true } });
      if (!p) throw new AppError("NOT_FOUND", "Người được chọn không còn tồn tại; hãy tìm lại");
      personId = p.id;
      linkedBy = "CHOSEN";
    } else if (input.idNumber) {
      const p = await prisma.person.findUnique({
        where: { idNumberHash: hashIdNumber(input.idNumber) },
        select: { id: true },
      });
      if (p) {
        personId = p.id;
        linkedBy = "ID_NUMBER";
      }
    }
    if (personId === null && input.personChoice !== "new") {
      const similar = await findMatchingPersons(prisma, {
        fullName: input.fullName,
        birthYear: input.birthYear,
        communeId: org.communeId,
        idNumber: null,
      });
      if (similar.length > 0) {
        const msg = `Đã có ${similar.length} người cùng họ tên${input.birthYear ? ", năm sinh" : ""} ở xã này: hãy bấm "Tìm người đã có" để chọn, hoặc chọn "Tạo người mới"`;
        throw new AppError("INVALID", msg, { fullName: [msg] });
      }
    }

    if (personId === null) {
      const person = await prisma.person.create({
        data: {
          kind: input.kind,
          fullName: input.fullName,
          birthYear: input.birthYear,
          gender: input.gender,
          communeId: org.communeId,
          idNumberHash: input.idNumber ? hashIdNumber(input.idNumber) : null,
          idNumberTail: input.idNumber ? idNumberTail(input.idNumber) : null,
        },
      });
      personId = person.id;
      await audit({
        action: "CREATE",
        entity: "Person",
        entityId: person.id,
        after: {
          kind: person.kind,
          fullName: person.fullName,
          birthYear: person.birthYear,
          gender: person.gender,
          communeId: person.communeId,
          idNumberTail: person.idNumberTail,
        },
      });
    }

    const active = await prisma.membership.findFirst({
      where: { organisationId: input.organisationId, personId, leftOn: null },
      select: { id: true },
    });
    if (active) throw new AppError("INVALID", "Người này đang là thành viên của tổ chức");

    const m = await prisma.membership.create({
      data: {
        organisationId: input.organisationId,
        personId,
        memberType: input.memberType,
        joinedOn: input.joinedOn,
        leftOn: input.leftOn,
        capitalContributed: input.capitalContributed ?? 0n,
      },
    });
    await audit({
      action: "CREATE",
      entity: "Membership",
      entityId: m.id,
      after: {
        organisationId: m.organisationId,
        personId,
        linkedExistingPerson: linkedBy,
        memberType: m.memberType,
        joinedOn: isoDay(m.joinedOn),
        leftOn: isoDay(m.leftOn),
        capitalContributed: m.capitalContributed,
      },
    });
    return { id: m.id, organisationId: input.organisationId, personId, linkedBy };
  },
});
