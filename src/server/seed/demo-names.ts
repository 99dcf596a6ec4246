// Vocabulary of the demo data: Vietnamese names, hamlets, products and partners that
// look like Gò Công Tây (rice, coconut, green-skin pomelo, vegetables, cattle...).
import type { Rng } from "./random";

// Surname frequencies roughly as in the Mekong Delta (Nguyễn about a third).
const SURNAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Huỳnh",
  "Võ",
  "Phan",
  "Trương",
  "Bùi",
  "Đặng",
  "Đỗ",
  "Ngô",
  "Hồ",
  "Dương",
  "Lý",
  "Đinh",
  "Lâm",
  "Mai",
  "Châu",
  "Tô",
];
const SURNAME_WEIGHTS = [31, 11, 9, 7, 6, 6, 4, 3, 2.5, 2.5, 2, 2, 2, 1.5, 1.5, 1.2, 1.2, 1, 1, 0.8];
const MALE_MIDDLE = ["Văn", "Văn", "Văn", "Văn", "Minh", "Thanh", "Hoàng", "Quốc", "Hữu", "Công", "Tấn", "Phước"];
const FEMALE_MIDDLE = ["Thị", "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Bích", "Thu", "Mỹ"];
const MALE_GIVEN = [
  "Hùng",
  "Dũng",
  "Tuấn",
  "Phước",
  "Lộc",
  "Tài",
  "Hải",
  "Sơn",
  "Nam",
  "Thành",
  "Tâm",
  "Hiếu",
  "Khánh",
  "Long",
  "Minh",
  "Nghĩa",
  "Phúc",
  "Quang",
  "Tùng",
  "Vinh",
  "Bảo",
  "Cường",
  "Đức",
  "Hòa",
  "Trung",
  "Thắng",
  "Toàn",
  "Hậu",
  "Lợi",
  "Tân",
  "Út",
  "Em",
  "Sang",
  "Thiện",
  "Trí",
  "Nhân",
  "Kiệt",
  "Hưng",
];
const FEMALE_GIVEN = [
  "Lan",
  "Hoa",
  "Mai",
  "Hương",
  "Hằng",
  "Hạnh",
  "Nga",
  "Thảo",
  "Trang",
  "Tuyết",
  "Yến",
  "Phượng",
  "Loan",
  "Nhung",
  "Dung",
  "Hồng",
  "Liên",
  "Ngọc",
  "Thủy",
  "Xuân",
  "Diễm",
  "Oanh",
  "Bé",
  "Út",
  "Ánh",
  "Vân",
  "Trinh",
  "Nhi",
  "Thúy",
  "Kiều",
];

export type PersonName = { fullName: string; gender: "MALE" | "FEMALE" };

export function personName(rng: Rng): PersonName {
  const male = rng.chance(0.58); // members registered are more often men (heads of household)
  const surname = rng.weighted(SURNAMES, SURNAME_WEIGHTS);
  const middle = rng.pick(male ? MALE_MIDDLE : FEMALE_MIDDLE);
  const given = rng.pick(male ? MALE_GIVEN : FEMALE_GIVEN);
  return { fullName: `${surname} ${middle} ${given}`, gender: male ? "MALE" : "FEMALE" };
}

/** Hamlets (ấp): a generic list; real hamlet lists differ per commune. */
export const HAMLETS = [
  "Bình Cách",
  "Phú Quới",
  "Thạnh Hòa",
  "Bình Hòa Long",
  "Hòa Phú",
  "Long Hưng",
  "Vĩnh Lợi",
  "Bình Phục",
  "Thạnh Lạc",
  "Thạnh Yên",
  "Bình Ân",
  "Tân Phú",
  "Hòa Bình",
  "Long Phú",
  "Long Thạnh",
  "Bình Thạnh",
  "Vĩnh Quới",
  "Phú Thạnh",
  "Hưng Thạnh",
  "Đông Hòa",
  "Ấp 1",
  "Ấp 2",
  "Ấp 3",
  "Ấp 4",
  "Ấp 5",
  "Ấp 6",
];

export function hamlet(rng: Rng): string {
  return rng.pick(HAMLETS);
}

/** "Ấp Bình Cách" or "Ấp 3" (already prefixed). */
export function hamletLabel(h: string): string {
  return h.startsWith("Ấp ") ? h : `Ấp ${h}`;
}

/** "ấp Bình Cách" or "ấp 3": inside a phrase, only the common noun is lower case. */
export function hamletInline(h: string): string {
  return `ấp ${h.replace(/^Ấp /, "")}`;
}

export function address(rng: Rng, h: string): string {
  return rng.chance(0.4) ? `Số ${rng.int(1, 250)}, ${hamletInline(h)}` : hamletLabel(h);
}

