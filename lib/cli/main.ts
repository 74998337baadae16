// `npm run --silent cli -- <command> [options]`. Each command lives in lib/cli/commands/<name>.ts
// and uses the same lib/ services, schemas and errors as the app.
import { databaseUnavailable } from "@/lib/db/errors";
import { DomainError } from "@/lib/errors";
import type { CliIo } from "./io";

export type CliCommand = { help: string; run: (args: string[], io: CliIo) => Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  "user add": {
    summary: "Add a user: --email E --role analyst|reviewer|editor|admin [--name N]",
    load: () => import("./commands/user-add"),
  },
  "token create": {
    summary: "Create an API token for a user: --email E [--name N]",
    load: () => import("./commands/token-create"),
  },
  import: {
    summary: "Import .txt, .md, .html or .pdf files, or web pages by --url, as sources",
    load: () => import("./commands/import"),
  },
  "import-claimreview": {
    summary: "Import published fact-checks (ClaimReview JSON-LD, Fact Check Tools JSON) as claims",
    load: () => import("./commands/import-claimreview"),
  },
  "export-workspace": {
    summary: "Write the whole desk to a file, to move it to another database",
    load: () => import("./commands/export-workspace"),
  },
  "import-workspace": {
    summary: "Load a desk written by export-workspace into an empty database",
    load: () => import("./commands/import-workspace"),
  },
  export: {
    summary: "Export claims, evidence, statements, reviews or cards as CSV, JSON or W3C annotations",
    load: () => import("./commands/export"),
  },
  extract: { summary: "Extract quotations and speakers from a text file", load: () => import("./commands/extract") },
  discrepancies: {
    summary: "Find numbers that disagree across text files or imported sources",
    load: () => import("./commands/discrepancies"),
  },
  match: {
    summary: "Find passages of a text file that bear on claims, with a stance guess",
    load: () => import("./commands/match"),
  },
  similar: {
    summary: "List existing claims similar to a claim text, with a warning for likely duplicates",
    load: () => import("./commands/similar"),
  },
  migrate: { summary: "Apply pending database migrations", load: () => import("./commands/migrate") },
  "optimize-search": {
    summary: "Compact the search index after a bulk import",
    load: () => import("./commands/optimize-search"),
  },
  backup: {
    summary: "Back up the SQLite database to a file while the app runs",
    load: () => import("./commands/backup"),
  },
  restore: { summary: "Restore the SQLite database from a backup file", load: () => import("./commands/restore") },
  assign: {
    summary: "Assign a claim, request reviews, set a due date (or --take)",
    load: () => import("./commands/assign"),
  },
  comment: { summary: "Add or list internal comments (@mentions notify)", load: () => import("./commands/comment") },
  "my-work": {
    summary: "Claims assigned to you and reviews requested of you",
    load: () => import("./commands/my-work"),
  },
  inbox: { summary: "Your notifications (--mark-all-read)", load: () => import("./commands/inbox") },
  activity: { summary: "A claim's timeline or the desk-wide activity", load: () => import("./commands/activity") },
  webhook: { summary: "Webhook endpoints, delivery log, replay", load: () => import("./commands/webhook") },
  "demo load": {
    summary: "Load the fictional demo workspace into an empty database",
    load: () => import("./commands/demo-load"),
  },
};

function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    "Usage: npm run --silent cli -- <command> [options]   (add --help after a command for details)",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "The database is DATABASE_URL (default: file:./data/claimdesk.db).",
  ].join("\n");
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const name = [argv.slice(0, 2).join(" "), argv[0]].find((n) => n && n in COMMANDS);
  if (!name) {
    if (!argv.length || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      io.out(usage());
      return argv.length ? 0 : 1;
    }
    io.err(`Unknown command "${argv.join(" ")}".\n\n${usage()}`);
    return 2;
  }
  const args = argv.slice(name.split(" ").length);
  const command = await COMMANDS[name].load();
  if (args.includes("--help") || args.includes("-h")) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (thrown) {
    // A locked, full or damaged database is one clear sentence too, never a stack trace.
    const error = databaseUnavailable(thrown) ?? thrown;
    if (error instanceof DomainError) {
      io.err(
        error.fields
          ? `${error.message}\n${Object.entries(error.fields)
              .map(([f, m]) => `  ${f}: ${m.join(" ")}`)
              .join("\n")}`
          : error.message,
      );
      return 1;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.err(`${error.message}\n\n${command.help}`);
      return 2;
    }
    throw error;
  }
}

const isEntry =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").slice(-3).join("/"));
if (isEntry) {
  const io: CliIo = {
    out: (s) => process.stdout.write(s + "\n"),
    err: (s) => process.stderr.write(s + "\n"),
    stdin: process.stdin,
  };
  main(process.argv.slice(2), io)
    .then(async (code) => {
      const { closeDb } = await import("@/lib/db/client");
      await closeDb();
      process.exitCode = code;
    })
    .catch((error) => {
      process.stderr.write(
        `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    });
}
