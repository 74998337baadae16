// The PostgreSQL schema is the SQLite model source with its provider and output swapped.
export function postgresSchemaFrom(sqliteSchema) {
  const out = sqliteSchema
    .replace(
      /^\/\/ The one model source\..*\n(\/\/.*\n)*/m,
      "// GENERATED from prisma/schema.prisma by scripts/generate-clients.mjs. Do not edit.\n",
    )
    .replace('output     = "../generated/sqlite"', 'output     = "../../generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:../data/claimdesk.db"', 'url      = "postgresql://localhost/claimdesk"');
  if (out.includes('"sqlite"') || !out.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma no longer has the expected generator/datasource lines");
  }
  return out;
}
