import { describe, expect, it } from "vitest";
import { MEMBER_COLUMNS } from "./columns";
import { importToday, type ImportScope } from "./import-rules";
import { formatIssue } from "./issues";
import { d, sheetOf } from "./plan-fixtures.test-support";
import {
  checkMemberRows,
  mapMemberSheet,
  planMembers,
  unconfirmedLinksIssue,
  type MemberOrg,
  type MemberSnapshot,
  type PersonRef,
} from "./plan-members";

const DISTRICT: ImportScope = { role: "DISTRICT", communeIds: [] };
const HTX: MemberOrg = {
  id: 1,
  code: "HTX-1",
  type: "HTX",
  communeId: 10,
  hasMemberRegister: false,
  communeName: "Vĩnh Bình",
  submittedYear: null,
};
const UNION: MemberOrg = { ...HTX, id: 2, code: "LH-1", type: "LHHTX" };
const NOW = new Date("2026-03-01T03:00:00Z");

const member = (over: Record<string, string | number> = {}) => ({
  ma_to_chuc: "HTX-1",
  ho_ten: "Nguyễn Văn An",
  nam_sinh: 1980,
  doi_tuong: "ca_nhan",
  loai_thanh_vien: "chinh_thuc",
  ngay_vao: "15/03/2024",
  von_gop: "5.000.000",
  ...over,
});
const person = (over: Partial<PersonRef>): PersonRef => ({
  id: 100,
  fullName: "Nguyễn Văn An",
  birthYear: 1980,
  communeId: 10,
  idNumberHash: null,
  idNumberTail: null,
  ...over,
});
// The server's keyed hash, stood in for by a readable one.
const keysOf = (...ids: string[]) => new Map(ids.map((id) => [id, { hash: `h(${id})`, tail: id.slice(-3) }]));

function plan(
  rows: Record<string, string | number>[],
  snap: Partial<MemberSnapshot> = {},
  now = NOW,
  orgs: MemberOrg[] = [HTX, UNION],
) {
  const { records, issues } = mapMemberSheet(sheetOf(MEMBER_COLUMNS, rows));
  expect(issues).toEqual([]);
  const checked = checkMemberRows(records, orgs, { scope: DISTRICT, today: importToday(now) });
  const snapshot = { idKeys: new Map(), personsByHash: [], personsByName: [], memberships: [], ...snap };
  return planMembers(checked, snapshot, records.length);
}
const issuesOf = (r: ReturnType<typeof plan>) => (r.ok ? [] : r.issues.map(formatIssue));

