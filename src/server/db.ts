import "server-only";
import { openDatabase, type Database } from "./db/connection";

// One client per server process. In development, hot reloads re-evaluate modules;
// keeping the instance on globalThis stops them opening the embedded database twice
// (PGlite allows one owner of its data folder).
const globalForDb = globalThis as unknown as { __ktt_db?: Database };

export const database: Database = (globalForDb.__ktt_db ??= openDatabase());
export const prisma = database.prisma;
