// Output paths and build parameters (all parameters are recorded in the manifest).

// Output files, relative to the output root (the repository root by default).
export const OUTPUTS = {
  topology: 'static/geo/france.topo.json',
  manifest: 'static/geo/manifest.json',
  territoires: 'src/lib/territories/territoires.json'
};

/** Default parameters; `--min-area` and `--quantization` override a fresh copy. */
export function defaultParams() {
  return {
    quantization: 100000,
    // Visvalingam weight = triangle area in Web Mercator square metres, measured AFTER placement
    // (so the enlarged DROM and the Paris copies keep proportionally more detail).
    minArea: 1e6,
    // Layout, in Web Mercator kilometres.
    layout: {
      dromColumnWidthKm: 260,
      dromGapKm: 20, // between two DROM boxes
      dromMarginKm: 30, // between the column and the westernmost point of metropolitan France
      paddingKm: 14, // inside every box, around the placed geometry
      topExtraKm: 40, // the DROM column and the Paris box rise this much above Dunkirk
      parisLeftKm: 700, // left edge of the Paris box (its right edge is Corsica's easternmost point)
      parisGapKm: 25 // between the Paris box and the metropolitan départements below it
    }
  };
}

export const DROM = [
  { id: 'guadeloupe', code: '971', label: 'Guadeloupe' },
  { id: 'martinique', code: '972', label: 'Martinique' },
  { id: 'guyane', code: '973', label: 'Guyane' },
  { id: 'la-reunion', code: '974', label: 'La Réunion' },
  { id: 'mayotte', code: '976', label: 'Mayotte' }
];
export const PARIS = { id: 'paris', codes: ['75', '92', '93', '94'], label: 'Paris et petite couronne' };
