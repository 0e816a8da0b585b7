/**
 * The demo sign-ins created by the demo seed (prisma/seed.ts). Plain data, safe to render on the
 * sign-in page of a demo installation: the label comes from the messages under `roleLabelKey`.
 */
export const DEMO_PASSWORD = "tandem-demo-2026";

export type DemoRoleLabelKey = "admin" | "coordinator" | "mentor" | "mentee" | "returning";

export type DemoAccount = {
  email: string;
  /** The name the seed gives the person. */
  name: string;
  roleLabelKey: DemoRoleLabelKey;
  description: { sv: string; en: string };
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "admin@demo.tandem.se",
    name: "Eva Sjöberg",
    roleLabelKey: "admin",
    description: {
      sv: "Leder organisationen. Ser alla program och utser samordnare.",
      en: "Leads the organisation. Sees every programme and appoints coordinators.",
    },
  },
  {
    email: "coordinator@demo.tandem.se",
    name: "Johan Bergström",
    roleLabelKey: "coordinator",
    description: {
      sv: "Samordnar mentorskapsprogrammet: omgångar, ansökningar, matchning, träffar och rapporter.",
      en: "Runs the mentorship programme: cohorts, applications, matching, sessions and reports.",
    },
  },
  {
    email: "mentor@demo.tandem.se",
    name: "Karin Lindberg",
    roleLabelKey: "mentor",
    description: {
      sv: "Jurist och mentor i den pågående omgången. Har varit mentor förut.",
      en: "Lawyer and mentor in the current cohort. Has been a mentor before.",
    },
  },
  {
    email: "mentee@demo.tandem.se",
    name: "Yasmin Al-Hassan",
    roleLabelKey: "mentee",
    description: {
      sv: "Jurist från Syrien och adept i den pågående omgången, med Karin Lindberg som mentor.",
      en: "Lawyer from Syria and mentee in the current cohort, with Karin Lindberg as mentor.",
    },
  },
  {
    email: "returning@demo.tandem.se",
    name: "Nour Haddad",
    roleLabelKey: "returning",
    description: {
      sv: "Ekonom. Var adept i en tidigare omgång och är nu mentor i den pågående omgången.",
      en: "Economist. Was a mentee in an earlier cohort and is now a mentor in the current cohort.",
    },
  },
];

export function getDemoAccount(roleLabelKey: DemoRoleLabelKey): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.roleLabelKey === roleLabelKey);
  if (!account) throw new Error(`No demo account for ${roleLabelKey}`);
  return account;
}
