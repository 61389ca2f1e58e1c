/** The four roles; every user has exactly one, in exactly one organisation. */
export type Role = 'advocate' | 'supervisor' | 'staff' | 'admin';

/** All roles, in order of increasing reach. */
export const ROLES: readonly Role[] = ['advocate', 'supervisor', 'staff', 'admin'];

/** POST /api/auth/login body. */
export interface LoginRequest {
  email: string;
  password: string;
}

/** The signed-in user, as returned by login and GET /api/auth/me. */
export interface SessionUserResponse {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string };
  /**
   * How far sign-in has got: `mfa_code` waits for a TOTP or recovery code
   * (POST /api/auth/mfa/verify), `mfa_enrolment` for the second factor the role requires
   * (/api/auth/mfa/enrolment); only `complete` reaches the rest of the API.
   */
  stage: SignInStage;
  /** Whether the user has a confirmed TOTP authenticator. */
  mfaEnrolled: boolean;
}

/** How far a sign-in has got (see SessionUserResponse.stage). */
export type SignInStage = 'complete' | 'mfa_code' | 'mfa_enrolment';

/** What a dangerous act asks the user to prove again (401 `reauth_required`). */
export type StepUpChallenge = 'totp' | 'password';

/** The body of a 401 that asks for a fresh factor before a dangerous act. */
export interface StepUpRequiredError {
  error: 'reauth_required';
  challenge: StepUpChallenge;
  message: string;
}

/** POST /api/auth/mfa/verify and /api/auth/mfa/enrolment/confirm body. */
export interface MfaCodeRequest {
  /** Six digits from the authenticator app, or (at sign-in only) an unused recovery code. */
  code: string;
}

/** POST /api/auth/mfa/enrolment: a new, unconfirmed authenticator secret to scan. */
export interface MfaEnrolmentResponse {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a PNG data URL. */
  qrCodeDataUrl: string;
}

/** The recovery codes, shown once when an enrolment is confirmed; only their hashes are kept. */
export interface MfaEnrolmentConfirmation {
  recoveryCodes: string[];
}

/** POST /api/auth/step-up: a fresh TOTP code, or the password when the user has no authenticator. */
export interface StepUpRequest {
  code?: string;
  password?: string;
}

/** POST /api/auth/password body. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
  /** End the user's other sessions (other browsers and devices) too. */
  endOtherSessions: boolean;
}

/** What a password change did. */
export interface ChangePasswordResponse {
  otherSessionsEnded: number;
}

/** PUT /api/users/mfa-policy body and answer: the organisation's second-factor rule. */
export interface MfaPolicy {
  /** Require an authenticator of every user, not only of admins and supervisors. */
  requireForAll: boolean;
}
