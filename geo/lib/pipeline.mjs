// The whole build, in memory: official list → geometry input → placements → topology,
// territoires.json, manifest. Returns the output files as Buffers keyed by relative path.

import { json, prettyJson } from './common.mjs';
import { buildManifest } from './manifest.mjs';
import { loadOfficial } from './official.mjs';
import { OUTPUTS, defaultParams } from './params.mjs';
import { computePlacements } from './placement.mjs';
import { loadFromDatamaps, loadFromGeoJSON } from './source.mjs';
import { buildTerritoires } from './territories.mjs';
import { buildTopology } from './topology.mjs';

/** `opts`: departements (GeoJSON file or null), codeProperty, crosswalk (file), params. */
export function build({ departements, codeProperty, crosswalk, params = defaultParams() }) {
  const official = loadOfficial();
  const input = departements ? loadFromGeoJSON(departements, codeProperty, official) : loadFromDatamaps(official, crosswalk);
  const placements = computePlacements(input.byCode, params.layout);
  const { topology, stats } = buildTopology(official, input.byCode, placements, params);
  const files = {
    [OUTPUTS.topology]: Buffer.from(json(topology)),
    [OUTPUTS.territoires]: Buffer.from(prettyJson(buildTerritoires(official)))
  };
  const manifest = buildManifest({ official, input, params, stats, placements, files });
  files[OUTPUTS.manifest] = Buffer.from(prettyJson(manifest));
  return { files, stats, placements };
}
