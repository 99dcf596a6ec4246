"use server";
import { HIGH_TECH } from "../owned-kinds";
import { saveOwnedAction } from "../owned-actions";
import { saveHighTechSchema } from "./save-high-tech.validation";

/** Creates (no id) or edits a high-technology application. Locked when a year it covers is approved. */
export const saveHighTech = saveOwnedAction("highTech.save", saveHighTechSchema, HIGH_TECH);
