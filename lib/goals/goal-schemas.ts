import { z } from "zod";
import { formText } from "@/lib/actions/action-state";

// The forms of a pair's goals: a goal (title, optional description), a progress note, closing it as
// achieved or dropped, moving it up or down. Messages are keys of messages/*.json. Safe on the client.

export const goalLimits = { title: 200, description: 2000, note: 2000 } as const;

export const goalSchema = z.object({
  title: z.string().trim().min(1, "goals.errors.titleMissing").max(goalLimits.title, "validation.tooLong"),
  description: z
    .string()
    .trim()
    .max(goalLimits.description, "validation.tooLong")
    .transform((text) => text || null),
});

export type GoalInput = z.infer<typeof goalSchema>;

export function goalFieldsFromForm(formData: FormData) {
  return { title: formText(formData, "title"), description: formText(formData, "description") };
}

export const goalNoteSchema = z.object({
  text: z.string().trim().min(1, "goals.errors.noteMissing").max(goalLimits.note, "validation.tooLong"),
});

export function goalNoteFieldsFromForm(formData: FormData) {
  return { text: formText(formData, "text") };
}

/** How a goal is closed: it was reached, or the pair let it go. */
export const closeGoalSchema = z.object({ outcome: z.enum(["ACHIEVED", "DROPPED"], "validation.choose") });

/** A goal moves one place up or down the pair's list. */
export const moveGoalSchema = z.object({ direction: z.enum(["up", "down"], "validation.choose") });
