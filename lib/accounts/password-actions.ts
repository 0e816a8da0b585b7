"use server";

import { z } from "zod";
import { confirmInvitations } from "@/lib/accounts/invitations";
import { newPasswordSchema } from "@/lib/accounts/password-schemas";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { recordAudit } from "@/lib/audit/audit";
import { consumeOneTimeToken } from "@/lib/auth/one-time-tokens";
import { hashPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/session-cookie";
import { endAllSessions } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";

/**
 * Sets the password of the account a one-time link belongs to, uses the link up, and signs the
 * person in. The link's token is the only authority: whoever holds it may use it once.
 */
export const setPasswordAction = defineAction({
  who: "anyone",
  bound: ["token"],
  params: z.object({ token: z.string().min(20).max(100) }),
  authorize: (_viewer, { token }) => ({ token }),
  fields: newPasswordSchema,
  run: async ({ input, resource, redirectTo }) => {
    const passwordHash = await hashPassword(input.password);
    const user = await db.$transaction(async (tx) => {
      const userId = await consumeOneTimeToken(tx, resource.token, "SET_PASSWORD");
      if (!userId) throw new Refusal("setPassword.invalidLink");
      const updated = await tx.user.update({
        where: { id: userId },
        data: { passwordHash },
        select: { id: true, name: true, email: true, erasedAt: true },
      });
      if (updated.erasedAt || !updated.email) throw new Refusal("setPassword.invalidLink");
      await confirmInvitations(userId, tx);
      await endAllSessions(tx, userId);
      // Not signed in yet: the link's owner is the actor, whoever else the browser belongs to.
      await recordAudit({ actorId: userId, action: "auth.set_password", entityType: "User", entityId: userId, subjectUserId: userId }, tx);
      return { id: updated.id, name: updated.name, email: updated.email };
    });
    // The session starts once the password is saved, never for a change that was rolled back.
    await startSession(user);
    redirectTo(paths.home());
  },
});
