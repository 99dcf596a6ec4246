import { getOptionalViewer } from "@/server/auth/session";
import { ROLE_LABEL } from "@/domain/users/user-fields";
import { prisma } from "@/server/db";
import { viewerUnitLabels } from "@/server/users/viewer-units";
import { SignOutButton } from "./sign-out-button";

/** The signed-in user's name and role, and the sign-out button. */
export async function UserMenu() {
  const viewer = await getOptionalViewer();
  if (!viewer) return null;
  const units = await viewerUnitLabels(prisma, viewer);
  return (
    <div className="no-print flex items-center gap-3 text-sm" data-testid="user-menu">
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
  );
}
