"use server";
import { DIGITAL_PRACTICE } from "../owned-kinds";
import { deleteOwnedAction } from "../owned-actions";

export const deleteDigitalPractice = deleteOwnedAction("digitalPractices.delete", DIGITAL_PRACTICE);
