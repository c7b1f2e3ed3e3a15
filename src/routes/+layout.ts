// Every page is prerendered: the output is plain files for any static host.
export const prerender = true;
export const trailingSlash = 'always';
