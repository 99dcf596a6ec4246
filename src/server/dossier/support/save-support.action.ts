"use server";
import { SUPPORT } from "../owned-kinds";
import { saveOwnedAction } from "../owned-actions";
import { saveSupportSchema } from "./save-support.validation";

/** Records (no id) or edits support received in a year; locked while that year is approved. */
export const saveSupport = saveOwnedAction("supports.save", saveSupportSchema, SUPPORT);
