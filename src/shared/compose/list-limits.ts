import { EXOTEL_LIMITS } from '../exotel/limits';
import type { AudienceView } from './views';

/**
 * A saved list goes to Exotel as a dynamic list with every one of its variables (one Exotel list per local list,
 * reused by every campaign), and Exotel takes at most five. A list with more cannot go as it is, whichever of them
 * the message uses: this says so, for the check before launch and for the note beside the message alike.
 */
export function dynamicListProblem(audience: Pick<AudienceView, 'route' | 'label' | 'variables'>, used: readonly string[]): string | null {
  const max = EXOTEL_LIMITS.maxDynamicVariables;
  if (audience.route !== 'dynamic-list' || audience.variables.length <= max) return null;
  const needs = used.length ? ` (the message needs ${used.map((v) => `@@${v}`).join(', ')})` : '';
  return `${audience.label} has ${audience.variables.length} variables, and a dynamic Exotel list takes at most ${max}: import the sheet again keeping at most ${max} columns as variables${needs}`;
}
