"use server";

import { sendPasswordLink } from "@/lib/accounts/password-links";
import { formText } from "@/lib/actions/action-state";
import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { appUrl } from "@/lib/app-url";
import { findManagedProgramme } from "@/lib/auth/access";
import { isAdministrator, type Viewer } from "@/lib/auth/policy";
import { enqueueEmail } from "@/lib/email/outbox";
import { textIn } from "@/lib/i18n/bilingual";
import { paths } from "@/lib/paths";
import { DEFAULT_PROFESSIONAL_FIELDS, defaultFieldRows } from "@/lib/programmes/default-fields";
import {
  appointCoordinatorSchema,
  newProgrammeSchema,
  programmeFieldsFromForm,
  programmeSchema,
  type ProgrammeInput,
} from "@/lib/programmes/programme-schemas";

// Setting up programmes. Only an organisation's administrators create programmes and appoint
// coordinators; a programme's coordinators (and the administrators) edit its settings. Rights come
// from the programme or organisation in the database, never from the form.

const defaultKeys = new Set<string>(DEFAULT_PROFESSIONAL_FIELDS.map((field) => field.key));

/** The programme's own columns, as both forms set them. */
function programmeColumns(input: ProgrammeInput) {
  return {
    name: input.name,
    description: input.description,
    nameEn: input.nameEn,
    descriptionEn: input.descriptionEn,
    defaultCohortMonths: input.defaultCohortMonths,
    jointSessionCount: input.jointSessionCount,
    meetingIntervalDays: input.meetingIntervalDays,
    retentionMonths: input.retentionMonths,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
  };
}

/** A field key that is neither a default nor one the programme already has came from a tampered form. */
function refuseUnknownFields(fieldKeys: string[], offered: Set<string>): void {
  if (fieldKeys.some((key) => !offered.has(key))) throw new Refusal("programmes.errors.unknownField", undefined, "fieldKeys");
}

function refuseUnlessAdministrator(viewer: Viewer, organizationId: string): void {
  if (!isAdministrator(viewer, organizationId)) throw new Refusal("programmes.errors.notAdministrator");
}

export const createProgrammeAction = defineAction({
  // Only administrators have anywhere to create a programme; which organisation is checked below.
  authorize: (viewer) => (viewer.adminOrganizationIds.length > 0 ? viewer : null),
  fields: newProgrammeSchema,
  read: (formData) => ({ ...programmeFieldsFromForm(formData), organizationId: formText(formData, "organizationId") }),
  transaction: true,
  run: async ({ viewer, tx, input, audit, revalidate, redirectTo }) => {
    refuseUnlessAdministrator(viewer, input.organizationId);
    refuseUnknownFields(input.fieldKeys, defaultKeys);
    const programme = await tx.programme.create({
      data: { organizationId: input.organizationId, ...programmeColumns(input) },
      select: { id: true },
    });
    const chosen = new Set(input.fieldKeys);
    await tx.professionalField.createMany({ data: defaultFieldRows(programme.id).filter((row) => chosen.has(row.key)) });
    await audit({ action: "programme.create", entityType: "Programme", entityId: programme.id, programmeId: programme.id });
    revalidate(paths.coordinator());
    redirectTo(paths.programme(programme.id));
  },
});

export const updateProgrammeAction = defineAction({
  bound: ["programmeId"],
  authorize: (viewer, { programmeId }) => findManagedProgramme(viewer, programmeId),
  fields: programmeSchema,
  read: programmeFieldsFromForm,
  transaction: true,
  run: async ({ tx, t, input, resource: programme, audit, revalidate }) => {
    const existing = await tx.professionalField.findMany({ where: { programmeId: programme.id }, select: { key: true } });
    const have = new Set(existing.map((field) => field.key));
    refuseUnknownFields(input.fieldKeys, new Set([...defaultKeys, ...have]));

    const chosen = new Set(input.fieldKeys);
    await tx.programme.update({ where: { id: programme.id }, data: programmeColumns(input) });
    // A field people already belong to cannot be deleted: unticking it hides it from new
    // applications and forms, and ticking it again brings it back.
    await tx.professionalField.updateMany({ where: { programmeId: programme.id, key: { in: [...chosen] } }, data: { active: true } });
    await tx.professionalField.updateMany({ where: { programmeId: programme.id, key: { notIn: [...chosen] } }, data: { active: false } });
    const added = defaultFieldRows(programme.id).filter((row) => chosen.has(row.key) && !have.has(row.key));
    if (added.length) await tx.professionalField.createMany({ data: added, skipDuplicates: true });
    await audit({ action: "programme.update", entityType: "Programme", entityId: programme.id, programmeId: programme.id });
    revalidate(paths.coordinator(), "layout");
    return { ok: true, message: t("programmes.settings.saved") };
  },
});

