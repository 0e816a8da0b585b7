"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { toFieldErrors, type ActionState } from "@/lib/actions/action-state";
import { recordAudit } from "@/lib/audit/audit";
import { findManagedProgramme } from "@/lib/auth/access";
import { sendPasswordLink } from "@/lib/accounts/password-links";
import { isAdministrator } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/app-url";
import { idSchema } from "@/lib/ids";
import { DEFAULT_PROFESSIONAL_FIELDS, defaultFieldRows } from "@/lib/programmes/default-fields";
import {
  appointCoordinatorSchema,
  newProgrammeSchema,
  programmeFieldsFromForm,
  programmeFormEcho,
  programmeSchema,
} from "@/lib/programmes/programme-schemas";

// Setting up programmes. Only an organisation's administrators create programmes and appoint
// coordinators; a programme's coordinators (and the administrators) edit its settings. Rights come
// from the programme or organisation in the database, never from the form.

const defaultKeys = new Set<string>(DEFAULT_PROFESSIONAL_FIELDS.map((field) => field.key));

export async function createProgrammeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("programmes.errors.signedOut") };
  const values = programmeFormEcho(formData);
  const parsed = newProgrammeSchema.safeParse({
    ...programmeFieldsFromForm(formData),
    organizationId: formData.get("organizationId") ?? "",
  });
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  const input = parsed.data;
  if (!isAdministrator(viewer, input.organizationId)) return { ok: false, message: t("programmes.errors.notAdministrator"), values };
  if (input.fieldKeys.some((key) => !defaultKeys.has(key))) {
    return { ok: false, fieldErrors: { fieldKeys: [t("programmes.errors.unknownField")] }, values };
  }

  const programme = await db.$transaction(async (tx) => {
    const created = await tx.programme.create({
      data: {
        organizationId: input.organizationId,
        name: input.name,
        description: input.description,
        defaultCohortMonths: input.defaultCohortMonths,
        jointSessionCount: input.jointSessionCount,
        meetingIntervalDays: input.meetingIntervalDays,
        retentionMonths: input.retentionMonths,
      },
      select: { id: true },
    });
    const chosen = new Set(input.fieldKeys);
    await tx.professionalField.createMany({ data: defaultFieldRows(created.id).filter((row) => chosen.has(row.key)) });
    await recordAudit(
      { actorId: viewer.id, action: "programme.create", entityType: "Programme", entityId: created.id, programmeId: created.id },
      tx,
    );
    return created;
  });

  revalidatePath("/coordinator");
  redirect(`/coordinator/programmes/${programme.id}`);
}

export async function updateProgrammeAction(programmeId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("programmes.errors.signedOut") };
  const values = programmeFormEcho(formData);
  const id = idSchema.safeParse(programmeId);
  if (!id.success) return { ok: false, message: t("programmes.errors.notFound"), values };
  const parsed = programmeSchema.safeParse(programmeFieldsFromForm(formData));
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  const programme = await findManagedProgramme(viewer, id.data);
  if (!programme) return { ok: false, message: t("programmes.errors.notFound"), values };
  const input = parsed.data;

  const existing = await db.professionalField.findMany({ where: { programmeId: programme.id }, select: { key: true } });
  const offered = new Set([...defaultKeys, ...existing.map((field) => field.key)]);
  if (input.fieldKeys.some((key) => !offered.has(key))) {
    return { ok: false, fieldErrors: { fieldKeys: [t("programmes.errors.unknownField")] }, values };
  }

  const chosen = new Set(input.fieldKeys);
  const have = new Set(existing.map((field) => field.key));
  await db.$transaction(async (tx) => {
    await tx.programme.update({
      where: { id: programme.id },
      data: {
        name: input.name,
        description: input.description,
        defaultCohortMonths: input.defaultCohortMonths,
        jointSessionCount: input.jointSessionCount,
        meetingIntervalDays: input.meetingIntervalDays,
        retentionMonths: input.retentionMonths,
      },
    });
    // A field people already belong to cannot be deleted: unticking it hides it from new
    // applications and forms, and ticking it again brings it back.
    await tx.professionalField.updateMany({ where: { programmeId: programme.id, key: { in: [...chosen] } }, data: { active: true } });
    await tx.professionalField.updateMany({ where: { programmeId: programme.id, key: { notIn: [...chosen] } }, data: { active: false } });
    const added = defaultFieldRows(programme.id).filter((row) => chosen.has(row.key) && !have.has(row.key));
    if (added.length) await tx.professionalField.createMany({ data: added, skipDuplicates: true });
    await recordAudit(
      { actorId: viewer.id, action: "programme.update", entityType: "Programme", entityId: programme.id, programmeId: programme.id },
      tx,
    );
  });

  revalidatePath("/coordinator", "layout");
  return { ok: true, message: t("programmes.settings.saved") };
}

