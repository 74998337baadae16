// The OpenAPI description of /api/v1, built from the same zod schemas the handlers validate with.
import { z } from "zod";
import { correctionOperations } from "./operations/corrections";
import { foundationOperations } from "./operations/foundation";
import { matchingOperations } from "./operations/matching";
import { importOperations } from "./operations/imports";
import { searchOperations } from "./operations/search";
import { reviewOperations } from "./operations/review";
import { teamOperations } from "./operations/team";
import type { ApiOperation, ApiOperations } from "./operations/types";
import { workspaceOperations } from "./operations/workspace";

// Each feature area lists its endpoints in its own file under ./operations.
export const API_OPERATIONS: ApiOperations = mergeOperations([
  foundationOperations,
  reviewOperations,
  workspaceOperations,
  searchOperations,
  matchingOperations,
  importOperations,
  correctionOperations,
  teamOperations,
]);

type Method = "get" | "post" | "patch" | "put" | "delete";

/** The documented operation a route handler serves; a route without an entry fails when it loads. */
export function operation(path: string, method: Method): ApiOperation {
  const found = API_OPERATIONS[path]?.[method];
  if (!found) throw new Error(`No OpenAPI entry for ${method.toUpperCase()} ${path} (lib/http/operations).`);
  return found;
}

function successContent(op: ApiOperation) {
  if ("file" in op.response)
    return Object.fromEntries(op.response.file.map((type) => [type, { schema: { type: "string", format: "binary" } }]));
  return {
    "application/json": { schema: z.toJSONSchema(op.response, { io: "output", unrepresentable: "any" }) },
  };
}

function mergeOperations(parts: ApiOperations[]): ApiOperations {
  const merged: ApiOperations = {};
  for (const part of parts) for (const [path, ops] of Object.entries(part)) merged[path] = { ...merged[path], ...ops };
  return merged;
}

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
      },
      required: ["code", "message"],
    },
  },
};

export function openApiDocument(serverUrl: string) {
  const paths = Object.fromEntries(
    Object.entries(API_OPERATIONS).map(([path, ops]) => [
      path,
      Object.fromEntries(
        Object.entries(ops).map(([method, op]) => [
          method,
          {
            summary: op.summary,
            description: `Who may call: ${op.auth}.`,
            ...(op.auth === "public" ? { security: [] } : {}),
            ...(op.query
              ? {
                  parameters: op.query.map((name) => ({
                    name,
                    in: "query",
                    required: false,
                    schema: { type: name === "limit" ? "integer" : "string" },
                  })),
                }
              : {}),
            ...(op.body
              ? {
                  requestBody: {
                    required: true,
                    content: {
                      "application/json": { schema: z.toJSONSchema(op.body, { io: "input", unrepresentable: "any" }) },
                    },
                  },
                }
              : {}),
            responses: {
              ...Object.fromEntries(
                [op.status ?? 200, ...(op.otherStatus ? [op.otherStatus] : [])].map((status) => [
                  String(status),
                  { description: "Success", content: successContent(op) },
                ]),
              ),
              ...Object.fromEntries(
                [
                  ["400", "Malformed JSON"],
                  ["401", "Not signed in / bad token"],
                  ["403", "Role not allowed"],
                  ["404", "Not found"],
                  ["409", "Stale version or duplicate"],
                  ["422", "Validation failed; `fields` names each problem"],
                ].map(([code, description]) => [
                  code,
                  { description, content: { "application/json": { schema: errorSchema } } },
                ]),
              ),
            },
          },
        ]),
      ),
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimdesk API",
      version: "1",
      description:
        "Send `Authorization: Bearer <token>` (create one with `npm run --silent cli -- token create --email E`).",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    security: [{ bearer: [] }],
    paths,
  };
}
