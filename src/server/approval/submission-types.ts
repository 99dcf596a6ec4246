// The shape of a dossier's submission as the reviewer's page shows it (get-submission.ts).
import type { ApprovalStatus } from "@/generated/prisma/client";
import type { ChangeKind, DescribedChange, MemberEvent } from "@/domain/approval/describe-change";
import type { SubmissionFlag } from "@/domain/approval/submission-flags";
import type { OrgType, Sector } from "@/domain/targets/facts";

export type ReportRow = {
  key: string;
  label: string;
  /** The last approved earlier year's value. */
  previous: string | null;
  now: string | null;
  /** "+25,0 %" against `previous`. */
  change: string | null;
  /** This year's value as last approved, when the submission changes it. */
  approvedBefore: string | null;
};

export type RecordLine = {
  id: number;
  title: string;
  detail: string;
  /** null: unchanged by this submission. */
  change: ChangeKind | null;
};

export type Submission = {
  organisation: {
    id: number;
    code: string;
    name: string;
    type: OrgType;
    sector: Sector;
    communeId: number;
    communeName: string;
    hasMemberRegister: boolean;
  };
  year: number;
  dossier: {
    status: ApprovalStatus;
    version: number;
    submittedAt: Date | null;
    submittedBy: string | null;
    approvedAt: Date | null;
    approvedBy: string | null;
    reviewComment: string | null;
  } | null;
  /** PENDING: the changes waiting now; APPROVED_RECORD: what the approval recorded. */
  source: "PENDING" | "APPROVED_RECORD";
  /** The fingerprint of the pending changes shown (approve-report's `seen`). */
  seen: string;
  changeCount: number;
  identity: DescribedChange | null;
  statusChanges: DescribedChange[];
  members: {
    changes: (DescribedChange & { event: MemberEvent })[];
    /** Persons in the register at the count date (null: no register kept). */
    register: { count: number; asOf: string } | null;
    reported: number | null;
  };
  unionMembers: DescribedChange[];
  report: {
    exists: boolean;
    /** The report row's own change (created, or changed since approved). */
    change: ChangeKind | null;
    compareYear: number | null;
    rows: ReportRow[];
  };
  rating: { change: DescribedChange | null; now: string | null; compare: { year: number; text: string } | null };
  linkages: { changes: DescribedChange[]; lines: RecordLine[] };
  highTech: { changes: DescribedChange[]; lines: RecordLine[] };
  digital: { changes: DescribedChange[]; lines: RecordLine[] };
  support: {
    changes: DescribedChange[];
    lines: RecordLine[];
    total: string;
    compare: { year: number; total: string } | null;
  };
  /** `metric`: the report figure a jump concerns, to show the flag beside it too. */
  flags: { kind: SubmissionFlag["kind"]; text: string; metric?: string }[];
  canApprove: boolean;
};
