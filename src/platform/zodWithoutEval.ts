import { z } from 'zod/v4';

/**
 * zod as the page's modules get it (vite.config.ts points `zod` here). The page's Content-Security-Policy refuses
 * code made from strings; zod would probe for that when its first object schema is made, to compile faster
 * parsers (the probe fails quietly, but the browser reports a violation). Told not to before any schema exists,
 * it parses the same, by interpretation.
 */
z.config({ jitless: true });

export * from 'zod/v4';
