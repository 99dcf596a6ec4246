// ID numbers (CCCD/CMND) are personal data: only a keyed hash (HMAC-SHA256) is kept, to
// recognise a person already registered, and the last 3 digits for display. The form
// and the member-register import MUST hash with the same key, or a person imported from
// a spreadsheet would not be recognised when typed in a form (and vice versa): so this
// delegates to the import's key (ID_NUMBER_HASH_KEY, else .data/id-number-key).
import "server-only";
import { hashIdNumber as hashDigits, idNumberTail as tailOfDigits } from "./id-number-key";

/** Digits only (spaces, dots and dashes dropped); the schema refuses anything else first. */
export const normaliseIdNumber = (raw: string) => raw.replace(/[\s.-]/g, "");

export const hashIdNumber = (raw: string) => hashDigits(normaliseIdNumber(raw));

export const idNumberTail = (raw: string) => tailOfDigits(normaliseIdNumber(raw));
