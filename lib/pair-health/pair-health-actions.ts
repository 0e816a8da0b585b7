"use server";

import { defineAction } from "@/lib/actions/define-action";
import { Refusal } from "@/lib/actions/refusal";
import { findCoordinatedPair } from "@/lib/pair-health/pair-health-access";
import { pairNoteSchema } from "@/lib/pair-health/pair-health-schemas";
import { paths } from "@/lib/paths";

// The note a coordinator keeps on a pair: for the programme's coordinators only, never shown to
// the pair. Saving it empty removes it. Audited without its text (the log says who changed it).

export const savePairNoteAction = defineAction({
  bound: ["pairId"],
  authorize: (viewer, { pairId }) => findCoordinatedPair(viewer, pairId),
  fields: pairNoteSchema,
  transaction: true,
  run: async ({ viewer, resource: pair, input, tx, t, audit, revalidate }) => {
    if (pair.closed) throw new Refusal("pairHealth.note.closed");
    revalidate(paths.cohortHealth(pair.cohortId));
    if (input.note === "") {
      const removed = await tx.pairCoordinatorNote.deleteMany({ where: { pairId: pair.id } });
      if (removed.count > 0) {
        await audit({ action: "pair.note_remove", entityType: "Pair", entityId: pair.id, programmeId: pair.programmeId });
      }
      return { ok: true, message: t("pairHealth.note.removed") };
    }
    await tx.pairCoordinatorNote.upsert({
      where: { pairId: pair.id },
      create: { pairId: pair.id, text: input.note, updatedById: viewer.id },
      update: { text: input.note, updatedById: viewer.id },
    });
    await audit({
      action: "pair.note_save",
      entityType: "Pair",
      entityId: pair.id,
      programmeId: pair.programmeId,
      details: { length: input.note.length },
    });
    return { ok: true, message: t("pairHealth.note.saved") };
  },
});
