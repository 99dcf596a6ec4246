import { connection } from "next/server";
import { prisma } from "@/server/db";
import { getDatasetInfo } from "@/server/settings/get-dataset-info";

/** Demo data must never be mistaken for the district's real figures. Rendered inside the
 *  page's banner landmark, short enough on a phone to leave room for the figures. */
export async function DemoBanner() {
  await connection();
  const info = await getDatasetInfo(prisma);
  if (!info.demo) return null;
  return (
    <div role="note" className="border-t border-amber-300 bg-amber-50 text-amber-900">
      <p className="mx-auto max-w-7xl px-4 py-1 text-xs md:py-2 md:text-sm">
        <strong>Dữ liệu minh họa (demo):</strong> số liệu do chương trình tạo ngẫu nhiên
        <span className="hidden sm:inline"> để trình diễn</span>, không phải số liệu thật của địa phương.
      </p>
    </div>
  );
}
