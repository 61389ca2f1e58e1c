import { RULES_VERSION } from './rule-definition';
import {
  deploymentKey,
  deploymentLabel,
  parseDeploymentKey,
  RULES_DEPLOYMENT,
  RULES_REVISION,
} from './rules-revision';

describe('rules deployments: a rule set and the library revision', () => {
  it('keys a revision after the rule set, and a revision 0 as the bare set', () => {
    expect(deploymentKey({ ruleSet: '2026.2', revision: 3 })).toBe('2026.2+r3');
    expect(deploymentKey({ ruleSet: '2026.1', revision: 0 })).toBe('2026.1');
    expect(RULES_DEPLOYMENT).toBe(
      deploymentKey({ ruleSet: RULES_VERSION, revision: RULES_REVISION }),
    );
  });

  it('reads back every key it writes, and stored keys of before revisions', () => {
    expect(parseDeploymentKey('2026.2+r3')).toEqual({ ruleSet: '2026.2', revision: 3 });
    expect(parseDeploymentKey('2026.1')).toEqual({ ruleSet: '2026.1', revision: 0 });
    expect(parseDeploymentKey(RULES_DEPLOYMENT)).toEqual({
      ruleSet: RULES_VERSION,
      revision: RULES_REVISION,
    });
  });

  it('refuses an unknown rule set or a malformed revision', () => {
    for (const key of ['2031.9', '2026.2+r0', '2026.2+r', '2026.2+rx', '2026.2+r-1', '', '+r1']) {
      expect({ key, parsed: parseDeploymentKey(key) }).toEqual({ key, parsed: null });
    }
  });

  it('reads as a person would say it', () => {
    expect(deploymentLabel('2026.2+r3')).toBe('2026.2, revision 3');
    expect(deploymentLabel('2026.1')).toBe('2026.1');
    expect(deploymentLabel('something else')).toBe('something else');
  });
});
