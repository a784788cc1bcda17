import type { LaunchCheck } from '../../../shared/compose/views';

/** The check's issues and warnings, found by the draft field they are about ("schedule.sendAt"). */
export interface FieldMessages {
  error: (field: string) => string | undefined;
  errors: (field: string) => string[];
  warning: (field: string) => string | undefined;
  /** Fields that have an issue, in the order the check gave them. */
  fields: string[];
}

/** An issue about "retries" also belongs to "retries.count": a field shows what is about it or its group. */
function matches(issueField: string, field: string): boolean {
  return issueField === field || issueField.startsWith(`${field}.`);
}

export function fieldMessages(check: LaunchCheck | null): FieldMessages {
  const issues = check?.issues ?? [];
  const warnings = check?.warnings ?? [];
  return {
    error: (field) => issues.find((i) => matches(i.field, field))?.message,
    errors: (field) => issues.filter((i) => matches(i.field, field)).map((i) => i.message),
    warning: (field) => warnings.find((w) => matches(w.field, field))?.message,
    fields: issues.map((i) => i.field),
  };
}
