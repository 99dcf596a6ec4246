import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import {
  assertCanAdminister,
  assertCanApprove,
  assertCanWriteCommune,
  canAdminister,
  canApprove,
  canRead,
  canWriteCommune,
  canWriteSomewhere,
} from "./permissions";
import type { Viewer } from "./viewer";

const viewer = (role: Viewer["role"], communeIds: number[] = []): Viewer => ({
  id: 1,
  username: role.toLowerCase(),
  fullName: role,
  role,
  communeIds,
});

const admin = viewer("ADMIN");
const district = viewer("DISTRICT");
const committee = viewer("COMMITTEE");
const commune = viewer("COMMUNE", [7, 9]);

describe("permissions", () => {
  it("lets every signed-in user read and nobody anonymous", () => {
    for (const v of [admin, district, committee, commune]) expect(canRead(v)).toBe(true);
    expect(canRead(null)).toBe(false);
    expect(canRead(undefined)).toBe(false);
  });

  it("lets ADMIN and DISTRICT write in any commune", () => {
    for (const v of [admin, district]) {
      expect(canWriteCommune(v, 7)).toBe(true);
      expect(canWriteCommune(v, 12345)).toBe(true);
    }
  });

  it("lets a COMMUNE user write only inside its own communes", () => {
    expect(canWriteCommune(commune, 7)).toBe(true);
    expect(canWriteCommune(commune, 9)).toBe(true);
    expect(canWriteCommune(commune, 8)).toBe(false);
    expect(canWriteCommune(commune, null)).toBe(false);
    expect(canWriteCommune(commune, undefined)).toBe(false);
    expect(canWriteCommune(viewer("COMMUNE", []), 7)).toBe(false);
  });

  it("never lets COMMITTEE or anonymous callers write", () => {
    expect(canWriteCommune(committee, 7)).toBe(false);
    expect(canWriteCommune(viewer("COMMITTEE", [7]), 7)).toBe(false);
    expect(canWriteCommune(null, 7)).toBe(false);
    expect(canWriteSomewhere(committee)).toBe(false);
    expect(canWriteSomewhere(commune)).toBe(true);
    expect(canWriteSomewhere(viewer("COMMUNE", []))).toBe(false);
  });

  it("reserves approval to ADMIN and DISTRICT, administration to ADMIN", () => {
    expect([admin, district, committee, commune, null].map(canApprove)).toEqual([true, true, false, false, false]);
    expect([admin, district, committee, commune, null].map(canAdminister)).toEqual([true, false, false, false, false]);
  });

  it("throws FORBIDDEN with a Vietnamese message, UNAUTHENTICATED for anonymous", () => {
    expect(() => assertCanWriteCommune(commune, 7)).not.toThrow();
    const forbidden = (() => {
      try {
        assertCanWriteCommune(commune, 8);
      } catch (e) {
        return e;
      }
    })();
    expect(forbidden).toBeInstanceOf(AppError);
    expect((forbidden as AppError).code).toBe("FORBIDDEN");
    expect((forbidden as AppError).message).toMatch(/không có quyền/);
    expect(() => assertCanWriteCommune(committee, 7)).toThrow(/chỉ được xem/);
    expect(() => assertCanWriteCommune(null, 7)).toThrow(/đăng nhập/);
    expect(() => assertCanApprove(commune)).toThrow(AppError);
    expect(() => assertCanApprove(district)).not.toThrow();
    expect(() => assertCanAdminister(district)).toThrow(AppError);
    expect(() => assertCanAdminister(admin)).not.toThrow();
  });
});
