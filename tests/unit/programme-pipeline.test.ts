import { describe, expect, it } from "vitest";
import { buildPipeline } from "@/lib/programmes/pipeline";

const fields = [
  { id: "f-law", key: "law", nameSv: "Jurist", nameEn: "Lawyer" },
  { id: "f-eco", key: "economics", nameSv: "Ekonom", nameEn: "Economist" },
  { id: "f-hr", key: "hr", nameSv: "Personalvetare", nameEn: "HR specialist" },
];

describe("the pipeline towards matching", () => {
  it("counts mentor places, not mentors: 12 law mentees and 9 mentors with one place each leave 3 missing", () => {
    const pipeline = buildPipeline(fields, [
      { role: "MENTEE", professionalFieldId: "f-law", count: 12, capacity: 12 },
      { role: "MENTOR", professionalFieldId: "f-law", count: 9, capacity: 9 },
    ]);
    expect(pipeline.fields).toEqual([
      expect.objectContaining({ key: "law", mentees: 12, mentors: 9, mentorPlaces: 9, missingPlaces: 3, sparePlaces: 0 }),
    ]);
    expect(pipeline).toMatchObject({ mentees: 12, mentors: 9, mentorPlaces: 9, missingPlaces: 3 });
  });

  it("lets mentors with room for two cover two mentees, and never offsets one field's spare places against another's gap", () => {
    const pipeline = buildPipeline(fields, [
      { role: "MENTEE", professionalFieldId: "f-law", count: 4, capacity: 4 },
      { role: "MENTOR", professionalFieldId: "f-law", count: 2, capacity: 4 },
      { role: "MENTEE", professionalFieldId: "f-eco", count: 3, capacity: 3 },
      { role: "MENTOR", professionalFieldId: "f-eco", count: 5, capacity: 6 },
    ]);
    expect(pipeline.fields.map(({ key, missingPlaces, sparePlaces }) => ({ key, missingPlaces, sparePlaces }))).toEqual([
      { key: "law", missingPlaces: 0, sparePlaces: 0 },
      { key: "economics", missingPlaces: 0, sparePlaces: 3 },
    ]);
    expect(buildPipeline(fields, [{ role: "MENTEE", professionalFieldId: "f-hr", count: 2, capacity: 2 }]).missingPlaces).toBe(2);
  });

  it("leaves out fields nobody is in", () => {
    expect(buildPipeline(fields, []).fields).toEqual([]);
  });
});