/**
 * Appoints a coordinator by email. A person without an account gets one (no password) and a
 * one-time link to choose a password; everyone appointed is told by email. The answer is the
 * same whether or not the email had an account, so the form does not reveal who has one.
 */
export async function appointCoordinatorAction(programmeId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("programmes.errors.signedOut") };
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  const id = idSchema.safeParse(programmeId);
  if (!id.success) return { ok: false, message: t("programmes.errors.notFound"), values };
  const parsed = appointCoordinatorSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: toFieldErrors(parsed.error, (key) => t(key)), values };
  const programme = await findManagedProgramme(viewer, id.data);
  if (!programme) return { ok: false, message: t("programmes.errors.notFound"), values };
  if (!isAdministrator(viewer, programme.organizationId)) return { ok: false, message: t("programmes.errors.notAdministrator"), values };
  const { name, email } = parsed.data;

  try {
    const outcome = await db.$transaction(async (tx) => {
      let user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true } });
      const isNew = !user;
      if (!user) {
        user = await tx.user.create({
          data: { name, email, locale: viewer.locale },
          select: { id: true, name: true, email: true, locale: true },
        });
      }
      const already = await tx.coordinatorAppointment.findUnique({
        where: { programmeId_userId: { programmeId: programme.id, userId: user.id } },
        select: { userId: true },
      });
      if (already) return "already" as const;
      await tx.coordinatorAppointment.create({ data: { programmeId: programme.id, userId: user.id } });
      const recipient = { id: user.id, name: user.name, email, locale: user.locale };
      if (isNew) await sendPasswordLink(tx, recipient, programme);
      await enqueueEmail(tx, {
        to: email,
        locale: user.locale,
        template: "coordinatorAppointed",
        params: { name: user.name, programme: programme.name, appointedBy: viewer.name, link: appUrl("/coordinator") },
        userId: user.id,
        programmeId: programme.id,
      });
      await recordAudit(
        {
          actorId: viewer.id,
          action: "coordinator.appoint",
          entityType: "CoordinatorAppointment",
          entityId: `${programme.id}:${user.id}`,
          subjectUserId: user.id,
          programmeId: programme.id,
          details: { newAccount: isNew },
        },
        tx,
      );
      return "appointed" as const;
    });
    if (outcome === "already") return { ok: false, message: t("programmes.coordinators.already", { email }), values };
  } catch (error) {
    // Two administrators appointing the same new person at once: one of them wins.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, message: t("programmes.errors.changedMeanwhile"), values };
    }
    throw error;
  }

  revalidatePath(`/coordinator/programmes/${programme.id}`);
  return { ok: true, message: t("programmes.coordinators.appointed", { email }) };
}

/** Ends an appointment. A programme may be left without coordinators: its administrators still run it. */
export async function removeCoordinatorAction(
  programmeId: string,
  userId: string,
  _previous: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  const viewer = await getViewer();
  const t = await getTranslations();
  if (!viewer) return { ok: false, message: t("programmes.errors.signedOut") };
  const ids = idSchema.array().length(2).safeParse([programmeId, userId]);
  if (!ids.success) return { ok: false, message: t("programmes.errors.notFound") };
  const programme = await findManagedProgramme(viewer, ids.data[0]);
  if (!programme) return { ok: false, message: t("programmes.errors.notFound") };
  if (!isAdministrator(viewer, programme.organizationId)) return { ok: false, message: t("programmes.errors.notAdministrator") };

  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.coordinatorAppointment.deleteMany({ where: { programmeId: programme.id, userId: ids.data[1] } });
    if (count === 0) return false;
    await recordAudit(
      {
        actorId: viewer.id,
        action: "coordinator.remove",
        entityType: "CoordinatorAppointment",
        entityId: `${programme.id}:${ids.data[1]}`,
        subjectUserId: ids.data[1],
        programmeId: programme.id,
      },
      tx,
    );
    return true;
  });
  if (!removed) return { ok: false, message: t("programmes.coordinators.notAppointed") };

  revalidatePath(`/coordinator/programmes/${programme.id}`);
  return { ok: true, message: t("programmes.coordinators.removed") };
}
