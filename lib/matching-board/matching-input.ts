import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveMatchingSettings, type MatchingSettingsInput } from "@/lib/matching/matching-settings";
import type {
  MatchingInput,
  MatchingSettings,
  MenteeProfile,
  MentorProfile,
  PairRef,
  PreviousPairing,
} from "@/lib/matching/matching-types";
import { matchingProfileSelect, matchingValues } from "@/lib/profiles/profile-matching";

// Reads a cohort from the database into the matching engine's plain input. Who takes part: the
// accepted mentors and mentees (invited or active). Published pairs are settled: their mentees
// are left out and their mentors' capacity is what remains. Proposals on the board are given as
// locked pairs when they are to be kept; the caller says which.

export type Client = Db | Prisma.TransactionClient;

export const MATCHABLE_STATUSES = ["INVITED", "ACTIVE"] as const;

const participantSelect = {
  id: true,
  userId: true,
  role: true,
  ...matchingProfileSelect,
} satisfies Prisma.ParticipationSelect;

/** The cohort's settings as the engine reads them: the stored JSON over the defaults. */
export function cohortMatchingSettings(cohort: {
  matchingSettings: Prisma.JsonValue;
  minMatchScore: number;
  menteeWishesEnabled: boolean;
}) {
  const stored = (
    cohort.matchingSettings && typeof cohort.matchingSettings === "object" && !Array.isArray(cohort.matchingSettings)
      ? cohort.matchingSettings
      : {}
  ) as MatchingSettingsInput;
  return resolveMatchingSettings({
    weights: stored.weights,
    rules: stored.rules,
    minimumScore: cohort.minMatchScore,
    wishesEnabled: cohort.menteeWishesEnabled,
  });
}

export type OpenPair = {
  id: string;
  mentorId: string;
  menteeId: string;
  status: "PROPOSED" | "ACTIVE";
  acceptedAt: Date | null;
  locked: boolean;
};

export type CohortForMatching = {
  settings: MatchingSettings;
  mentees: MenteeProfile[];
  mentors: MentorProfile[];
  /** Capacity before any pair: the mentor's profile. */
  profileCapacity: Map<string, number>;
  previousPairings: PreviousPairing[];
  exclusions: PairRef[];
  /** Proposals and published pairs. */
  openPairs: OpenPair[];
};

/**
 * Everything the engine needs about the cohort, read in a handful of queries. `without` names a pair
 * to read the cohort as if it were not there (a published pair about to be replaced).
 */
