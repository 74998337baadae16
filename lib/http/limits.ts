/**
 * Largest request body the desk accepts: the largest source text (5 million characters of mostly
 * ASCII) plus metadata. next.config.js sets the same figure for server actions ("12mb").
 */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
