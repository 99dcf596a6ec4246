"use server";
// Not a defineAction: it writes nothing (defineAction insists on an audit row).
import type { ActionResult } from "@/domain/actions/action-result";
import type { PersonMatch } from "./find-matching-persons";
import { runSearchPersons } from "./search-persons";

export async function searchPersons(_prev: unknown, payload: FormData): Promise<ActionResult<PersonMatch[]>> {
  const [{ getOptionalViewer }, { prisma }] = await Promise.all([import("../auth/session"), import("../db")]);
  return runSearchPersons(await getOptionalViewer(), payload, prisma);
}
