import { getOptionalViewer } from "@/server/auth/session";
import { menuFor } from "@/server/auth/menu";
import { ROLE_LABEL } from "@/domain/users/user-fields";
import { prisma } from "@/server/db";
import { viewerUnitLabels } from "@/server/users/viewer-units";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";

/** The menu the signed-in user may use, their name, role and communes, and sign-out;
 *  nothing for a visitor who has not signed in (the sign-in page has no menu). */
export async function UserMenu() {
  const viewer = await getOptionalViewer();
  if (!viewer) return null;
  const units = await viewerUnitLabels(prisma, viewer);
  return (
    <MainNav items={menuFor(viewer)}>
      <div className="flex items-center justify-between gap-3 text-sm md:justify-start" data-testid="user-menu">
        <p className="leading-tight">
          <span className="font-semibold">{viewer.fullName}</span>
          <br />
          <span className="text-xs text-brand-100" data-testid="user-role">
            {ROLE_LABEL[viewer.role]}
            {units.length ? ` · ${units.join(", ")}` : ""}
          </span>
        </p>
        <SignOutButton />
      </div>
    </MainNav>
  );
}
