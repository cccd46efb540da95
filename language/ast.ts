/**
 * The syntax tree Langium generates from journey.langium (generated/), for code that must look at
 * parsed text itself: the language's own tests. Everything else uses language/index.ts.
 */
export * from './generated/ast.js';
export { JourneyMapGrammar } from './generated/grammar.js';
