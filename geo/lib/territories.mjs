// src/lib/territories/territoires.json (names, régions, populations) and the millésimes it rests on.

const MAYOTTE_NOTE =
  "Population de Mayotte : le paquet cite « population Mayotte INSEE 2017 » (recensement 2017) au lieu des populations légales récentes ; elle est plus ancienne que celle des autres départements.";

/** What is documented and what is deduced about the COG and population vintages (manifest). */
export function millesime(official) {
  return {
    cog: 2026,
    cogStatus: 'documenté',
    cogSource: `README de ${official.info.name} : tableau « Millésimes et versions de package » (version ${official.info.version} = année 2026)`,
    populationConcept: 'population municipale',
    populationConceptStatus: "déduit : le script de construction amont lit la colonne PMUN de l'INSEE ; le README dit seulement « Population légale »",
    populationYear: 2023,
    populationYearStatus:
      "déduit, non documenté : populations légales en vigueur au 1er janvier 2026 = millésime 2023 (date de référence 1er janvier 2023) ; cohérent avec Paris = 2 103 778",
    mayotte: { code: '976', populationYear: 2017, populationYearStatus: 'documenté (README du paquet : « population Mayotte INSEE 2017 »)', note: MAYOTTE_NOTE },
    populationRule: "somme de `population` des communes de type 'commune-actuelle' (les arrondissements municipaux de Paris, Lyon et Marseille sont exclus) ; région = somme de ses départements"
  };
}

export function buildTerritoires(official) {
  const yearOf = (depCode) => (depCode === '976' ? 2017 : 2023);
  const departements = official.departements.map((d) => ({
    code: d.code,
    nom: d.nom,
    region: d.region,
    population: official.population.get(d.code),
    populationYear: yearOf(d.code)
  }));
  const regions = official.regions.map((r) => {
    const members = departements.filter((d) => d.region === r.code);
    return {
      code: r.code,
      nom: r.nom,
      population: members.reduce((s, d) => s + d.population, 0),
      populationYear: Math.min(...members.map((d) => d.populationYear))
    };
  });
  const m = millesime(official);
  return {
    source: `${official.info.name}@${official.info.version}`,
    cog: m.cog,
    populationConcept: m.populationConcept,
    populationYear: m.populationYear,
    populationYearStatus: m.populationYearStatus,
    notes: [MAYOTTE_NOTE],
    regions,
    departements
  };
}
