// The sections of a report: their anchors and labels (comments point at them) and the
// three written parts, shared by the web view, the PDF and the Word export.
/**
 * The sections of a report a comment can be about: each has an anchor (#muc-<key>) in the
 * web view, and its comments are shown under it.
 */
export const REPORT_SECTIONS = [
  { key: "ket-qua", label: "I. Kết quả thực hiện (phần viết)" },
  { key: "chi-tieu", label: "I.1. Kết quả thực hiện các chỉ tiêu" },
  { key: "dia-ban", label: "I.2. Kết quả theo xã, loại hình, lĩnh vực" },
  { key: "ho-tro", label: "I.3. Chính sách hỗ trợ" },
  { key: "chat-luong", label: "I.4. Chất lượng số liệu" },
  { key: "han-che", label: "II. Hạn chế, nguyên nhân" },
  { key: "nhiem-vu", label: "III. Nhiệm vụ, giải pháp thời gian tới" },
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]["key"];
export const REPORT_SECTION_KEYS = REPORT_SECTIONS.map((s) => s.key) as [ReportSectionKey, ...ReportSectionKey[]];

export const NARRATIVE_SECTIONS = [
  { key: "results", heading: "I. KẾT QUẢ THỰC HIỆN", section: "ket-qua" },
  { key: "limitations", heading: "II. HẠN CHẾ, NGUYÊN NHÂN", section: "han-che" },
  { key: "tasksAhead", heading: "III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", section: "nhiem-vu" },
] as const;
