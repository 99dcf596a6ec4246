// What every server action returns: never a thrown error, never a 500.
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** Safe to show, in Vietnamese. */
      error: string;
      /** Per field (zod path joined with "."), Vietnamese messages. */
      fieldErrors?: Record<string, string[]>;
      /** Reference of an unexpected error, also written to the server log. */
      ref?: string;
      /** The submitted values (passwords removed), so a form can refill its inputs. */
      values?: Record<string, string | string[]>;
    };
