/** Ajv's logger without its notice that `unicode: false` is deprecated (that option keeps the pre-compiled module import-free). */
export const quietLogger = {
  log: (...args: unknown[]) => console.log(...args),
  warn: (...args: unknown[]) => {
    if (!String(args[0]).includes('option unicode')) console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

/**
 * The Ajv options of every validator of views and the site config (the
 * browser's pre-compiled one and Node's): all errors, not the first;
 * discriminated chart kinds; string lengths in UTF-16 units.
 */
export const AJV_OPTIONS = {
  allErrors: true,
  discriminator: true,
  strict: true,
  strictRequired: false,
  unicode: false,
  messages: false,
  logger: quietLogger,
} as const;
