import type { Prisma } from "@/lib/generated/prisma/client";
import { planGoals, planMeetings, planOutcomes } from "@/prisma/seed/activity-plan";
import type { CohortPlan, PairPlan } from "@/prisma/seed/plan-types";
import type { Written } from "@/prisma/seed/write-context";
import { addDays, atUtcTime, startOfUtcDay } from "@/tests/factories/dates";
import { buildMeetingData } from "@/tests/factories/meetings";
import { buildOutcomeData } from "@/tests/factories/outcomes";
import { buildPairData } from "@/tests/factories/pairs";

// Writes the pairs and what each pair did: meetings (with the demo mentor's private note), goals
// and outcomes.

type WrittenPair = { cohortPlan: CohortPlan; pair: PairPlan; pairId: string };

type ActivityRows = {
  meetings: Prisma.MeetingCreateManyInput[];
  privateNotes: { pairId: string; heldOn: Date; authorId: string; text: string }[];
  goals: Prisma.PairGoalCreateManyInput[];
  outcomes: Prisma.OutcomeEventCreateManyInput[];
};

async function writePairRows(w: Written): Promise<WrittenPair[]> {
  const pairList = w.plan.cohorts.flatMap((cohortPlan) => cohortPlan.pairs.map((pair) => ({ cohortPlan, pair })));
  const pairRows = await w.tx.pair.createManyAndReturn({
    data: pairList.map(({ cohortPlan, pair }) =>
      buildPairData({
        mentor: w.participationOf(cohortPlan, pair.mentor),
        mentee: w.participationOf(cohortPlan, pair.mentee),
        status: pair.status,
        source: pair.source,
        score: pair.score,
        publishedAt: pair.publishedAt,
        endedAt: pair.endedAt,
        endReason: pair.endReason,
      }),
    ),
    select: { id: true, mentorParticipationId: true, menteeParticipationId: true },
  });
  const pairIds = new Map(pairRows.map((row) => [`${row.mentorParticipationId}|${row.menteeParticipationId}`, row.id]));
  w.counts.pairs = pairRows.length;
  return pairList.map(({ cohortPlan, pair }) => {
    const key = `${w.participationOf(cohortPlan, pair.mentor).id}|${w.participationOf(cohortPlan, pair.mentee).id}`;
    return { cohortPlan, pair, pairId: pairIds.get(key) as string };
  });
}

/** The pair's meetings, goals and outcomes as rows; one of the two logs a meeting, the other confirms it. */
function addPairActivity(w: Written, { cohortPlan, pair, pairId }: WrittenPair, rows: ActivityRows): void {
  const { rng, today, now } = w;
  const mentorUserId = w.userIdOf(pair.mentor.person);
  const menteeUserId = w.userIdOf(pair.mentee.person);
  for (const meeting of planMeetings(rng, pair, cohortPlan, today)) {
    const loggedById = meeting.loggedBy === "mentor" ? mentorUserId : menteeUserId;
    const confirmedAt = atUtcTime(addDays(meeting.heldOn, rng.int(0, 4)), rng.int(7, 21));
    rows.meetings.push(
      buildMeetingData({
        pairId,
        heldOn: meeting.heldOn,
        durationMinutes: meeting.durationMinutes,
        mode: meeting.mode,
        topics: meeting.topics,
        sharedNotes: meeting.sharedNotes,
        loggedById,
        confirmedById: meeting.confirmed ? (loggedById === mentorUserId ? menteeUserId : mentorUserId) : null,
        confirmedAt: meeting.confirmed ? (confirmedAt < now ? confirmedAt : now) : null,
      }),
    );
    if (meeting.privateNote) {
      rows.privateNotes.push({ pairId, heldOn: meeting.heldOn, authorId: mentorUserId, text: meeting.privateNote });
    }
  }
  planGoals(rng, pair, cohortPlan.status === "CLOSED").forEach((goal, index) => {
    rows.goals.push({
      pairId,
      title: goal.title,
      status: goal.status,
      sortOrder: index,
      createdAt: addDays(pair.publishedAt, rng.int(7, 20)),
    });
  });
  for (const outcome of planOutcomes(rng, pair, cohortPlan, today)) rows.outcomes.push(buildOutcomeData({ ...outcome, pairId }));
}

async function writePairActivity(w: Written, pairs: WrittenPair[]): Promise<void> {
  const rows: ActivityRows = { meetings: [], privateNotes: [], goals: [], outcomes: [] };
  for (const pair of pairs) addPairActivity(w, pair, rows);
  await w.tx.meeting.createMany({ data: rows.meetings });
  for (const note of rows.privateNotes) {
    const meeting = await w.tx.meeting.findFirstOrThrow({
      where: { pairId: note.pairId, heldOn: startOfUtcDay(note.heldOn) },
      select: { id: true },
    });
    await w.tx.meetingPrivateNote.create({ data: { meetingId: meeting.id, authorId: note.authorId, text: note.text } });
  }
  await w.tx.pairGoal.createMany({ data: rows.goals });
  await w.tx.outcomeEvent.createMany({ data: rows.outcomes });
  w.counts.meetings = rows.meetings.length;
  w.counts.goals = rows.goals.length;
  w.counts.outcomes = rows.outcomes.length;
}

export async function writePairs(w: Written): Promise<void> {
  await writePairActivity(w, await writePairRows(w));
}
