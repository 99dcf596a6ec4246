"use server";
import { LINKAGE } from "../owned-kinds";
import { deleteOwnedAction } from "../owned-actions";

export const deleteLinkage = deleteOwnedAction("linkages.delete", LINKAGE);
