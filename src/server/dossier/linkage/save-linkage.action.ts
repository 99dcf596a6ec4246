"use server";
import { LINKAGE } from "../owned-kinds";
import { saveOwnedAction } from "../owned-actions";
import { saveLinkageSchema } from "./save-linkage.validation";

/** Creates (no id) or edits a value-chain linkage. Locked when a year it covers is approved. */
export const saveLinkage = saveOwnedAction("linkages.save", saveLinkageSchema, LINKAGE);
