// Output paths and build parameters (all parameters are recorded in the manifest).

// Output files, relative to the output root (the repository root by default).
export const OUTPUTS = {
  topology: 'static/geo/france.topo.json',
  manifest: 'static/geo/manifest.json',
  placements: 'src/lib/geo/placements.json',
  territoires: 'src/lib/territories/territoires.json'
};

/** Default parameters; `--min-area` and `--quantization` override a fresh copy. */
export function defaultParams() {
  return {
    quantization: 100000,
    // Visvalingam weight = triangle area in Web Mercator square metres of the drawn map, measured
    // AFTER projection and placement (so the enlarged DROM and the Paris copies keep
    // proportionally more detail).
    minArea: 1e6,
    // Layout, in Web Mercator kilometres of the drawn map.
    layout: {
      dromColumnWidthKm: 260,
      dromGapKm: 20, // between two DROM boxes
      dromMarginKm: 30, // between the column and the westernmost point of metropolitan France
      paddingKm: 14, // inside every box, around the placed geometry
      topExtraKm: 40, // the DROM column and the Paris box rise this much above Dunkirk
      parisLeftKm: 700, // left edge of the Paris box (its right edge is Corsica's easternmost point)
      parisGapKm: 25, // between the Paris box and the metropolitan départements below it
      // Kept free at the top of each box for the inset's name (one line for a DROM, two for
      // « Paris et petite couronne »), so that it never covers the territory.
      labelBandKm: 45,
      parisLabelBandKm: 100,
      parisMinWidthKm: 330
    },
    // Symbol anchors (pole of inaccessibility): precision, in Web Mercator metres of the drawn map.
    anchorPrecision: 100
  };
}

// Each territory is projected in its usual system (parameters in src/lib/geo/projection.js):
// metropolitan France in Lambert-93, each overseas département in its UTM zone (the systems
// IGN's ADMIN EXPRESS uses for them).
export const METROPOLE = {
  id: 'metropole',
  label: 'France métropolitaine',
  crs: 'EPSG:2154',
  // This point keeps its Web Mercator position and scale: the conic map sits where, and at the
  // size, the Web Mercator one did (zoom levels and camera positions stay comparable).
  keep: [3, 46.5]
};
export const DROM = [
  { id: 'guadeloupe', code: '971', label: 'Guadeloupe', crs: 'EPSG:5490' },
  { id: 'martinique', code: '972', label: 'Martinique', crs: 'EPSG:5490' },
  { id: 'guyane', code: '973', label: 'Guyane', crs: 'EPSG:2972' },
  { id: 'la-reunion', code: '974', label: 'La Réunion', crs: 'EPSG:2975' },
  { id: 'mayotte', code: '976', label: 'Mayotte', crs: 'EPSG:4471' }
];
export const PARIS = { id: 'paris', codes: ['75', '92', '93', '94'], label: 'Paris et petite couronne', crs: METROPOLE.crs };

/** The projected system of a département. */
export function crsOf(code) {
  return DROM.find((d) => d.code === code)?.crs ?? METROPOLE.crs;
}
