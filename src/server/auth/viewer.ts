import type { Role } from "@/generated/prisma/enums";

/** The signed-in person, loaded fresh from the database on every request. */
export type Viewer = {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  /** Area units a COMMUNE user may write in; empty for other roles. */
  communeIds: number[];
};
