/**
 * Zod's messages in French, for what a person brings (a dataset or a site list from a file
 * or a link): « Trop petit : nombre doit être >=-90 » rather than English, beside the field
 * at fault. Passed to each `safeParse` (not set globally: the bundled data's checks word
 * their own messages).
 */
import fr from 'zod/v4/locales/fr.js';

export const FRENCH_ERRORS = fr().localeError;
