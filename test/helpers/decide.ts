/**
 * The shipped article's checklist, as tests that mean it name it. A bare `decide` runs a checklist at once only
 * while it is the only one: once content/docker-vs-kubernetes holds a second, it asks "Which decision?". So a test
 * that means "start the shipped checklist" types DECIDE (or sends SHIPPED_CHECKLIST as `/arch decide`'s name), and
 * only the tests about a bare `decide` itself type `decide` alone, over content whose checklists they know
 * (`oneChecklistKb()` in ./kb.ts).
 */
export const SHIPPED_CHECKLIST = 'docker-vs-kubernetes';

/** What a person types to start the shipped checklist, whatever else is loaded. */
export const DECIDE = `decide ${SHIPPED_CHECKLIST}`;
