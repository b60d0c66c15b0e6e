import { describe, expect, it } from 'vitest';
import { FindingSet, createFinding, messageToFinding, summarise } from '../../src/check/findings.ts';
import { formatJson, formatText } from '../../src/check/format-findings.ts';
import { severityOf } from '../../src/diagnostics/severity.ts';
import type { CheckResult } from '../../src/check/run-check.ts';

describe('findings', () => {
  it('keeps each (file, line, rule, message) once and sorts by path then line', () => {
    const set = new FindingSet();
    const include = { ruleId: 'link-broken', file: 'nl/includes/x.md', line: 2, message: 'Cannot find `a.md`', fatal: false } as const;
    set.add(messageToFinding(include));
    set.add(messageToFinding(include));
    set.add(createFinding('mojibake', 'nl/b.md', 10, 'Repaired'));
    set.add(createFinding('mojibake', 'nl/b.md', 9, 'Repaired'));
    set.add(createFinding('link-broken', 'nl/includes/x.md', 2, 'Cannot find `b.md`'));
    expect(set.sorted().map((f) => `${f.file}:${f.line}`)).toEqual(['nl/b.md:9', 'nl/b.md:10', 'nl/includes/x.md:2', 'nl/includes/x.md:2']);
  });

  it('classifies reader-visible breakage as errors and the rest as warnings', () => {
    expect(severityOf('include-missing')).toBe('error');
    expect(severityOf('route-collision')).toBe('error');
    expect(severityOf('signpost-redirect-loop')).toBe('error');
    expect(severityOf('mojibake')).toBe('warning');
    expect(severityOf('language-mismatch')).toBe('warning');
    expect(severityOf('signpost-page-not-in-toc')).toBe('warning');
  });

  it('summarises errors first, then by count', () => {
    const findings = [
      createFinding('mojibake', 'a.md', 1, 'm'),
      createFinding('mojibake', 'a.md', 2, 'm'),
      createFinding('link-broken', 'a.md', 3, 'l'),
    ];
    expect(summarise(findings)).toEqual([
      { ruleId: 'link-broken', severity: 'error', count: 1 },
      { ruleId: 'mojibake', severity: 'warning', count: 2 },
    ]);
  });
});

describe('report formats', () => {
  const findings = [createFinding('link-broken', 'nl/a.md', 3, 'Cannot find `b.md`', 5), createFinding('mojibake', 'nl/a.md', 7, 'Repaired')];
  const result: CheckResult = { root: '/abs', rendered: 2, findings, summary: summarise(findings), errors: 1, warnings: 1 };

  it('prints compiler-style lines under the directory the user named', () => {
    const text = formatText(result, 'content/');
    expect(text.split('\n')[0]).toBe('content/nl/a.md:3:5  error    link-broken  Cannot find `b.md`');
    expect(text.split('\n')[1]).toBe('content/nl/a.md:7:1  warning  mojibake     Repaired');
    expect(text).toContain('  1 error    link-broken');
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 error, 1 warning (2 files checked)');
  });

  it('prints a clean tree as one summary line', () => {
    const clean: CheckResult = { root: '/abs', rendered: 1, findings: [], summary: [], errors: 0, warnings: 0 };
    expect(formatText(clean, '.')).toBe('0 errors, 0 warnings (1 file checked)\n');
  });

  it('emits parseable JSON with findings and summary', () => {
    const parsed = JSON.parse(formatJson(result));
    expect(parsed.findings[0]).toEqual({ file: 'nl/a.md', line: 3, column: 5, severity: 'error', ruleId: 'link-broken', message: 'Cannot find `b.md`' });
    expect(parsed.summary).toHaveLength(2);
    expect(parsed.errors).toBe(1);
  });
});
