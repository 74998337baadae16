import type { z } from "zod";

/** One endpoint for the OpenAPI description: who may call it, its body schema and success status. */
export type ApiOperation = { summary: string; auth: string; body?: z.ZodType; status?: number; query?: string[] };
export type ApiOperations = Record<string, Partial<Record<"get" | "post" | "patch" | "put" | "delete", ApiOperation>>>;
