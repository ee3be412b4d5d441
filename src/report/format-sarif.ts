import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { RuleInfo, ScanReport } from './scan-report.ts';

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), as GitHub code
 * scanning ingests it. The message carries only the redacted preview; the fingerprint goes into
 * partialFingerprints so that alerts track the secret, not its line.
 */
export function formatSarif(report: ScanReport, ruleInfo: (id: string) => RuleInfo | undefined, version: string): string {
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => {
    const info = ruleInfo(id);
    const rule: ReportingDescriptor = {
      id,
      shortDescription: { text: info?.description ?? id },
      help: { text: info ? `${info.description}. ${info.remediation}` : id },
      properties: { tags: ['security', 'secret'] },
    };
    if (info?.docs) rule.helpUri = info.docs;
    return rule;
  });
  const results: Result[] = report.findings.map((f) => {
    const result: Result = {
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: 'error',
      message: {
        text: `${ruleInfo(f.ruleId)?.description ?? f.ruleId}: ${f.redacted}${f.commit ? ` (introduced in ${f.commit.slice(0, 12)})` : ''}`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: f.endLine },
          },
        },
      ],
      partialFingerprints: { 'secretHooks/v1': f.fingerprint },
    };
    if (f.commit) result.properties = { commit: f.commit, author: f.author, date: f.date, presentAtHead: f.presentAtHead };
    return result;
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'secret-hooks', version, informationUri: 'https://www.npmjs.com/package/secret-hooks', rules } },
        results,
        ...(report.partial ? { invocations: [{ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: report.partial } }] }] } : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
