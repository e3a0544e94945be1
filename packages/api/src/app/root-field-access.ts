import { modules } from "./modules.ts";

function collectRules(): Readonly<Record<string, string>> {
  const rules: Record<string, string> = {};
  const owners = new Map<string, string>();
  for (const feature of modules) {
    for (const [field, rule] of Object.entries(feature.rootFieldAccess ?? {})) {
      const owner = owners.get(field);
      if (owner) throw new Error(`root field ${field} has an access rule in both ${owner} and ${feature.name}`);
      owners.set(field, feature.name);
      rules[field] = rule;
    }
  }
  return rules;
}

/**
 * Who may use each root field, as the features state it. Visibility itself is enforced by
 * `Scope` (customers, territories, users) and the services; this list is what the
 * authorization matrix test prints, and that test fails for any root field missing here, so
 * a new operation cannot ship without someone stating its rule.
 */
export const rootFieldAccess: Readonly<Record<string, string>> = collectRules();

/** Root fields that anonymous requests may call. */
export const publicRootFields: ReadonlySet<string> = new Set(modules.flatMap((feature) => feature.publicRootFields ?? []));
