"use server";
// Not a defineAction: it changes nothing (defineAction insists on a change's audit row); it
// only logs who looked up whom (the personal-data access log).
import type { ActionResult } from "@/domain/actions/action-result";
import type { PersonMatch } from "./find-matching-persons";
import { runSearchPersons } from "./search-persons";

export async function searchPersons(_prev: unknown, payload: FormData): Promise<ActionResult<PersonMatch[]>> {
  const [{ getOptionalViewer }, { prisma }, { headers }, { clientIpFrom }] = await Promise.all([
    import("../auth/session"),
    import("../db"),
    import("next/headers"),
    import("../http/client-ip"),
  ]);
  return runSearchPersons(await getOptionalViewer(), payload, prisma, clientIpFrom(await headers()));
}
