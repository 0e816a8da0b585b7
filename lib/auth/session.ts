import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { paths } from "@/lib/paths";

/**
 * The signed-in person with the rights they hold now, read from the database once per request.
 * Null when nobody is signed in, the session has ended (signed out, unused for too long, too old:
 * getServerSession runs the check in the jwt callback of authOptions) or the account no longer exists.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      locale: true,
      erasedAt: true,
      adminOf: { select: { organizationId: true } },
      appointments: { select: { programmeId: true } },
      participations: { select: { id: true, cohortId: true, role: true } },
    },
  });
  if (!user || user.erasedAt) return null;
  const adminOrganizationIds = user.adminOf.map((row) => row.organizationId);
  const administered = adminOrganizationIds.length
    ? await db.programme.findMany({ where: { organizationId: { in: adminOrganizationIds } }, select: { id: true } })
    : [];
  const programmeIds = [...new Set([...user.appointments.map((row) => row.programmeId), ...administered.map((p) => p.id)])];
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    adminOrganizationIds,
    programmeIds,
    participations: user.participations,
  };
});

/** The signed-in person; anyone else is sent to the sign-in page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(paths.login());
  return viewer;
}
