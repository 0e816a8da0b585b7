// The Swedish standard occupational classification SSYK 2012 (Standard för svensk
// yrkesklassificering 2012, Statistics Sweden, SCB), built on the ILO's ISCO-08: its 10 major
// groups (yrkesområden) and 46 sub-major groups (huvudgrupper), each with its code, its Swedish
// name, an English name and the skill level (kvalifikationsnivå, ISCO-08's four levels) it implies.
//
// Where the data comes from (docs/occupations.md says more):
// - Swedish names: SCB's SSYK 2012, as its statistical database labels the groups.
// - English names: for a sub-major group that has the same code and content as in ISCO-08, the
//   ILO's ISCO-08 name of that group (`en: "isco"`). SSYK 2012 regroups the managers (11–17) and
//   splits the crafts (75, 76); those seven have no ISCO-08 counterpart, and their English name is
//   a plain translation of SCB's Swedish name (`en: "translated"`).
// - Skill levels: ISCO-08's levels by major group (1: 3–4, 2: 4, 3: 3, 4–8: 2, 9: 1, armed
//   forces 01: 4, 02: 2, 03: 1), with managers of other service industries (17, ISCO-08's
//   hospitality, retail and other services managers) at level 3.
// The 429 unit groups (4 digits) are not shipped: only what could be checked is.

export type SkillLevel = 1 | 2 | 3 | 4;

export type MajorGroup = { code: string; sv: string; en: string };

export type Occupation = {
  /** The two-digit SSYK 2012 code, as stored in OutcomeEvent.occupationCode. */
  code: string;
  sv: string;
  en: string;
  /** Where the English name comes from: ISCO-08's name of the same group, or a translation. */
  enSource: "isco" | "translated";
  skillLevel: SkillLevel;
};

export const SSYK_MAJOR_GROUPS: readonly MajorGroup[] = [
  { code: "0", sv: "Militära yrken", en: "Armed forces occupations" },
  { code: "1", sv: "Chefsyrken", en: "Managers" },
  { code: "2", sv: "Yrken med krav på fördjupad högskolekompetens", en: "Occupations requiring advanced level of higher education" },
  {
    code: "3",
    sv: "Yrken med krav på högskolekompetens eller motsvarande",
    en: "Occupations requiring higher education qualifications or equivalent",
  },
  { code: "4", sv: "Yrken inom administration och kundtjänst", en: "Administration and customer service clerks" },
  { code: "5", sv: "Service-, omsorgs- och försäljningsyrken", en: "Service, care and shop sales workers" },
  { code: "6", sv: "Yrken inom lantbruk, trädgård, skogsbruk och fiske", en: "Agricultural, horticultural, forestry and fishery workers" },
  { code: "7", sv: "Yrken inom byggverksamhet och tillverkning", en: "Building and manufacturing workers" },
  { code: "8", sv: "Yrken inom maskinell tillverkning och transport m.m.", en: "Mechanical manufacturing and transport workers, etc." },
  { code: "9", sv: "Yrken med krav på kortare utbildning eller introduktion", en: "Elementary occupations" },
];

const isco = (code: string, sv: string, en: string, skillLevel: SkillLevel): Occupation => ({
  code,
  sv,
  en,
  enSource: "isco",
  skillLevel,
});
const translated = (code: string, sv: string, en: string, skillLevel: SkillLevel): Occupation => ({
  code,
  sv,
  en,
  enSource: "translated",
  skillLevel,
});

