"use server";
import { SUPPORT } from "../owned-kinds";
import { deleteOwnedAction } from "../owned-actions";

export const deleteSupport = deleteOwnedAction("supports.delete", SUPPORT);
