// `d3-scale/lazy` is d3-scale itself, through another file of the package (vite.config.ts says why).
declare module 'd3-scale/lazy' {
	export { scaleSqrt } from 'd3-scale';
}
