import { diffSnapshots, type CaseSnapshot } from './law-change-diff';
import { formatImpact } from './rules-impact-report';

const FILE_BY = {
  key: 'VA.FA.PO.EXTENSION:file_by:o1',
  ruleId: 'VA.FA.PO.EXTENSION',
  ruleVersion: 'R12@2025-07-01',
  kind: 'file_by',
  dueOn: '2027-09-01',
  dueTime: '23:59:00',
};

describe('what a law update changed in a case', () => {
  it('reports nothing when only a version label changed and every date stayed', () => {
    const before: CaseSnapshot = {
      deadlines: [{ ...FILE_BY, ruleVersion: 'R12@2021-01-01' }],
      followups: [{ key: 'f1', ruleId: 'VA.FA.PO.EXTENSION', title: 'File', actBy: '2027-08-02' }],
    };
    const after: CaseSnapshot = {
      deadlines: [FILE_BY],
      followups: [{ key: 'f1', ruleId: 'VA.FA.PO.EXTENSION', title: 'File', actBy: '2027-08-02' }],
    };
    expect(diffSnapshots(before, after)).toEqual([]);
  });

  it('reports a moved, an added and a removed deadline with old and new dates', () => {
    const notice = {
      key: 'n',
      ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
      ruleVersion: 'R26a@2024-07-01',
      kind: 'notice_by',
      dueOn: '2026-01-12',
      dueTime: null,
    };
    const gone = { ...FILE_BY, key: 'gone', kind: 'hearing_by', dueTime: null };
    const diff = diffSnapshots(
      { deadlines: [{ ...FILE_BY, dueOn: '2027-08-31' }, gone], followups: [] },
      { deadlines: [FILE_BY, notice], followups: [] },
    );
    expect(diff).toEqual([
      {
        what: 'deadline',
        ruleId: 'VA.FA.PO.EXTENSION',
        ruleVersion: 'R12@2025-07-01',
        label: 'file_by',
        oldDate: '2027-08-31 23:59',
        newDate: '2027-09-01 23:59',
      },
      {
        what: 'deadline',
        ruleId: 'VA.FA.PO.EXTENSION',
        ruleVersion: null,
        label: 'hearing_by',
        oldDate: '2027-09-01',
        newDate: null,
      },
      {
        what: 'deadline',
        ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
        ruleVersion: 'R26a@2024-07-01',
        label: 'notice_by',
        oldDate: null,
        newDate: '2026-01-12',
      },
    ]);
  });

  it('reports a follow-up whose act-by day moved, with the version of its rule', () => {
    const diff = diffSnapshots(
      {
        deadlines: [FILE_BY],
        followups: [{ key: 'f', ruleId: 'VA.FA.PO.EXTENSION', title: 'File', actBy: '2027-08-01' }],
      },
      {
        deadlines: [FILE_BY],
        followups: [{ key: 'f', ruleId: 'VA.FA.PO.EXTENSION', title: 'File', actBy: '2027-08-02' }],
      },
    );
    expect(diff).toEqual([
      {
        what: 'followup',
        ruleId: 'VA.FA.PO.EXTENSION',
        ruleVersion: 'R12@2025-07-01',
        label: 'File',
        oldDate: '2027-08-01',
        newDate: '2027-08-02',
      },
    ]);
  });

  it('prints the dry run one line per change, old -> new, with the rule version', () => {
    const text = formatImpact(
      { id: 'org-1', name: 'Invented Legal Aid', rulesSet: '2026.1' },
      '2026.2',
      [
        {
          reference: 'HV-T-00001',
          changes: [
            {
              what: 'deadline',
              ruleId: 'VA.PO.RESPONDENT_ADDRESS_CHANGE',
              ruleVersion: 'R26a@2024-07-01',
              label: 'notice_by',
              oldDate: null,
              newDate: '2026-01-12',
            },
          ],
        },
      ],
    );
    expect(text).toBe(
      'Invented Legal Aid (org-1): rules 2026.1 -> 2026.2, 1 case(s) would change\n' +
        '  HV-T-00001\n' +
        '    deadline notice_by (VA.PO.RESPONDENT_ADDRESS_CHANGE) [R26a@2024-07-01]: none -> 2026-01-12\n',
    );
  });
});
