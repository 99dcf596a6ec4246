/** Shown instead of a page the viewer's role may not see (the data functions refuse too). */
export function Forbidden({ message = "Bạn không có quyền truy cập trang này." }: { message?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
      <h1 className="text-lg font-semibold">Không có quyền truy cập</h1>
      <p className="text-sm">{message}</p>
    </div>
  );
}