export async function readCohortForMatching(
  client: Client,
  cohortId: string,
  { without }: { without?: string } = {},
): Promise<CohortForMatching> {
  const cohort = await client.cohort.findUniqueOrThrow({
    where: { id: cohortId },
    select: { matchingSettings: true, minMatchScore: true, menteeWishesEnabled: true },
  });
  const settings = cohortMatchingSettings(cohort);
  const [rows, pairs, exclusions, wishes] = await Promise.all([
    client.participation.findMany({
      where: { cohortId, status: { in: [...MATCHABLE_STATUSES] } },
      select: participantSelect,
      orderBy: { id: "asc" },
    }),
    client.pair.findMany({
      where: { cohortId, status: { in: ["PROPOSED", "ACTIVE"] }, ...(without ? { id: { not: without } } : {}) },
      select: { id: true, mentorParticipationId: true, menteeParticipationId: true, status: true, acceptedAt: true, locked: true },
      orderBy: { id: "asc" },
    }),
    client.matchExclusion.findMany({ where: { cohortId }, select: { mentorParticipationId: true, menteeParticipationId: true } }),
    settings.wishesEnabled
      ? client.menteeWish.findMany({
          where: { mentee: { cohortId } },
          select: { menteeParticipationId: true, mentorParticipationId: true, kind: true, rank: true },
          orderBy: [{ rank: "asc" }],
        })
      : Promise.resolve([]),
  ]);

  const people = rows.map((row) => row.userId).filter((id): id is string => id !== null);
  const earlier = people.length
    ? await client.pair.findMany({
        where: {
          cohortId: { not: cohortId },
          status: { in: ["ACTIVE", "ENDED"] },
          OR: [{ mentor: { userId: { in: people } } }, { mentee: { userId: { in: people } } }],
        },
        select: { mentor: { select: { userId: true } }, mentee: { select: { userId: true } } },
      })
    : [];

  const wishesOf = new Map<string, { wishes: string[]; avoid: string[] }>();
  for (const wish of wishes) {
    const entry = wishesOf.get(wish.menteeParticipationId) ?? { wishes: [], avoid: [] };
    (wish.kind === "WISH" ? entry.wishes : entry.avoid).push(wish.mentorParticipationId);
    wishesOf.set(wish.menteeParticipationId, entry);
  }

  const openPairs: OpenPair[] = pairs.map((pair) => ({
    id: pair.id,
    mentorId: pair.mentorParticipationId,
    menteeId: pair.menteeParticipationId,
    status: pair.status as OpenPair["status"],
    acceptedAt: pair.acceptedAt,
    locked: pair.locked,
  }));
  const published = openPairs.filter((pair) => pair.status === "ACTIVE");
  const settledMentees = new Set(published.map((pair) => pair.menteeId));
  const publishedPerMentor = new Map<string, number>();
  for (const pair of published) publishedPerMentor.set(pair.mentorId, (publishedPerMentor.get(pair.mentorId) ?? 0) + 1);

  const profileCapacity = new Map<string, number>();
  const mentees: MenteeProfile[] = [];
  const mentors: MentorProfile[] = [];
  for (const row of rows) {
    const person = { id: row.id, personId: row.userId };
    if (row.role === "MENTOR") {
      const { mentorCapacity, ...profile } = matchingValues(row, "MENTOR");
      profileCapacity.set(row.id, mentorCapacity);
      mentors.push({ ...person, ...profile, capacity: Math.max(0, mentorCapacity - (publishedPerMentor.get(row.id) ?? 0)) });
    } else if (!settledMentees.has(row.id)) {
      const own = wishesOf.get(row.id);
      mentees.push({ ...person, ...matchingValues(row, "MENTEE"), ...(own ? { wishes: own.wishes, avoid: own.avoid } : {}) });
    }
  }

  return {
    settings,
    mentees,
    mentors,
    profileCapacity,
    previousPairings: earlier.flatMap((pair) =>
      pair.mentor.userId && pair.mentee.userId ? [{ mentorPersonId: pair.mentor.userId, menteePersonId: pair.mentee.userId }] : [],
    ),
    exclusions: exclusions.map((exclusion) => ({ mentorId: exclusion.mentorParticipationId, menteeId: exclusion.menteeParticipationId })),
    openPairs,
  };
}

/** Whether suggesting again keeps this proposal: accepted (hand-made ones are) or locked. */
export function isKept(pair: OpenPair): boolean {
  return pair.status === "PROPOSED" && (pair.locked || pair.acceptedAt !== null);
}

/** The engine's input, with the given proposals standing as locked pairs. */
export function matchingInput(cohort: CohortForMatching, standing: readonly OpenPair[]): MatchingInput {
  const mentees = new Set(cohort.mentees.map((mentee) => mentee.id));
  const mentors = new Set(cohort.mentors.map((mentor) => mentor.id));
  return {
    mentees: cohort.mentees,
    mentors: cohort.mentors,
    settings: cohort.settings,
    previousPairings: cohort.previousPairings,
    exclusions: cohort.exclusions,
    lockedPairs: standing
      .filter((pair) => pair.status === "PROPOSED" && mentees.has(pair.menteeId) && mentors.has(pair.mentorId))
      .map((pair) => ({ mentorId: pair.mentorId, menteeId: pair.menteeId })),
  };
}
