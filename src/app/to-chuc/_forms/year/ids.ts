/** Which dossier a year form writes to. */
export type YearIds = { organisationId: number; year: number };
