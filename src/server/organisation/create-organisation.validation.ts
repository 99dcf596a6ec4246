import { z } from "zod";
import { organisationIdentityFields } from "./organisation-fields";

export const createOrganisationSchema = z.object(organisationIdentityFields);
