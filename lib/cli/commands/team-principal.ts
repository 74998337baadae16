// Team commands act as a named colleague (--as EMAIL) where the answer is personal (inbox, my work,
// comments); otherwise as the CLI operator. E-mail addresses given on the command line become user ids.
import { CLI_OPERATOR, type Principal } from "@/lib/auth/principal";
import { ValidationError } from "@/lib/errors";
import { activeUserByEmailFromCli } from "@/lib/services/users";

export async function userIdByEmail(email: string, flag: string): Promise<string> {
  const user = await activeUserByEmailFromCli(email);
  if (!user) throw new ValidationError(`${flag}: no active user has the e-mail address ${email}.`);
  return user.id;
}

export async function principalFor(email: string | undefined, required = false): Promise<Principal> {
  if (!email) {
    if (required) throw new ValidationError("Say who you are with --as EMAIL.");
    return CLI_OPERATOR;
  }
  const user = await activeUserByEmailFromCli(email);
  if (!user) throw new ValidationError(`--as: no active user has the e-mail address ${email}.`);
  return { userId: user.id, email: user.email, name: user.name, role: user.role };
}

export const printJson = (out: (s: string) => void, value: unknown) => out(JSON.stringify(value, null, 2));
