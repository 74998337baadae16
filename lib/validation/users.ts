import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { cleanText, optionalText } from "./common";

export const MIN_PASSWORD_LENGTH = 10;
export const email = z
  .string({ error: "Email is required." })
  .trim()
  .refine(...cleanText("Email"))
  .toLowerCase()
  .pipe(z.email({ error: "Email is not a valid address." }));

export const userCreateInput = z.object({
  email,
  name: optionalText("Name", 200),
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}.` }),
  password: z
    .string({ error: "Password is required." })
    .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200),
});
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const loginInput = z.object({
  email,
  password: z.string({ error: "Password is required." }).min(1, "Password is required.").max(200),
});

export const tokenCreateInput = z.object({ email, name: optionalText("Token name", 100) });
