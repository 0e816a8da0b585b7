import { z } from "zod";

// The people search's input, from the URL. Safe to import on the client.

/** How many people (and as many applicants without an account) one search shows at most. */
export const peopleSearchLimit = 25;

/** Part of a name or an email: two characters at least, so a search is never the whole list. */
export const peopleSearchSchema = z.object({
  q: z
    .preprocess((value) => {
      const first: unknown = Array.isArray(value) ? value[0] : value;
      return typeof first === "string" ? first.trim() : undefined;
    }, z.string().max(200).optional())
    .catch(undefined)
    .transform((value) => (value && value.length >= 2 ? value : undefined)),
});

export type PeopleSearch = z.output<typeof peopleSearchSchema>;
