import { parseArgs } from "node:util";
import { ValidationError } from "@/lib/errors";
import { assignClaim, takeClaim } from "@/lib/services/assignments";
import type { CliIo } from "../io";
import { principalFor, userIdByEmail } from "./team-principal";

export const help = `Usage: npm run cli -- assign CLAIM_ID [--assignee EMAIL] [--reviewer EMAIL]... [--due YYYY-MM-DD] [--as EMAIL]
       npm run cli -- assign CLAIM_ID --take --as EMAIL
Sets who works on a claim, whose review is requested and the due date (this replaces the current
assignment; leave --assignee out to unassign). With --take, the --as user takes an unassigned claim.
Without --as the command runs as the operator (admin).`;

export async function run(args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      assignee: { type: "string" },
      reviewer: { type: "string", multiple: true },
      due: { type: "string" },
      take: { type: "boolean" },
      as: { type: "string" },
    },
  });
  const claimId = positionals[0];
  if (!claimId) throw new ValidationError("Name the claim id.");
  if (values.take) {
    await takeClaim(await principalFor(values.as, true), claimId);
    io.out(`You now have claim ${claimId}.`);
    return 0;
  }
  const principal = await principalFor(values.as);
  const result = await assignClaim(principal, claimId, {
    assigneeId: values.assignee ? await userIdByEmail(values.assignee, "--assignee") : undefined,
    reviewerIds: await Promise.all((values.reviewer ?? []).map((e) => userIdByEmail(e, "--reviewer"))),
    dueAt: values.due,
  });
  io.out(
    `Claim ${claimId}: assignee ${values.assignee ?? "nobody"}, ${result.reviewerIds.length} reviewer(s) requested, due ${values.due ?? "—"}.`,
  );
  return 0;
}