/**
 * Appoints a coordinator by email. A person without an account gets one (no password) and a
 * one-time link to choose a password, which only they receive; everyone appointed is told by
 * email. An account that existed already gets no link: its owner signs in, or asks for a link
 * with "forgot your password?". The answer is the
 * same whether or not the email had an account, so the form does not reveal who has one. Two
 * administrators appointing the same new person at once: the unique keys let one of them through.
 */
export const appointCoordinatorAction = defineAction({
  bound: ["programmeId"],
  authorize: (viewer, { programmeId }) => findManagedProgramme(viewer, programmeId),
  fields: appointCoordinatorSchema,
  transaction: true,
  run: async ({ viewer, tx, t, input, resource: programme, audit, revalidate }) => {
    refuseUnlessAdministrator(viewer, programme.organizationId);
    const { name, email } = input;
    const select = { id: true, name: true, email: true, locale: true } as const;
    const existing = await tx.user.findUnique({ where: { email }, select });
    const user = existing ?? (await tx.user.create({ data: { name, email, locale: viewer.locale }, select }));
    const already = await tx.coordinatorAppointment.findUnique({
      where: { programmeId_userId: { programmeId: programme.id, userId: user.id } },
      select: { userId: true },
    });
    if (already) throw new Refusal("programmes.coordinators.already", { email });

    await tx.coordinatorAppointment.create({ data: { programmeId: programme.id, userId: user.id } });
    if (!existing) await sendPasswordLink(tx, { id: user.id, name: user.name, email, locale: user.locale }, programme);
    await enqueueEmail(tx, {
      to: email,
      locale: user.locale,
      template: "coordinatorAppointed",
      params: {
        name: user.name,
        programme: textIn(user.locale, programme.name, programme.nameEn),
        appointedBy: viewer.name,
        link: appUrl(paths.coordinator()),
      },
      userId: user.id,
      programmeId: programme.id,
    });
    await audit({
      action: "coordinator.appoint",
      entityType: "CoordinatorAppointment",
      entityId: `${programme.id}:${user.id}`,
      subjectUserId: user.id,
      programmeId: programme.id,
      details: { newAccount: !existing },
    });
    revalidate(paths.programme(programme.id));
    return { ok: true, message: t("programmes.coordinators.appointed", { email }) };
  },
});

/** Ends an appointment. A programme may be left without coordinators: its administrators still run it. */
export const removeCoordinatorAction = defineAction({
  bound: ["programmeId", "userId"],
  authorize: async (viewer, { programmeId, userId }) => {
    const programme = await findManagedProgramme(viewer, programmeId);
    return programme && { programme, userId };
  },
  // Asked first: the person loses the programme at once.
  confirm: async ({ viewer, t, tx, resource: { programme, userId } }) => {
    if (!isAdministrator(viewer, programme.organizationId)) return null;
    const appointment = await tx.coordinatorAppointment.findUnique({
      where: { programmeId_userId: { programmeId: programme.id, userId } },
      select: { user: { select: { name: true } } },
    });
    if (!appointment) return null;
    const name = appointment.user.name;
    return {
      question: t("programmes.coordinators.confirmRemove", { name, programme: programme.name }),
      proceed: t("programmes.coordinators.confirmRemoveProceed", { name }),
    };
  },
  transaction: true,
  run: async ({ viewer, tx, t, resource: { programme, userId }, audit, revalidate }) => {
    refuseUnlessAdministrator(viewer, programme.organizationId);
    const { count } = await tx.coordinatorAppointment.deleteMany({ where: { programmeId: programme.id, userId } });
    if (count === 0) throw new Refusal("programmes.coordinators.notAppointed");
    await audit({
      action: "coordinator.remove",
      entityType: "CoordinatorAppointment",
      entityId: `${programme.id}:${userId}`,
      subjectUserId: userId,
      programmeId: programme.id,
    });
    revalidate(paths.programme(programme.id));
    return { ok: true, message: t("programmes.coordinators.removed") };
  },
});
