import type { Role } from "@/generated/prisma/enums";

/** The signed-in person, loaded fresh from the database on every request. */
export type Viewer = {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  /** Area units a COMMUNE user may write in: those assigned to the account and every unit
   *  they took over (communeWriteScope); empty for other roles. */
  communeIds: number[];
  /** The programme the user's overview opens on; null or absent: the default programme. */
  programmeCode?: string | null;
};

/** An account's columns that every reader of it shows: who, which role, whether it may
 *  sign in (the session's viewer, the users admin pages). Never the password hash. */
export const ACCOUNT_SELECT = { id: true, username: true, fullName: true, role: true, disabled: true } as const;
