import { allowedChannels, channelRefusal } from './letter-channels';

describe('letter channels under safe-contact instructions', () => {
  it('allows only handing the letter over when no instructions are recorded', () => {
    expect(allowedChannels({ mail: null, hasSafeAddress: false })).toEqual(['in_person']);
    expect(channelRefusal({ mail: null, hasSafeAddress: false }, 'mail_home')).toMatch(
      /No safe-contact instructions/,
    );
  });

  it('refuses mail at home when the client asked for mail only to a safe address', () => {
    const standing = { mail: 'safe_address_only' as const, hasSafeAddress: true };
    expect(allowedChannels(standing)).toEqual(['mail_safe_address', 'in_person']);
    expect(channelRefusal(standing, 'mail_home')).toBe(
      'The client asked for mail only to the safe address.',
    );
    expect(channelRefusal(standing, 'mail_safe_address')).toBeNull();
  });

  it('refuses mail at home under "no mail at home" and offers the safe address when one is kept', () => {
    expect(allowedChannels({ mail: 'no_mail_at_home', hasSafeAddress: true })).toEqual([
      'mail_safe_address',
      'in_person',
    ]);
    expect(allowedChannels({ mail: 'no_mail_at_home', hasSafeAddress: false })).toEqual([
      'in_person',
    ]);
    expect(channelRefusal({ mail: 'no_mail_at_home', hasSafeAddress: true }, 'mail_home')).toBe(
      'The client asked for no mail at home.',
    );
  });

  it('refuses every posted letter under "no mail"', () => {
    const standing = { mail: 'no_mail' as const, hasSafeAddress: true };
    expect(channelRefusal(standing, 'mail_safe_address')).toBe('The client asked for no mail.');
    expect(channelRefusal(standing, 'in_person')).toBeNull();
  });

  it('allows mail at home when home is safe, and the safe address only when one is kept', () => {
    expect(allowedChannels({ mail: 'home_ok', hasSafeAddress: false })).toEqual([
      'mail_home',
      'in_person',
    ]);
    expect(channelRefusal({ mail: 'home_ok', hasSafeAddress: false }, 'mail_safe_address')).toBe(
      'No safe address is recorded for this client.',
    );
  });
});
