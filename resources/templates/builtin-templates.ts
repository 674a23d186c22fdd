import developmentConversation from './development-conversation.json';
import performanceImprovementPlan from './performance-improvement-plan.json';
import pipelineReview from './pipeline-review.json';
import weeklyCheckIn from './weekly-check-in.json';

/** One of the agenda templates Coachbook ships; `key` finds it again after an upgrade. */
export interface BuiltinTemplate {
  key: string;
  name: string;
  description: string;
  sections: Array<{ title: string; prompts: string[] }>;
}

/*
 * Imported statically so the bundler puts them in the main bundle: there is no resources folder
 * to read at run time. `satisfies` checks each file's shape at compile time.
 */
export const WEEKLY_CHECK_IN = weeklyCheckIn satisfies BuiltinTemplate;

/** In the order the template picker lists them. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  WEEKLY_CHECK_IN,
  pipelineReview satisfies BuiltinTemplate,
  developmentConversation satisfies BuiltinTemplate,
  performanceImprovementPlan satisfies BuiltinTemplate,
];
