// Vietnamese alphabetical order for names shown in lists, with numbers compared as
// numbers: "Phường 2" before "Phường 10" (wards and hamlets are often numbered).
const collator = new Intl.Collator("vi", { numeric: true });

export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
