import type { OpenAPIDocument } from "#shared/service/rpc";

/**
 * Merges the gateway's own document with every service's into the platform's one document.
 * Paths never collide (the route table gives each prefix one service); a component schema two
 * services both declare must be the same schema, or the second is kept under a name prefixed
 * with its service so neither is silently replaced.
 */
export function mergeDocuments(gateway: OpenAPIDocument, services: { name: string; doc: OpenAPIDocument }[]): OpenAPIDocument {
  const merged: OpenAPIDocument = {
    ...gateway,
    paths: { ...gateway.paths },
    components: { ...gateway.components, schemas: { ...gateway.components?.schemas } },
    tags: [...(gateway.tags ?? [])],
  };
  const schemas = merged.components!.schemas!;
  for (const { name, doc } of services) {
    const renames = new Map<string, string>();
    for (const [schemaName, schema] of Object.entries(doc.components?.schemas ?? {})) {
      if (schemaName in schemas && JSON.stringify(schemas[schemaName]) !== JSON.stringify(schema)) {
        const renamed = `${name}_${schemaName}`;
        renames.set(schemaName, renamed);
        schemas[renamed] = schema;
      } else {
        schemas[schemaName] = schema;
      }
    }
    const paths = renames.size ? renameRefs(doc.paths ?? {}, renames) : (doc.paths ?? {});
    for (const [path, item] of Object.entries(paths)) merged.paths![path] = { ...merged.paths![path], ...item };
    for (const tag of doc.tags ?? []) if (!merged.tags!.some((t) => t.name === tag.name)) merged.tags!.push(tag);
  }
  return merged;
}

function renameRefs<T>(value: T, renames: Map<string, string>): T {
  const prefix = "#/components/schemas/";
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    key === "$ref" && typeof v === "string" && v.startsWith(prefix) && renames.has(v.slice(prefix.length)) ? prefix + renames.get(v.slice(prefix.length)) : v,
  ) as T;
}
