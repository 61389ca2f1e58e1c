import type { CanMatchFn } from '@angular/router';

import type { Role } from '@haven/contracts';

import { canCompleteTasks } from './permissions';
import { decide } from './role.guards';

// Mirrors the API's permission table (board:read, task:write, closure:manage, user:manage,
// settings:manage); the API still decides, these only keep people away from pages whose every
// call would be refused.
const BOARD_READERS: readonly Role[] = ['supervisor'];
const SYSTEM_ADMINS: readonly Role[] = ['admin'];
const SETTINGS_MANAGERS: readonly Role[] = ['admin', 'supervisor'];
const REPORT_READERS: readonly Role[] = ['staff', 'supervisor'];

/** Funder reports (report:read) are for staff and supervisors. */
export function canReadReports(role: Role): boolean {
  return REPORT_READERS.includes(role);
}

/** The organisation-wide deadline board and task reassignment are a supervisor's. */
export function canReadBoard(role: Role): boolean {
  return BOARD_READERS.includes(role);
}

/** Accounts and court closures are run by admins. */
export function canAdministerSystem(role: Role): boolean {
  return SYSTEM_ADMINS.includes(role);
}

/** Follow-up lead times are the organisation's practice: admins and supervisors set them. */
export function canManageSettings(role: Role): boolean {
  return SETTINGS_MANAGERS.includes(role);
}

export const boardGuard: CanMatchFn = () => decide(canReadBoard, '/cases');
/** The task inbox is for the roles that complete tasks (staff only read them on the case page). */
export const tasksGuard: CanMatchFn = () => decide(canCompleteTasks, '/cases');
export const adminGuard: CanMatchFn = () => decide(canAdministerSystem, '/cases');
export const settingsGuard: CanMatchFn = () => decide(canManageSettings, '/cases');
export const reportsGuard: CanMatchFn = () => decide(canReadReports, '/cases');
