import * as v from 'valibot';

/**
 * `.secret-hooks.json` (or `secret-hooks.config.json`, or a "secret-hooks" key in package.json).
 * Unknown keys are errors: a typo in a security tool's config must not silently disable nothing.
 */
export const ConfigSchema = v.strictObject({
  $schema: v.optional(v.string()),
  /** Paths never scanned (minimatch; a pattern without `/` matches at any depth, like .gitignore). */
  ignore: v.optional(v.array(v.string())),
  /** Rule ids to turn off. */
  disable: v.optional(v.array(v.string())),
  allow: v.optional(
    v.strictObject({
      /** Fingerprints (from any output format) of reviewed false positives or accepted findings. */
      fingerprints: v.optional(v.array(v.string())),
      /** Regular expressions: a candidate secret that matches one is not reported. */
      secrets: v.optional(v.array(v.string())),
    }),
  ),
  /** Files (blobs) larger than this are skipped and listed as not scanned. Default 10 MiB. */
  maxFileBytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export type Config = v.InferOutput<typeof ConfigSchema>;

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
