/**
 * The semantic diff of two versions of a workspace of journey maps (docs/diff.md), on the plain
 * JourneyModel only: what changed, what it means for the emotions and the pain points, and its
 * text, Markdown (a pull-request comment) and JSON forms.
 */
export * from './diff-model.js';
export { diffJourneyModels } from './diff-workspace.js';
export { formatDiffText, type TextOptions } from './format-text.js';
export { COMMENT_MARKER, formatDiffMarkdown, MAX_COMMENT_LENGTH, type MarkdownOptions } from './format-markdown.js';
export { formatDiffJson, type JsonOptions } from './format-json.js';
export { emotionChart, emotionPoints, type EmotionPoint } from './emotion-chart.js';
