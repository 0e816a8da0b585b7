import { getTranslations } from "next-intl/server";
import type { ContactPerson, ProgrammeContact } from "@/lib/programmes/programme-contact";

/** One person to contact: the name, then the email and phone as links, whichever are known. */
async function Person({ person }: { person: ContactPerson }) {
  const t = await getTranslations("participant.contact");
  return (
    <div data-testid="contact-person">
      {person.name && <p className="font-medium">{person.name}</p>}
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3">
        {person.email && (
          <>
            <dt className="text-stone-600">{t("email")}</dt>
            <dd>
              <a className="inline-flex min-h-11 items-center break-all text-accent-700 underline" href={`mailto:${person.email}`}>
                {person.email}
              </a>
            </dd>
          </>
        )}
        {person.phone && (
          <>
            <dt className="text-stone-600">{t("phone")}</dt>
            <dd>
              <a
                className="inline-flex min-h-11 items-center text-accent-700 underline"
                href={`tel:${person.phone.replace(/[\s()-]/g, "")}`}
              >
                {person.phone}
              </a>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

/**
 * Whom a participant contacts about their programme: the programme's own contact, or else its
 * coordinators. Nothing when the programme has neither.
 */
export async function ProgrammeContactDetails({ contact, headingLevel = 2 }: { contact: ProgrammeContact; headingLevel?: 2 | 3 }) {
  if (!contact) return null;
  const t = await getTranslations("participant.contact");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const people = contact.kind === "programme" ? [contact.person] : contact.people;
  return (
    <section className="space-y-2" data-testid="programme-contact">
      <Heading className="font-semibold">{t("title")}</Heading>
      <p className="text-stone-700">{contact.kind === "programme" ? t("lead") : t("leadCoordinators", { count: people.length })}</p>
      <div className="space-y-3">
        {people.map((person, index) => (
          <Person key={`${person.email ?? person.name ?? ""}-${index}`} person={person} />
        ))}
      </div>
    </section>
  );
}
