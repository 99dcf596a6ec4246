"use server";
import { HIGH_TECH } from "../owned-kinds";
import { deleteOwnedAction } from "../owned-actions";

export const deleteHighTech = deleteOwnedAction("highTech.delete", HIGH_TECH);
