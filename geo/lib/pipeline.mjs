// The whole build, in memory: official list → geometry input → projection → placements → topology,
// territoires.json, manifest. Returns the output files as Buffers keyed by relative path.

import { json, prettyJson } from './common.mjs';
import { buildManifest, buildPlacements } from './manifest.mjs';
import { loadOfficial } from './official.mjs';
import { OUTPUTS, defaultParams } from './params.mjs';
import { computePlacements } from './placement.mjs';
import { projectDepartements } from './project.mjs';
import { loadFromDatamaps, loadFromGeoJSON } from './source.mjs';
import { buildTerritoires } from './territories.mjs';
import { buildTopology } from './topology.mjs';

/** `opts`: departements (GeoJSON file or null), codeProperty, crosswalk (file), params. */
export function build({ departements, codeProperty, crosswalk, params = defaultParams() }) {
  const official = loadOfficial();
  const input = departements ? loadFromGeoJSON(departements, codeProperty, official) : loadFromDatamaps(official, crosswalk);
  const projected = projectDepartements(input.byCode);
  const layout = computePlacements(projected, params.layout);
  const { topology, stats } = buildTopology(official, projected, layout, params);
  const files = {
    [OUTPUTS.topology]: Buffer.from(json(topology)),
    [OUTPUTS.territoires]: Buffer.from(prettyJson(buildTerritoires(official))),
    [OUTPUTS.placements]: Buffer.from(prettyJson(buildPlacements(layout)))
  };
  const manifest = buildManifest({ official, input, params, stats, layout, files });
  files[OUTPUTS.manifest] = Buffer.from(prettyJson(manifest));
  return { files, stats, placements: layout.placements, metropole: layout.metropole };
}
