/**
 * Node side (build, prerender, scripts): the committed TopoJSON of France, read from the
 * project root where the build, the scripts and the tests all run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function readFranceTopology(): unknown {
	return JSON.parse(readFileSync(resolve('static/geo/france.topo.json'), 'utf8'));
}
