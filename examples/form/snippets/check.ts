import { assessEligibility, type EligibilityResult, type Locale } from 'arr-rules';
import { EligibilityInputSchema, errorMap } from 'arr-rules/schemas';

/** What a form does with the answer: a message on a field, or the verdict with the questions still open. */
export interface FormView {
  showError(path: string, message: string): void;
  showResult(result: EligibilityResult): void;
}

export function check(input: unknown, locale: Locale, view: FormView): void {
  const parsed = EligibilityInputSchema.safeParse(input, { error: errorMap(locale) });
  if (!parsed.success) {
    // One message per field; path is ['sickLeaveGrade'], ['prognosis', 'sickLeaveHalvedTwoWeeksAfter'], …
    for (const issue of parsed.error.issues) view.showError(issue.path.join('.'), issue.message);
    return;
  }
  // result.verdict; result.evaluation.reason; result.missing, the input paths that would decide an 'undetermined'.
  view.showResult(assessEligibility(parsed.data, { locale }));
}
