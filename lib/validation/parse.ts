import type { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { fieldErrorsFrom } from "./common";

/** Validates input against its one schema; failures become a ValidationError with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const fields = fieldErrorsFrom(result.error);
  const first = Object.values(fields)[0]?.[0];
  throw new ValidationError(first ? `Invalid input: ${first}` : "Invalid input.", fields);
}
