import { z } from 'zod';

/**
 * The page's Content-Security-Policy refuses code made from strings. zod would probe for that when its first
 * object schema is made, to compile faster parsers (the probe fails quietly, but the browser reports a
 * violation); told not to, it parses the same, by interpretation. main.ts imports this before any schema exists.
 */
z.config({ jitless: true });
