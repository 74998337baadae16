import type { z } from "zod";

/** A download rather than JSON: the content types the operation may answer with. */
export type FileResponse = { file: readonly string[] };

/**
 * One endpoint for the OpenAPI description and for its handler (lib/http/api.ts): who may call it, its
 * body schema, the success status and the schema that shapes and describes its answer.
 */
export type ApiOperation = {
  summary: string;
  auth: string;
  body?: z.ZodType;
  status?: number;
  /** Another success status the handler may choose (e.g. 200 "revised" beside 201 "created"). */
  otherStatus?: number;
  query?: string[];
  response: z.ZodType | FileResponse;
};
export type ApiOperations = Record<string, Partial<Record<"get" | "post" | "patch" | "put" | "delete", ApiOperation>>>;
