import { connection } from "next/server";
import { prisma } from "@/server/db";
import { getDatasetInfo } from "@/server/settings/get-dataset-info";

/** Demo data must never be mistaken for the district's real figures. */
export async function DemoBanner() {
  await connection();
  const info = await getDatasetInfo(prisma);
  if (!info.demo) return null;
  return (
    <div role="note" className="border-b border-amber-300 bg-amber-50 text-amber-900">
      <p className="mx-auto max-w-7xl px-4 py-2 text-sm">
        <strong>Dữ liệu minh họa (demo):</strong> số liệu do chương trình tạo ngẫu nhiên để trình diễn, không phải số
        liệu thật của địa phương.
      </p>
    </div>
  );
}
