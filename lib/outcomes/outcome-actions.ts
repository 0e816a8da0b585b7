"use server";

import { defineAction } from "@/lib/actions/define-action";
import { formText } from "@/lib/actions/action-state";
import { findOwnOutcome, findPairForOutcomes } from "@/lib/outcomes/outcome-access";
import { auditDetails, outcomeData, refuseFutureDate } from "@/lib/outcomes/outcome-records";
import { OUTCOME_FORM_FIELDS, outcomeSchema } from "@/lib/outcomes/outcome-schemas";
import { paths } from "@/lib/paths";

// Outcomes on the mentee's way to work, recorded by the mentee, or by the mentor for the mentee
// (kept as recordedByRole MENTOR and shown so). Only the two people of a running pair; audited.

const readOutcomeForm = (formData: FormData) => Object.fromEntries(OUTCOME_FORM_FIELDS.map((name) => [name, formText(formData, name)]));

export const recordOutcomeAction = defineAction({
  bound: ["pairId"],
  fields: outcomeSchema,
  read: readOutcomeForm,
  authorize: (viewer, { pairId }) => findPairForOutcomes(viewer, pairId),
  transaction: true,
  run: async ({ viewer, input, resource: pair, tx, audit, revalidate, redirectTo }) => {
    refuseFutureDate(input);
    const data = outcomeData(input, pair);
    const outcome = await tx.outcomeEvent.create({
      data: { ...data, pairId: pair.id, recordedById: viewer.id, recordedByRole: pair.side },
      select: { id: true },
    });
    await audit({
      action: "outcome.create",
      entityType: "OutcomeEvent",
      entityId: outcome.id,
      subjectUserId: pair.menteeUserId,
      programmeId: pair.programmeId,
      details: { ...auditDetails(data), recordedByRole: pair.side },
    });
    revalidate(paths.pair("MENTOR", pair.id));
    revalidate(paths.pair("MENTEE", pair.id));
    redirectTo(paths.pair(pair.side, pair.id));
  },
});

export const updateOutcomeAction = defineAction({
  bound: ["outcomeId"],
  fields: outcomeSchema,
  read: readOutcomeForm,
  authorize: (viewer, { outcomeId }) => findOwnOutcome(viewer, outcomeId),
  transaction: true,
  run: async ({ input, resource: outcome, tx, audit, revalidate, redirectTo }) => {
    refuseFutureDate(input);
    const { pair } = outcome;
    const data = outcomeData(input, pair);
    await tx.outcomeEvent.update({ where: { id: outcome.id }, data });
    await audit({
      action: "outcome.update",
      entityType: "OutcomeEvent",
      entityId: outcome.id,
      subjectUserId: pair.menteeUserId,
      programmeId: pair.programmeId,
      details: auditDetails(data),
    });
    revalidate(paths.pair("MENTOR", pair.id));
    revalidate(paths.pair("MENTEE", pair.id));
    redirectTo(paths.pair(pair.side, pair.id));
  },
});

export const deleteOutcomeAction = defineAction({
  bound: ["outcomeId"],
  authorize: (viewer, { outcomeId }) => findOwnOutcome(viewer, outcomeId),
  confirm: ({ t }) => ({ question: t("outcomes.delete.question"), proceed: t("outcomes.delete.proceed") }),
  transaction: true,
  run: async ({ resource: outcome, tx, audit, revalidate, redirectTo }) => {
    const { pair } = outcome;
    await tx.outcomeEvent.delete({ where: { id: outcome.id } });
    await audit({
      action: "outcome.delete",
      entityType: "OutcomeEvent",
      entityId: outcome.id,
      subjectUserId: pair.menteeUserId,
      programmeId: pair.programmeId,
      details: { type: outcome.type, occurredOn: outcome.occurredOn.toISOString().slice(0, 10) },
    });
    revalidate(paths.pair("MENTOR", pair.id));
    revalidate(paths.pair("MENTEE", pair.id));
    redirectTo(paths.pair(pair.side, pair.id));
  },
});
