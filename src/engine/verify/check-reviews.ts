/**
 * When the law sources were last checked: every national law source (one that covers no single
 * municipality) says when it was `checked` and by when to check it again (`reviewBy`). Measured against
 * the day the verifier runs, never against the day whose rules it looks at (`asOf`).
 */
import type { ContentProblem } from '../model/bundle.ts';
import type { ContentSource } from '../model/content-source.ts';
import { addCalendarDays, compareIsoDates, type IsoDate } from '../calendar.ts';

/** How many days before a `reviewBy` the verifier starts to warn. */
export const REVIEW_WARNING_DAYS = 30;

export function checkReviews(
  source: ContentSource,
  today: IsoDate,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const file = source.sources.file;
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const [id, s] of Object.entries(source.sources.sources)) {
    if (s.covers.length > 0) continue;
    if (!s.checked || !s.reviewBy) {
      problems.push({
        file,
        message: `${id}: national law needs checked (the day its rules were last checked) and reviewBy (when to check them again)`,
      });
      continue;
    }
    if (s.bill?.status === 'pending' && compareIsoDates(s.reviewBy, s.bill.effective) > 0) {
      problems.push({
        file,
        message: `${id}: a pending bill must be checked again by the day it is planned to take effect (${s.bill.effective}), not ${s.reviewBy}`,
      });
    }
    if (compareIsoDates(today, s.reviewBy) > 0) {
      problems.push({
        file,
        message: `${id}: reviewBy ${s.reviewBy} has passed (today is ${today}); check the rules against the law as it stands, then set checked and a new reviewBy`,
      });
    } else if (compareIsoDates(addCalendarDays(today, REVIEW_WARNING_DAYS), s.reviewBy) >= 0) {
      warnings.push({
        file,
        message: `${id}: check the rules again by ${s.reviewBy} (last checked ${s.checked})`,
      });
    }
  }
  return { problems, warnings };
}
