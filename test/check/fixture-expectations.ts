/**
 * What `signpost check` must report on test/fixtures/check-tree: one finding per defect
 * kind, at the line written by hand from the fixture files (edit both together).
 */
export const CHECK_TREE = new URL('../fixtures/check-tree/', import.meta.url);

/** `file:line ruleId` of every expected finding, sorted like the report. */
export const EXPECTED_FINDINGS = [
  'media/unused.svg:1 signpost-asset-unused',
  'nl/bad-date.md:5 frontmatter-invalid',
  'nl/collide/index.md:1 route-collision',
  'nl/gone.md:2 signpost-redirect-missing',
  'nl/hint.md:8 tab-unclosed',
  'nl/images.md:10 image-missing',
  'nl/import.md:10 include-missing',
  // Included by import.md and overview.md, reported once.
  'nl/includes/loop-b.md:3 include-cycle',
  'nl/includes/shared-steps.md:2 link-broken',
  // A bold label one punctuation slip away from the product's (also reported once).
  'nl/includes/shared-steps.md:3 ui-label-unknown',
  // Landing files are rendered as the site renders them; their problems sit at line 1.
  'nl/landing/index.yml:1 link-broken',
  'nl/loop-one.md:2 signpost-redirect-loop',
  'nl/loop-two.md:2 signpost-redirect-loop',
  'nl/mojibake.md:8 mojibake',
  'nl/moved.md:5 signpost-redirect-shadowed',
  'nl/no-meta.md:1 signpost-frontmatter-missing',
  'nl/orphan.md:1 signpost-page-not-in-toc',
  'nl/outside.md:8 include-outside-root',
  'nl/overview.md:10 xref-unresolved',
  'nl/overview.md:12 reference-undefined',
  'nl/snippet.md:8 snippet-missing',
  'nl/toc.yml:36 link-broken',
  'nl/toc.yml:37 signpost-toc-entry-empty',
  'nl/twice-one.md:2 uid-duplicate',
  'nl/twice-two.md:2 uid-duplicate',
  'nl/wrong-language.md:4 language-mismatch',
];
