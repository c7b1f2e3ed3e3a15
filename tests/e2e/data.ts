/** The shipped, validated data, read the same way the build reads it. */
import { checkDataDir } from '../../src/lib/data/check-data-dir';
export const { model } = checkDataDir('data');
export { departements, regions } from '../../src/lib/territories';
