"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { locales, localeCookie } from "@/lib/i18n/locales";
import { paths } from "@/lib/paths";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/** Remembers the chosen language in a cookie, and on the account when someone is signed in. */
export const setLocaleAction = defineFormAction({
  who: "anyone",
  authorize: () => true,
  fields: setLocaleSchema,
  run: async ({ viewer, input, tx, revalidate }) => {
    const store = await cookies();
    store.set(localeCookie, input.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    if (viewer) await tx.user.update({ where: { id: viewer.id }, data: { locale: input.locale } });
    revalidate(paths.home(), "layout");
  },
});
