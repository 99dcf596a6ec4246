export function reportSnapshot(r: {
  organisationId: number;
  year: number;
  memberCount: number | null;
  officialMemberCount: number | null;
  employeeCount: number | null;
  charterCapital: bigint | null;
  totalAssets: bigint | null;
  revenue: bigint | null;
  profit: bigint | null;
  avgMemberIncome: bigint | null;
  effective: boolean | null;
  approvalStatus: string;
}) {
  return {
    organisationId: r.organisationId,
    year: r.year,
    memberCount: r.memberCount,
    officialMemberCount: r.officialMemberCount,
    employeeCount: r.employeeCount,
    charterCapital: r.charterCapital,
    totalAssets: r.totalAssets,
    revenue: r.revenue,
    profit: r.profit,
    avgMemberIncome: r.avgMemberIncome,
    effective: r.effective,
    approvalStatus: r.approvalStatus,
  };
}
