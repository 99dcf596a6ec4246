// The dated records an organisation owns, as saveOwned / deleteOwned handle them.
import { isoDay } from "@/domain/time/vietnam";
import { inPeriod, inYear, ownedKind } from "./save-owned";

export const DIGITAL_PRACTICE = ownedKind({
  model: "digitalPractice",
  ...inYear,
  snapshot: (d) => ({ organisationId: d.organisationId, year: d.year, practice: d.practice, note: d.note }),
});

export const SUPPORT = ownedKind({
  model: "supportReceived",
  ...inYear,
  snapshot: (s) => ({
    organisationId: s.organisationId,
    policyArea: s.policyArea,
    year: s.year,
    amount: s.amount,
    note: s.note,
  }),
});

export const HIGH_TECH = ownedKind({
  model: "highTechApplication",
  ...inPeriod("cong-nghe-cao"),
  snapshot: (h) => ({
    organisationId: h.organisationId,
    technologyType: h.technologyType,
    description: h.description,
    evidence: h.evidence,
    validFrom: isoDay(h.validFrom),
    validTo: isoDay(h.validTo),
  }),
});

export const LINKAGE = ownedKind({
  model: "valueChainLink",
  ...inPeriod("lien-ket"),
  snapshot: (l) => ({
    organisationId: l.organisationId,
    partnerName: l.partnerName,
    role: l.role,
    product: l.product,
    areaHa: l.areaHa?.toString() ?? null,
    contractRef: l.contractRef,
    validFrom: isoDay(l.validFrom),
    validTo: isoDay(l.validTo),
  }),
});
