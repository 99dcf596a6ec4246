import { z } from "zod";
import { idField, versionField } from "@/domain/entry/fields";
import { organisationIdentityFields } from "./organisation-fields";

export const updateOrganisationSchema = z.object({ id: idField, version: versionField, ...organisationIdentityFields });
