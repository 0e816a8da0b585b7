import { z } from "zod";
import { idSchema } from "@/lib/ids";

// The attendance form of one joint session: one choice per participant, named
// `attendance.<participationId>`, present unless the coordinator picks an exception. Safe on the client.

export const ATTENDANCE_STATUSES = ["PRESENT", "ABSENT", "EXCUSED"] as const;
export type AttendanceChoice = (typeof ATTENDANCE_STATUSES)[number];

const prefix = "attendance.";

/** The form field of one participant's choice. */
export function attendanceField(participationId: string): string {
  return `${prefix}${participationId}`;
}

export const attendanceSchema = z.object({
  marks: z
    .array(
      z.object({
        participationId: idSchema,
        // One value per person: a field sent twice reads as an array, which no status matches.
        status: z.enum(ATTENDANCE_STATUSES, "cohorts.attendance.errors.choose"),
      }),
    )
    .min(1, "cohorts.attendance.errors.nobody")
    .max(2000, "cohorts.attendance.errors.nobody"),
});

export type AttendanceInput = z.infer<typeof attendanceSchema>;

/** Every `attendance.<id>` field of the form, in the order sent. */
export function attendanceFromForm(formData: FormData): { marks: Array<{ participationId: string; status: unknown }> } {
  const names = [...new Set([...formData.keys()].filter((name) => name.startsWith(prefix)))];
  return {
    marks: names.map((name) => {
      const values = formData.getAll(name);
      return { participationId: name.slice(prefix.length), status: values.length === 1 ? values[0] : values };
    }),
  };
}
