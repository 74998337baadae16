// Building blocks of the response schemas: what a JSON body holds after serialisation
// (dates are ISO strings), so the same schema shapes the answer and describes it in OpenAPI.
import { z } from "zod";

export const id = z.string();
export const text = z.string();
export const count = z.number().int();
export const dateTime = z.iso.datetime();
export const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();

/** A page of a cursor-paginated list (lib/services/pagination.ts). */
export const cursorPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** A list that is not paginated. */
export const itemList = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** What a delete answers: the id that is gone. */
export const removed = z.object({ id, removed: z.literal(true) });

export const namedRef = z.object({ id, name: text });
