import { motionDraftOrderId } from './motion-draft';

describe('motionDraftOrderId', () => {
  const orderId = '0b7c2a51-5f0e-4d8e-9d55-3f1a2b3c4d5e';

  it.each([
    ['extension_file_motion', `extend.file:${orderId}`],
    ['extension_escalation', `extend.escalate:${orderId}`],
    ['extension_deadline_day', `extend.deadline:${orderId}`],
  ])('names the order of a %s follow-up', (kind, key) => {
    expect(motionDraftOrderId(kind, key)).toBe(orderId);
  });

  it('is null for a task from any other follow-up, or from none', () => {
    expect(motionDraftOrderId('service_followup', `service.retry:${orderId}`)).toBeNull();
    expect(motionDraftOrderId(null, null)).toBeNull();
    expect(motionDraftOrderId('extension_file_motion', null)).toBeNull();
    expect(motionDraftOrderId('extension_file_motion', 'extend.file:')).toBeNull();
  });
});
