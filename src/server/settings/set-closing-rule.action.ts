"use server";
// The closing rule is the administrator's: it decides which years the overview judges
// against the targets, so every change is audited with the rule before and after.
import { defineAction } from "@/server/actions/define-action";
import { assertCanAdminister } from "@/server/auth/permissions";
import { CLOSING_RULE_SETTING_KEY, type ClosingRule } from "@/domain/targets/closing";
import { getClosingRule } from "./closing-rule";
import { saveSetting } from "./save-setting";
import { setClosingRuleSchema } from "./set-closing-rule.validation";

export const setClosingRule = defineAction({
  name: "settings.setClosingRule",
  schema: setClosingRuleSchema,
  authorize: (viewer) => assertCanAdminister(viewer),
  revalidate: ["/quan-tri", "/quan-tri/khoa-so", "/"],
  async handler({ input, prisma, audit }) {
    const before = await getClosingRule(prisma);
    const rule: ClosingRule =
      input.kind === "CLOSING_DATE"
        ? { kind: "CLOSING_DATE", day: input.day!, month: input.month! }
        : { kind: "ALL_APPROVED" };
    await saveSetting(prisma, audit, CLOSING_RULE_SETTING_KEY, before, rule);
    return rule;
  },
});
