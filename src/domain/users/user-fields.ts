// Pieces of the user forms shared by the browser and the server (no server imports).
import { z } from "zod";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
} from "../auth/password-policy";

export const ROLES = ["ADMIN", "DISTRICT", "COMMUNE", "COMMITTEE"] as const;
export type RoleValue = (typeof ROLES)[number];

export const ROLE_LABEL: Record<RoleValue, string> = {
  ADMIN: "Quản trị viên",
  DISTRICT: "Cán bộ huyện (Phòng TC-KH)",
  COMMUNE: "Cán bộ xã",
  COMMITTEE: "Thường trực (chỉ xem)",
};

import { MAX_INT4 } from "../entry/fields";
export { idField, versionField } from "../entry/fields";

export const usernameField = z
  .string({ error: "Hãy nhập tên đăng nhập" })
  .trim()
  .toLowerCase()
  .min(3, { error: "Tên đăng nhập phải có ít nhất 3 ký tự" })
  .max(50, { error: "Tên đăng nhập không được dài quá 50 ký tự" })
  .regex(/^[a-z0-9._-]+$/, { error: "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các dấu . _ -" });

export const fullNameField = z
  .string({ error: "Hãy nhập họ và tên" })
  .trim()
  .min(2, { error: "Hãy nhập họ và tên" })
  .max(120, { error: "Họ và tên không được dài quá 120 ký tự" });

export const passwordField = z
  .string({ error: PASSWORD_TOO_SHORT })
  .min(PASSWORD_MIN_LENGTH, { error: PASSWORD_TOO_SHORT })
  .max(PASSWORD_MAX_LENGTH, { error: PASSWORD_TOO_LONG });

export const roleField = z.enum(ROLES, { error: "Hãy chọn vai trò" });

/** Checkboxes: absent → [], one → [x], several → [x, y]. */
export const communeIdsField = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(
    z.coerce
      .number({ error: "Xã, thị trấn không hợp lệ" })
      .int()
      .positive({ error: "Xã, thị trấn không hợp lệ" })
      .max(MAX_INT4, { error: "Xã, thị trấn không hợp lệ" }),
  ),
);

/** The programme a user's overview opens on: a code, or "" for the default programme. */
export const programmeChoiceField = z.preprocess(
  (v) => (v === undefined || v === "" ? null : v),
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, { error: "Chương trình không tồn tại" })
    .nullable(),
);

/** A COMMUNE user needs at least one commune; other roles get none. */
export function requireCommunesForCommuneRole(v: { role: RoleValue; communeIds: number[] }, ctx: z.RefinementCtx) {
  if (v.role === "COMMUNE" && v.communeIds.length === 0) {
    ctx.addIssue({ code: "custom", message: "Cán bộ xã cần được giao ít nhất một xã, thị trấn", path: ["communeIds"] });
  }
}
