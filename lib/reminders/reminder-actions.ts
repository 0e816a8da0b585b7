"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { recordAudit } from "@/lib/audit/audit";
import { readReminderOffToken } from "@/lib/auth/reminder-off-tokens";
import { paths } from "@/lib/paths";
import { reminderKinds } from "@/lib/reminders/reminder-kinds";
import { reminderOffParams, reminderSettingsSchema } from "@/lib/reminders/reminder-schemas";

// Turning kinds of reminder on and off: on the account page, signed in, and from the link at the
// end of every reminder, without signing in (its token is signed by the server, see
// lib/auth/reminder-off-tokens.ts). Opening that link changes nothing; its page's button does, so
// a mail program that opens links to check them turns nothing off.

/** The signed-in person chooses which kinds of reminder they get: the ticked kinds are on, the others off. */
export const saveReminderSettingsAction = defineAction({
  authorize: (viewer) => viewer,
  fields: reminderSettingsSchema,
  transaction: true,
  run: async ({ viewer, input, tx, t, audit, revalidate }) => {
    const off = reminderKinds.filter((kind) => !input.on.includes(kind));
    await tx.reminderOptOut.deleteMany({ where: { userId: viewer.id, kind: { notIn: off } } });
    await tx.reminderOptOut.createMany({ data: off.map((kind) => ({ userId: viewer.id, kind })), skipDuplicates: true });
    await audit({ action: "reminders.choose", entityType: "User", entityId: viewer.id, subjectUserId: viewer.id, details: { off } });
    revalidate(paths.account());
    return { ok: true, message: t("reminders.saved") };
  },
});

/** The link in a reminder turns its kind off for the person it was sent to, whoever opens it. */
export const turnOffRemindersAction = defineAction({
  who: "anyone",
  bound: ["token"],
  params: reminderOffParams,
  authorize: (_viewer, { token }) => ({ token }),
  transaction: true,
  run: async ({ tx, t, resource }) => {
    const link = readReminderOffToken(resource.token);
    const user = link && (await tx.user.findUnique({ where: { id: link.userId }, select: { id: true } }));
    if (!link || !user) throw new Refusal("reminders.off.invalid");
    await tx.reminderOptOut.createMany({ data: [{ userId: user.id, kind: link.kind }], skipDuplicates: true });
    // Not signed in, perhaps: the link's owner is the actor, whoever else the browser belongs to.
    await recordAudit(
      {
        actorId: user.id,
        action: "reminders.turn_off",
        entityType: "User",
        entityId: user.id,
        subjectUserId: user.id,
        details: { kind: link.kind },
      },
      tx,
    );
    return { ok: true, message: t("reminders.off.done", { kind: link.kind }) };
  },
});
