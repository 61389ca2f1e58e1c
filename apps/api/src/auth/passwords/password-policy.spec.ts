import { passwordProblem, type PasswordContext } from './password-policy';

const CONTEXT: PasswordContext = {
  organisationName: 'Blue Ridge Legal Aid',
  displayName: 'Quinlan Ashgrove',
  email: 'quinlan.ashgrove@blueridge.example',
  hasSecondFactor: false,
};

describe('password rules (security-checks B2, NIST SP 800-63B)', () => {
  it.each([
    ['a quiet orchard beside the river', null],
    ['correct horse battery staple', null],
    ['14 characters!', 'must be at least 15 characters'],
    ['password1234', 'must be at least 15 characters'],
    ['blueridge123', 'must be at least 15 characters'],
    ['blueridge1234567', 'is too close to your name, e-mail or organisation'],
    ['Blue Ridge Legal Aid 2026', 'is too close to your name, e-mail or organisation'],
    ['quinlan.ashgrove!2026', 'is too close to your name, e-mail or organisation'],
    ['haven 2026 Quinlan!!', 'is too close to your name, e-mail or organisation'],
    ['passwordpassword', 'is a commonly used password'],
    ['Password!2024-2025', 'is a commonly used password with numbers or symbols added'],
    ['dragondragondragon', 'is a commonly used password with numbers or symbols added'],
    ['1qaz2wsx3edc4rfv', 'is a commonly used password'],
    ['aaaaaaaaaaaaaaaaaaaa', 'repeats too few different characters'],
    // Unicode and spaces count as characters, after NFKC: no composition rules.
    ['мой тихий сад у реки', null],
    ['日本語のながいパスフレーズです', null],
    ['ｆｕｌｌｗｉｄｔｈ ｆｏｒｍｓ ｏｋ', null],
  ])('%j → %s', (password, problem) => {
    expect(passwordProblem(password, CONTEXT)).toBe(problem);
  });

  it('asks 12 characters, not 15, of an account with a second factor', () => {
    expect(passwordProblem('tidewater map', { ...CONTEXT, hasSecondFactor: true })).toBeNull();
    expect(passwordProblem('tidewater map', CONTEXT)).toBe('must be at least 15 characters');
    expect(passwordProblem('short one 11', { ...CONTEXT, hasSecondFactor: true })).toBeNull();
    expect(passwordProblem('short one1', { ...CONTEXT, hasSecondFactor: true })).toBe(
      'must be at least 12 characters',
    );
  });

  it('counts code points, not UTF-16 units: 15 emoji are 15 characters', () => {
    const emoji = '🌲🌊🏔️🌻🍂🦉🐝🌙⭐🍄🌈🪨🐚🌵🦋'.replace(/\uFE0F/g, '');
    expect([...emoji]).toHaveLength(15);
    expect(passwordProblem(emoji, CONTEXT)).toBeNull();
    expect(passwordProblem([...emoji].slice(0, 14).join(''), CONTEXT)).toBe(
      'must be at least 15 characters',
    );
  });

  it('accepts 64 and 256 characters whole, and refuses past 1024', () => {
    const phrase = (n: number) => 'the tidewater ferry leaves at dawn '.repeat(40).slice(0, n);
    expect(passwordProblem(phrase(64), CONTEXT)).toBeNull();
    expect(passwordProblem(phrase(256), CONTEXT)).toBeNull();
    expect(passwordProblem(`${phrase(1024)}x`, CONTEXT)).toBe('must be at most 1024 characters');
  });

  it('accepts random strings of 15 or more characters from a wide alphabet (property, 500 draws)', () => {
    const alphabet = 'bcdfgjkmpqrtvwxz23456789 éøßжщ漢字!?';
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 500; i += 1) {
      const length = 15 + Math.floor(next() * 40);
      const password = Array.from(
        { length },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      expect({ password, problem: passwordProblem(password, CONTEXT) }).toEqual({
        password,
        problem: null,
      });
    }
  });
});
