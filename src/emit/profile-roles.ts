import { roleMessage } from "./messages.js";
import { pascalName, stringLiteral } from "./names.js";
import type { Ctx, Statement } from "./profile-context.js";
import type { InterfaceDeclaration, PropertySignature, TypeAliasDeclaration } from "./structures.js";
import { unionType } from "./type-expr.js";

/** `messages` narrowed to the roles the model accepts, when the profile rejects some. */
export function messagesProp(ctx: Ctx): PropertySignature[] {
  if (Object.keys(ctx.profile.roles).length === 0) return [];
  const messages = ctx.endpoint.params.find((p) => p.name === "messages");
  if (!messages) return [];
  return [{ name: "messages", hasQuestionToken: !messages.required, type: `${ctx.prefix}Message[]` }];
}

/**
 * The message union narrowed per profile: a rejected role becomes a named interface whose `content` only a cast can
 * produce. Named and short, so compilers print the reason instead of truncating it to `Unsupported<...>`.
 */
export function roleMessageTypes(ctx: Ctx): Statement[] {
  const roles = ctx.endpoint.messageRoles ?? [];
  if (Object.keys(ctx.profile.roles).length === 0 || roles.length === 0) return [];
  const rejected: InterfaceDeclaration[] = [];
  const members = roles.map(({ role, schema }) => {
    const verdict = ctx.profile.roles[role];
    if (!verdict) return schema;
    const message = roleMessage(ctx.profile.label, role, verdict);
    const name = `${ctx.prefix}${pascalName(role)}Message`;
    rejected.push({
      kind: "interface",
      name,
      isExported: true,
      extends: [schema],
      docs: [{ tags: [{ tagName: "deprecated", text: message }] }],
      properties: [{ name: "content", type: `string & Unsupported<${stringLiteral(message)}>` }],
    });
    return name;
  });
  const union: TypeAliasDeclaration = {
    kind: "typeAlias",
    name: `${ctx.prefix}Message`,
    isExported: true,
    type: unionType(members),
  };
  return [...rejected, union];
}
