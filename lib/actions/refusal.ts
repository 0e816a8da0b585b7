// An expected "no" from inside a change: thrown anywhere below a server action (a board operation,
// a domain rule), it rolls the action's transaction back and the pipeline answers with the message
// the key names, in the viewer's language. Pure: domain code may throw it without Next or Prisma.

export type RefusalParams = Record<string, string | number | Date>;

export class Refusal extends Error {
  constructor(
    /** A key of messages/*.json, e.g. "matching.errors.mentorFull". */
    readonly key: string,
    readonly params?: RefusalParams,
    /** The form field the message belongs next to; a message for the whole form without it. */
    readonly field?: string,
  ) {
    super(key);
  }
}