export const SSYK_OCCUPATIONS: readonly Occupation[] = [
  isco("01", "Officerare", "Commissioned armed forces officers", 4),
  isco("02", "Specialistofficerare", "Non-commissioned armed forces officers", 2),
  isco("03", "Soldater m.fl.", "Armed forces occupations, other ranks", 1),

  translated(
    "11",
    "Politiker, verkställande direktörer och högre ämbetsmän m.fl.",
    "Politicians, managing directors and senior officials, etc.",
    4,
  ),
  translated(
    "12",
    "Chefer inom ekonomi, personal, marknadsföring och försäljning samt annan administration m.m.",
    "Managers in finance, human resources, marketing and sales, and other administration, etc.",
    4,
  ),
  translated(
    "13",
    "Chefer inom IT, logistik, FoU, fastighetsbolag, bygg- och ingenjörsverksamhet samt tillverkning m.m.",
    "Managers in IT, logistics, research and development, property companies, construction, engineering and manufacturing, etc.",
    4,
  ),
  translated("14", "Chefer inom utbildning", "Managers in education", 4),
  translated("15", "Chefer inom hälso- och sjukvård samt annan samhällsservice", "Managers in health care and other public services", 4),
  translated("16", "Chefer inom bank, finans och försäkring", "Managers in banking, finance and insurance", 4),
  translated("17", "Chefer inom övrig servicenäring", "Managers in other service industries", 3),

  isco("21", "Yrken med krav på fördjupad högskolekompetens inom naturvetenskap och teknik", "Science and engineering professionals", 4),
  isco("22", "Yrken med krav på fördjupad högskolekompetens inom hälso- och sjukvård", "Health professionals", 4),
  isco("23", "Yrken med krav på fördjupad högskolekompetens inom utbildning", "Teaching professionals", 4),
  isco("24", "Yrken med krav på fördjupad högskolekompetens inom ekonomi och förvaltning", "Business and administration professionals", 4),
  isco("25", "Yrken med krav på fördjupad högskolekompetens inom IT", "Information and communications technology professionals", 4),
  isco(
    "26",
    "Yrken med krav på fördjupad högskolekompetens inom juridik, kultur och socialt arbete m.m.",
    "Legal, social and cultural professionals",
    4,
  ),

  isco("31", "Yrken med krav på högskolekompetens eller motsvarande inom teknik", "Science and engineering associate professionals", 3),
  isco(
    "32",
    "Yrken med krav på högskolekompetens eller motsvarande inom hälso- och sjukvård samt laboratorium",
    "Health associate professionals",
    3,
  ),
  isco(
    "33",
    "Yrken med krav på högskolekompetens eller motsvarande inom ekonomi och förvaltning",
    "Business and administration associate professionals",
    3,
  ),
  isco(
    "34",
    "Yrken med krav på högskolekompetens eller motsvarande inom kultur, friskvård och socialt arbete",
    "Legal, social, cultural and related associate professionals",
    3,
  ),
  isco(
    "35",
    "Yrken med krav på högskolekompetens eller motsvarande inom IT, ljud- och ljusteknik m.m.",
    "Information and communications technicians",
    3,
  ),

  isco("41", "Kontorsassistenter och sekreterare", "General and keyboard clerks", 2),
  isco("42", "Kundserviceyrken", "Customer services clerks", 2),
  isco("43", "Yrken inom materialförvaltning m.m.", "Numerical and material recording clerks", 2),
  isco("44", "Andra kontors- och kundserviceyrken", "Other clerical support workers", 2),

  isco("51", "Serviceyrken", "Personal service workers", 2),
  isco("52", "Försäljningsyrken inom detaljhandeln m.m.", "Sales workers", 2),
  isco("53", "Omsorgsyrken", "Personal care workers", 2),
  isco("54", "Andra bevaknings- och säkerhetsyrken", "Protective services workers", 2),

  isco("61", "Lantbruks- och trädgårdsyrken", "Market-oriented skilled agricultural workers", 2),
  isco("62", "Skogsarbetare, fiskodlare och fiskare", "Market-oriented skilled forestry, fishery and hunting workers", 2),

  isco("71", "Byggnads- och anläggningsyrken", "Building and related trades workers, excluding electricians", 2),
  isco("72", "Metallhantverks- och reparatörsyrken", "Metal, machinery and related trades workers", 2),
  isco("73", "Finmekaniska, grafiska och konsthantverksyrken", "Handicraft and printing workers", 2),
  isco("74", "Installations- och serviceyrken inom el och elektronik", "Electrical and electronic trades workers", 2),
  translated("75", "Andra hantverksyrken inom trä och textil m.m.", "Other craft workers in wood and textiles, etc.", 2),
  translated("76", "Hantverksyrken inom livsmedel", "Food processing craft workers", 2),

  isco("81", "Process- och maskinoperatörer", "Stationary plant and machine operators", 2),
  isco("82", "Montörer", "Assemblers", 2),
  isco("83", "Transport- och maskinföraryrken", "Drivers and mobile plant operators", 2),

  isco("91", "Städyrken", "Cleaners and helpers", 1),
  isco("92", "Bärplockare och plantörer m.fl.", "Agricultural, forestry and fishery labourers", 1),
  isco("93", "Andra yrken inom bygg, tillverkning och godshantering", "Labourers in mining, construction, manufacturing and transport", 1),
  isco("94", "Snabbmatspersonal, köks- och restaurangbiträden m.fl.", "Food preparation assistants", 1),
  isco("95", "Torg- och marknadsförsäljare", "Street and related sales and service workers", 1),
  isco("96", "Återvinningsarbetare, tidningsdistributörer och övriga servicearbetare", "Refuse workers and other elementary workers", 1),
];