describe("planMembers", () => {
  it("creates a new person once, with the hash and tail of the ID number only", () => {
    const r = plan(
      [member({ so_dinh_danh: "079080001234" }), member({ so_dinh_danh: "079080001234", ngay_vao: "01/01/2025" })],
      {
        idKeys: keysOf("079080001234"),
      },
    );
    if (!r.ok) throw new Error(issuesOf(r).join("\n"));
    expect(r.plan.newPersons).toHaveLength(1);
    expect(r.plan.newPersons[0]).toMatchObject({ hash: "h(079080001234)", tail: "234" });
    expect(r.plan.memberships.map((m) => m.newKey)).toEqual(["h(079080001234)", "h(079080001234)"]);
    expect(r.summary).toMatchObject({ personsCreated: 1, membershipsCreated: 2, needsConfirmation: false });
  });

  it("links by ID number, or by name, birth year and commune (to be confirmed), and leaves equal memberships alone", () => {
    const r = plan([member({ so_dinh_danh: "079080001234" }), member({ ho_ten: "nguyen van binh", nam_sinh: 1990 })], {
      idKeys: keysOf("079080001234"),
      personsByHash: [person({ id: 100, idNumberHash: "h(079080001234)", idNumberTail: "234" })],
      personsByName: [person({ id: 200, fullName: "Nguyễn Văn Bình", birthYear: 1990 })],
      memberships: [
        {
          organisationId: 1,
          personId: 100,
          joinedOn: d("2024-03-15"),
          memberType: "OFFICIAL",
          capitalContributed: 5_000_000n,
        },
      ],
    });
    if (!r.ok) throw new Error(issuesOf(r).join("\n"));
    expect(r.summary.links.map((l) => [l.row, l.matchedBy, l.personId])).toEqual([
      [2, "so_dinh_danh", 100],
      [3, "ho_ten_nam_sinh_xa", 200],
    ]);
    expect(r.summary).toMatchObject({ unchanged: 1, membershipsCreated: 1, needsConfirmation: true });
    expect(formatIssue(unconfirmedLinksIssue(r.summary))).toMatch(/^Có 1 dòng sẽ liên kết .*\(dòng 3\)/);
  });

  it("reports unknown organisations, unions, ambiguous names, duplicates and future dates", () => {
    const twins = [person({ id: 1 }), person({ id: 2 })];
    const issues = issuesOf(
      plan(
        [
          member({ ma_to_chuc: "KHONG-CO" }),
          member({ ma_to_chuc: "LH-1" }),
          member(),
          member({ ho_ten: "Trần Thị C" }),
          member({ ho_ten: "Trần Thị C" }),
          member({ ho_ten: "Lê D", ngay_vao: "02/03/2026" }),
        ],
        { personsByName: twins },
      ),
    );
    expect(issues).toEqual([
      'Dòng 2, cột “Mã tổ chức” (ma_to_chuc): không có tổ chức mã "KHONG-CO"; hãy nhập tổ chức trước',
      "Dòng 3, cột “Mã tổ chức” (ma_to_chuc): thành viên của liên hiệp là các hợp tác xã, không nhập qua sổ thành viên",
      "Dòng 4, cột “Họ và tên” (ho_ten): có 2 người cùng họ tên, năm sinh và xã; hãy ghi số định danh để phân biệt",
      "Dòng 6, cột “Họ và tên” (ho_ten): trùng thành viên và ngày vào với dòng 5",
      "Dòng 7, cột “Ngày vào” (ngay_vao): không được sau ngày hôm nay",
    ]);
  });

  it("refuses a row that would change the register of an organisation with a submitted dossier, not an equal one", () => {
    const submitted = { ...HTX, submittedYear: 2025 };
    const stored = {
      personsByName: [person({ id: 100 })],
      memberships: [
        {
          organisationId: 1,
          personId: 100,
          joinedOn: d("2024-03-15"),
          memberType: "OFFICIAL",
          capitalContributed: 5_000_000n,
        },
      ],
    };
    expect(plan([member()], stored, NOW, [submitted]).ok, "an equal row changes nothing").toBe(true);
    expect(
      issuesOf(plan([member({ ho_ten: "Lê Văn Mới" }), member({ von_gop: "6.000.000" })], stored, NOW, [submitted])),
    ).toEqual([
      'Dòng 2, cột “Mã tổ chức” (ma_to_chuc): tổ chức HTX-1 có hồ sơ năm 2025 đã gửi duyệt và đang chờ huyện duyệt; sổ thành viên thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập',
      'Dòng 3, cột “Mã tổ chức” (ma_to_chuc): tổ chức HTX-1 có hồ sơ năm 2025 đã gửi duyệt và đang chờ huyện duyệt; sổ thành viên thuộc hồ sơ đó nên đang bị khoá; cần "Rút lại để sửa" trước khi nhập',
    ]);
  });

  it("takes today as Vietnam's date: joined on 2 January is allowed at 18:00 UTC on 1 January", () => {
    const evening = new Date("2026-01-01T18:00:00Z");
    expect(plan([member({ ngay_vao: "02/01/2026" })], {}, evening).ok).toBe(true);
    expect(issuesOf(plan([member({ ngay_vao: "02/01/2026" })], {}, new Date("2026-01-01T12:00:00Z")))).toEqual([
      "Dòng 2, cột “Ngày vào” (ngay_vao): không được sau ngày hôm nay",
    ]);
  });
});
