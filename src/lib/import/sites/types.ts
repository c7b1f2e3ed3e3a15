/** A site list being imported: rows as read, and the sites kept. */
import type { Site } from '../../data/model';
import type { Coordinates } from './coordinates';

/** A row of the file, read but not yet placed: its coordinates as written, in their system. */
export interface RawSite {
	/** Line of the file (1 = first line), for the report. */
	line: number;
	id: string;
	name: string;
	kind: string;
	/** INSEE code of the département the file gives, or null when it gives none. */
	departement: string | null;
	coordinates: Coordinates;
}

/** A site kept: real position in WGS84 (the map moves overseas ones into their inset), as the data's sites. */
export interface ImportedSite extends Pick<Site, 'id' | 'name' | 'kind' | 'departement' | 'lon' | 'lat'> {
	line: number;
}
