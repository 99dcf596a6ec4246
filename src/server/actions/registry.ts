// Every action made with defineAction registers here, so that tests can enumerate them
// (e.g. an authorization matrix: each action × each role).
import type { PrismaClient } from "../../generated/prisma/client";
import type { Viewer } from "../auth/viewer";

export type RegisteredAction = {
  name: string;
  run: (viewer: Viewer | null, input: unknown, prisma: PrismaClient) => Promise<unknown>;
};

const actions = new Map<string, RegisteredAction>();

export function registerAction(action: RegisteredAction): void {
  // Re-registration under the same name happens on hot reload; the latest wins.
  actions.set(action.name, action);
}

export function listActions(): RegisteredAction[] {
  return [...actions.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function getAction(name: string): RegisteredAction | undefined {
  return actions.get(name);
}
