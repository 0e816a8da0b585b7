import { z } from "zod";
import { reminderKinds } from "@/lib/reminders/reminder-kinds";

/**
 * The account page's reminders: a checkbox per kind, sent as repeated `on` values; the kinds left
 * unticked are off. Nothing ticked turns every kind off. Safe to import on the client.
 */
export const reminderSettingsSchema = z.object({
  on: z.preprocess(
    (value): unknown[] => (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
    z.array(z.enum(reminderKinds, "validation.choose")).max(reminderKinds.length, "validation.choose"),
  ),
});

/** The token of a link that turns a kind of reminder off, as the address carries it. */
export const reminderOffParams = z.object({ token: z.string().min(1).max(100) });
