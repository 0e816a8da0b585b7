import { getTranslations } from "next-intl/server";
import type { AttendancePerson } from "@/components/cohorts/attendance-form";

/** Who came, read-only: for a session whose day has not come, or a closed cohort's. */
export async function AttendanceSummary({ people }: { people: AttendancePerson[] }) {
  const t = await getTranslations("cohorts.attendance");
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left" data-testid="attendance-summary">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className="p-3">
              {t("columns.name")}
            </th>
            <th scope="col" className="p-3">
              {t("columns.roleAndField")}
            </th>
            <th scope="col" className="p-3">
              {t("columns.status")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {people.map((person) => (
            <tr key={person.participationId}>
              <th scope="row" className="p-3 font-medium">
                {person.name}
              </th>
              <td className="p-3">{t("roleAndField", { role: person.role, field: person.field })}</td>
              <td className="p-3">{person.status ? t(`status.${person.status}`) : t("notMarked")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
