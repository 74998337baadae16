"use server";
import { revalidatePath } from "next/cache";
import { addUser } from "@/lib/services/users";
import { formAction, formObject } from "./action-client";

export const addUserFromForm = formAction("user:manage", async (principal, form) => {
  const user = await addUser(principal, formObject(form));
  revalidatePath("/admin");
  return { ok: true, message: `Added ${user.email} as ${user.role}.` };
});
