/** Weight of the geometry file the map fetches. */
import path from 'node:path';
import { ROOT, gzipFileSize, kB, type Measure } from '../lib';

export const GEOMETRY_FILE = path.join(ROOT, 'static/geo/france.topo.json');

export const geometrySize: Measure = async () => {
	const { raw, gz } = gzipFileSize(GEOMETRY_FILE);
	return [
		{
			name: 'Géométrie static/geo/france.topo.json (gzip)',
			value: kB(gz),
			unit: 'kB',
			target: 150,
			note: `${kB(raw).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} kB brut`
		}
	];
};
