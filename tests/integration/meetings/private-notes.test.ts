import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/session";
import { getCohortOverview } from "@/lib/cohorts/cohort-queries";
import { db } from "@/lib/db";
import { getMeetingEditForm, getMeetingLogForm, getPairTimeline } from "@/lib/meetings/meeting-queries";
import { getPairExport } from "@/lib/pairs/pair-export-queries";
import { pairFiltersSchema } from "@/lib/pairs/pair-schemas";
import { getPairDetail } from "@/lib/pairs/pair-queries";
import { getParticipantProfile, listCohortParticipants } from "@/lib/participants/participant-admin-queries";
import { participantFiltersSchema } from "@/lib/participants/participant-admin-schemas";
import { listMyCohorts, listMyParticipations } from "@/lib/participants/participant-queries";
import { getPersonHistory, searchPeople } from "@/lib/people/people-queries";
import { listProgrammeOverviews } from "@/lib/programmes/programme-queries";
import { createDoorWorld, type DoorWorld } from "@/tests/factories/door-world";
import { actAs } from "@/tests/setup/acting";

// A private note on a meeting is read by its author and nobody else: not the partner, not a
// coordinator of the programme. Every read that shows anything of the pair is run as each of them
// and its whole result searched for the other person's note. (The pages and their server payloads
// are searched the same way by the browser test tests/e2e/meetings.spec.ts.) Each read is run as
// the author too, where it shows the note, so the search is shown to find one.

async function viewerFor(user: { id: string }): Promise<Viewer> {
  actAs(user);
  return (await getViewer())!;
}

/** The whole result of a read, as text; "not found" is a result too (it shows nothing). */
async function resultOf(read: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await read(), (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)) ?? "";
  } catch (error) {
    if (/NEXT_HTTP_ERROR_FALLBACK;404/.test(String((error as { digest?: string }).digest ?? error))) return "not found";
    throw error;
  }
}

/** Every read a participant of the pair has, on their side. */
function participantReads(w: DoorWorld, side: "MENTOR" | "MENTEE", viewer: Viewer) {
  const { pair } = w.a.pairs[0]!;
  return {
    timeline: () => getPairTimeline(viewer, pair.id),
    pairPage: () => getPairDetail(viewer, pair.id, side),
    home: () => listMyParticipations(viewer, side),
    cohorts: () => listMyCohorts(viewer),
    logForm: () => getMeetingLogForm(viewer, pair.id, side),
    editMentorsMeeting: () => getMeetingEditForm(viewer, pair.id, w.meetings.byMentor.id, side),
    editMenteesMeeting: () => getMeetingEditForm(viewer, pair.id, w.meetings.byMentee.id, side),
  };
}

/** Every read a coordinator has that shows the pair, its people or its cohort. */
function coordinatorReads(w: DoorWorld, viewer: Viewer) {
  const { pair, mentor, mentee, mentorUser, menteeUser } = w.a.pairs[0]!;
  const cohortId = w.a.cohort.id;
  return {
    timeline: () => getPairTimeline(viewer, pair.id),
    mentorHistory: () => getPersonHistory(viewer, mentorUser.id),
    menteeHistory: () => getPersonHistory(viewer, menteeUser.id),
    search: () => searchPeople(viewer, { q: "Mentor A" }),
    mentorProfile: () => getParticipantProfile(viewer, mentor.id),
    menteeProfile: () => getParticipantProfile(viewer, mentee.id),
    participants: () => listCohortParticipants(viewer, cohortId, participantFiltersSchema.parse({})),
    pairsFile: () => getPairExport(viewer, cohortId, pairFiltersSchema.parse({}), { locale: "en", format: "csv" }),
    cohort: () => getCohortOverview(viewer, cohortId),
    programmes: () => listProgrammeOverviews(viewer),
  };
}

async function readAll(reads: Record<string, () => Promise<unknown>>): Promise<Record<string, string>> {
  const results: Record<string, string> = {};
  for (const [name, read] of Object.entries(reads)) results[name] = await resultOf(read);
  return results;
}

const holding = (results: Record<string, string>, text: string) =>
  Object.entries(results)
    .filter(([, result]) => result.includes(text))
    .map(([name]) => name);

describe("a meeting's private note", () => {
  it("reaches its author and nobody else: not the partner, not a coordinator of the programme", async () => {
    const w = await createDoorWorld(db);
    const { mentorUser, menteeUser } = w.a.pairs[0]!;
    const notes = w.meetings.privateNotes;

    const asMentor = await readAll(participantReads(w, "MENTOR", await viewerFor(mentorUser)));
    const asMentee = await readAll(participantReads(w, "MENTEE", await viewerFor(menteeUser)));
    const asCoordinator = await readAll(coordinatorReads(w, await viewerFor(w.coordinatorA)));
    const asAdministrator = await readAll(coordinatorReads(w, await viewerFor(w.adminA)));

    // The author reads their own note on the timeline and in the form that changes the meeting.
    expect(holding(asMentor, notes.mentor)).toEqual(["timeline", "editMentorsMeeting"]);
    expect(holding(asMentee, notes.mentee)).toEqual(["timeline", "editMenteesMeeting"]);
    // The partner never does, nor does anyone running the programme.
    expect(holding(asMentor, notes.mentee)).toEqual([]);
    expect(holding(asMentee, notes.mentor)).toEqual([]);
    for (const note of [notes.mentor, notes.mentee]) {
      expect(holding(asCoordinator, note)).toEqual([]);
      expect(holding(asAdministrator, note)).toEqual([]);
    }
    // The reads did show the pair: the coordinator's timeline has both meetings, shared notes included.
    expect(asCoordinator.timeline).toContain("We went through the CV.");
    expect(asMentee.timeline).toContain("We went through the CV.");
  });
});