export type ProductKind = {
  /** Main product label stored in Organisation.mainProducts. */
  product: string;
  /** Fragment for an HTX name: "HTX {htx} {commune}". */
  htx: string;
  /** Fragment for a THT name: "THT {tht} {hamlet}". */
  tht: string;
  weight: number;
  /** Whether it lends itself to high-tech applications (greenhouses, irrigation...). */
  techFriendly: boolean;
};

export const AGRI_PRODUCTS: readonly ProductKind[] = [
  { product: "lúa", htx: "Nông nghiệp", tht: "sản xuất lúa", weight: 30, techFriendly: false },
  { product: "dừa", htx: "Dừa", tht: "trồng dừa", weight: 14, techFriendly: false },
  { product: "bưởi da xanh", htx: "Bưởi da xanh", tht: "trồng bưởi da xanh", weight: 12, techFriendly: true },
  { product: "rau màu", htx: "Rau an toàn", tht: "trồng rau màu", weight: 14, techFriendly: true },
  { product: "thanh long", htx: "Thanh long", tht: "trồng thanh long", weight: 7, techFriendly: true },
  { product: "chăn nuôi bò", htx: "Chăn nuôi bò", tht: "nuôi bò", weight: 10, techFriendly: false },
  { product: "hành tím", htx: "Hành tím", tht: "trồng hành tím", weight: 4, techFriendly: true },
  { product: "nấm rơm", htx: "Nấm", tht: "trồng nấm rơm", weight: 4, techFriendly: true },
  { product: "nghêu", htx: "Nghêu", tht: "nuôi nghêu", weight: 2, techFriendly: false },
  { product: "dưa lưới", htx: "Dưa lưới công nghệ cao", tht: "trồng dưa lưới", weight: 3, techFriendly: true },
];

export const NON_AGRI: ReadonlyArray<{ product: string; htx: string; tht: string }> = [
  { product: "vận tải hành khách, hàng hóa", htx: "Vận tải", tht: "vận chuyển hàng hóa" },
  { product: "thu gom rác, vệ sinh môi trường", htx: "Môi trường", tht: "thu gom rác" },
  { product: "thương mại dịch vụ", htx: "Thương mại dịch vụ", tht: "buôn bán nông sản" },
  { product: "đan lục bình, thủ công mỹ nghệ", htx: "Thủ công mỹ nghệ", tht: "đan lục bình" },
  { product: "may mặc", htx: "May mặc", tht: "may gia công" },
  { product: "xây dựng", htx: "Xây dựng", tht: "thợ hồ" },
];

/** Partners of value-chain contracts (names plausible, not real contracts). */
export const PARTNERS_BY_PRODUCT: Record<string, readonly string[]> = {
  lúa: [
    "Công ty CP Vinafood",
    "Công ty TNHH Lương thực Tiền Giang",
    "Công ty CP Tập đoàn Lộc Trời",
    "Công ty TNHH Gạo Vinh Hiển",
  ],
  dừa: ["Công ty TNHH Dừa Bến Tre", "Công ty CP Chế biến dừa Lương Quới", "Công ty TNHH Betrimex"],
  "bưởi da xanh": ["Siêu thị Co.opmart Mỹ Tho", "Công ty CP Vina T&T", "Công ty TNHH Trái cây Mekong"],
  "rau màu": ["Siêu thị Co.opmart Mỹ Tho", "Công ty CP Bách hóa Xanh", "Công ty TNHH Rau quả Tiền Giang"],
  "thanh long": ["Công ty TNHH Xuất nhập khẩu Thanh long Chợ Gạo", "Công ty CP Vina T&T"],
  "chăn nuôi bò": ["Công ty CP Thực phẩm Nông sản Sài Gòn", "Công ty CP Vissan"],
  "hành tím": ["Công ty TNHH Nông sản Gò Công", "Siêu thị Co.opmart Mỹ Tho"],
  "nấm rơm": ["Công ty TNHH Nấm Việt", "Siêu thị Co.opmart Mỹ Tho"],
  nghêu: ["Công ty CP Thủy sản Gò Công", "Công ty TNHH Chế biến thủy sản Tiền Giang"],
  "dưa lưới": [
    "Công ty CP Bách hóa Xanh",
    "Siêu thị Co.opmart Mỹ Tho",
    "Công ty TNHH Nông nghiệp công nghệ cao Tiền Giang",
  ],
};

export const GENERIC_PARTNERS = [
  "Siêu thị Co.opmart Mỹ Tho",
  "Công ty CP Phân bón Bình Điền",
  "Công ty CP Thuốc sát trùng Việt Nam",
];

export function partnerFor(rng: Rng, product: string): string {
  return rng.pick(PARTNERS_BY_PRODUCT[product] ?? GENERIC_PARTNERS);
}
