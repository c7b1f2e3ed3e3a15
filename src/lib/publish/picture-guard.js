// The map picture's guard: a few bytes of inline script, run before the page is first
// painted, that hide the prerendered picture when the address asks for another view than
// the one the page was prerendered with. The page's code then shows that view's own
// picture, or an empty frame: never the wrong map.
// Plain JavaScript (no TypeScript step) so that svelte.config.js can hash it for the
// Content-Security-Policy: the script runs under `script-src` by its hash.

/** URL parameters that change the map's picture (the others only add outlines or hide the map). */
export const PICTURE_PARAMS = /** @type {const} */ (['i', 'niv', 'd', 'd0', 'm', 'k', 'br', 'hab', 'c', 'rep', 'fixe']);

/** Set on `<html>` (as `data-carte="attente"`) while the picture may not be this view's. */
export const PICTURE_GUARD_ATTRIBUTE = 'carte';

/** The map picture's `elementtiming` name: how the page, its prerender hints and the bench find it. */
export const PICTURE_TIMING = 'carte';

/**
 * Set on `<html>` (as `data-script`) when scripts run: the picture's inset names, fitted to
 * their frames by the page's code, wait for it rather than overflow their frames meanwhile.
 * Without scripts they show as written.
 */
export const SCRIPT_ATTRIBUTE = 'script';

export const PICTURE_GUARD_SCRIPT = `(function(){var h=document.documentElement,q=new URLSearchParams(location.search);h.dataset.${SCRIPT_ATTRIBUTE}="";if(${JSON.stringify(PICTURE_PARAMS)}.some(function(k){return q.has(k)}))h.dataset.${PICTURE_GUARD_ATTRIBUTE}="attente"})()`;
