"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { locales } from "@/lib/i18n/locales";
import { paths } from "@/lib/paths";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/** Remembers the chosen language in a cookie, and on the account when someone is signed in. */
export const setLocaleAction = defineFormAction({
  who: "anyone",
  authorize: () => true,
  fields: setLocaleSchema,
  run: async ({ viewer, input, tx, revalidate }) => {
    await rememberLocale(input.locale);
    if (viewer) await tx.user.update({ where: { id: viewer.id }, data: { locale: input.locale } });
    revalidate(paths.home(), "layout");
  },
});
