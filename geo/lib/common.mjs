// Shared plumbing of the geometry build: paths, the error type, package metadata, hashing, JSON.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** geo/ (where crosswalk.csv and node_modules live). */
export const GEO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root: default output root, and base of the paths recorded in the manifest. */
export const ROOT = path.resolve(GEO_DIR, '..');
/** Resolves the build's own dependencies from geo/node_modules. */
export const require = createRequire(import.meta.url);

/** An expected failure (bad input, bad option): reported as one message, exit code 2. */
export class BuildError extends Error {}

/** Name, version, licence and directory of an installed package. */
export function packageInfo(name) {
  const pkgPath = require.resolve(`${name}/package.json`);
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  return { name: pkg.name, version: pkg.version, license: pkg.license ?? null, dir: path.dirname(pkgPath) };
}

export function sha256(buf) {
  return createHash('sha256').update(buf).digest('hex');
}

export const json = (value) => `${JSON.stringify(value)}\n`;
export const prettyJson = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** Polygons of a Polygon or MultiPolygon (null for any other type). */
export function polygonsOf(geometry) {
  return geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : null;
}
