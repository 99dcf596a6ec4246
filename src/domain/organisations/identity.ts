// An organisation's identity fields (what its creation form asks and its audit rows keep),
// with the founding day as the side holding it has it: a Date from the database, an ISO
// day string in a form.
export type OrganisationIdentity<Day> = {
  code: string;
  type: string;
  name: string;
  communeId: number;
  address: string | null;
  sector: string;
  mainProducts: string[];
  foundedOn: Day;
  hasMemberRegister: boolean;
};
