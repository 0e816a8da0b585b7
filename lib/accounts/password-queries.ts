import "server-only";
import { canManageProgramme, type Viewer } from "@/lib/auth/policy";
import { peekOneTimeToken } from "@/lib/auth/one-time-tokens";
import { db } from "@/lib/db";
import { isId } from "@/lib/ids";

const plausibleToken = (token: string) => token.length >= 20 && token.length <= 100;

/**
 * Who a set-password link is for, while it is usable, and whether that account has a password
 * already (then the link sets nothing); null when it is unknown, used, replaced or expired.
 * Public by its unguessable token: whoever holds the link may read whose it is, signed in
 * (`viewer`) or not (null), so nothing is asked of the viewer.
 */
export async function getPasswordLinkOwner(_viewer: Viewer | null, token: string) {
  if (!plausibleToken(token)) return null;
  const user = await peekOneTimeToken(db, token, "SET_PASSWORD");
  return user && { name: user.name, email: user.email, hasPassword: user.hasPassword };
}

/** Who a reset link is for, while it is usable; null otherwise. Public by its token, like getPasswordLinkOwner. */
export async function getResetLinkOwner(_viewer: Viewer | null, token: string) {
  if (!plausibleToken(token)) return null;
  const user = await peekOneTimeToken(db, token, "RESET_PASSWORD");
  return user && { name: user.name, email: user.email };
}

/**
 * The person a coordinator may send a new set-password link to: a participant of a programme the
 * viewer runs. Null (not found) for anyone else's participant and for a malformed id.
 */
export async function findPasswordLinkRecipient(viewer: Viewer, participationId: unknown) {
  if (!isId(participationId)) return null;
  const participation = await db.participation.findUnique({
    where: { id: participationId },
    select: {
      id: true,
      cohort: { select: { id: true, programme: { select: { id: true, name: true, nameEn: true } } } },
      user: { select: { id: true, name: true, email: true, locale: true, passwordHash: true, erasedAt: true } },
    },
  });
  if (!participation || !canManageProgramme(viewer, participation.cohort.programme.id)) return null;
  const { user } = participation;
  if (!user?.email || user.erasedAt) return null;
  return {
    participationId: participation.id,
    cohortId: participation.cohort.id,
    programme: participation.cohort.programme,
    user: { id: user.id, name: user.name, email: user.email, locale: user.locale, hasPassword: user.passwordHash !== null },
  };
}
